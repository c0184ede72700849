import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTrayecto } from '../../../src/formats';

const exec = promisify(execFile);
let dir: string;
const at = (name: string) => join(dir, name);

/** Run the CLI as a separate process, as a user would, in a locale. */
async function trayecto(
  lang: string,
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec('node', ['bin/trayecto.mjs', ...args], {
      env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: lang },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'trayecto-map-'));
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Respuestas');
  sheet.addRow(['Fase', 'Cliente', 'Momento', 'Satisfacción (1-10)', 'Comentario']);
  sheet.addRow(['Descubrimiento', 'Ana', 'Ve un anuncio', 8, 'En el móvil']);
  sheet.addRow(['Compra', 'Luis', 'Espera en la cola', 2, 'Veinte minutos']);
  await writeFile(at('encuesta.xlsx'), new Uint8Array(await workbook.xlsx.writeBuffer()));
  await writeFile(at('raw.csv'), 'A,B,C,D\nOnboarding,Ana,Signs up,90\nUse,Ana,Invites,10\n');
  await writeFile(
    at('raw-map.json'),
    JSON.stringify({
      columns: { A: 'stage', B: 'persona', C: 'touchpoint', D: 'emotion' },
      emotionScale: '0-100',
    }),
  );
  await writeFile(at('bad-map.json'), '{"columns": {"A": "etapa"}}');
  await writeFile(at('ghost-map.json'), '{"columns": {"Región": "stage"}}');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const mapOf = async (path: string) => {
  const read = readTrayecto(await readFile(path, 'utf8'));
  if (!read.ok) throw new Error(read.error.kind);
  return read.value;
};

// Each test starts Node with tsx, which takes seconds when the machine is busy: allow for it.
describe('trayecto convert of tables, with and without --map (as a process)', { timeout: 30_000 }, () => {
  it('without --map, proposes the mapping by header names and says which it used', async () => {
    const result = await trayecto('C.UTF-8', 'convert', at('encuesta.xlsx'), at('encuesta.trayecto'));
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'columns read [Respuestas]: "Fase" → stage, "Cliente" → persona, "Momento" → touchpoint, "Satisfacción (1-10)" → emotion, "Comentario" → (left out); emotion scale 1-10',
    );
    expect(result.stdout).toContain('pass --map FILE');
    const journey = await mapOf(at('encuesta.trayecto'));
    expect(journey.stages.map((s) => s.name)).toEqual(['Descubrimiento', 'Compra']);
    expect(journey.touchpoints.map((t) => [t.title, t.emotion, t.description])).toEqual([
      ['Ve un anuncio', 2, ''],
      ['Espera en la cola', -2, ''],
    ]);
  });

  it('with --map, reads each column as the file says, in any order of arguments', async () => {
    const result = await trayecto(
      'C.UTF-8',
      'convert',
      '--map',
      at('raw-map.json'),
      at('raw.csv'),
      at('raw.trayecto'),
    );
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('"D" → emotion; emotion scale 0-100');
    expect(result.stdout).not.toContain('--map FILE');
    const journey = await mapOf(at('raw.trayecto'));
    expect(journey.touchpoints.map((t) => [t.title, t.emotion])).toEqual([
      ['Signs up', 2],
      ['Invites', -2],
    ]);
  });

  it('refuses a bad mapping file in the locale’s language and writes nothing', async () => {
    const withMap = (lang: string, map: string) =>
      trayecto(lang, 'convert', at('raw.csv'), at('nope.trayecto'), '--map', at(map));
    const bad = await withMap('es_ES.UTF-8', 'bad-map.json');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(
      'El archivo de correspondencia de columnas no es válido en «columns.A»: use stage,',
    );
    const ghost = await withMap('C.UTF-8', 'ghost-map.json');
    expect(ghost.code).toBe(1);
    expect(ghost.stderr).toContain(
      'The column mapping names a column "Región" the table does not have. Its columns: A, B, C, D.',
    );
    const missing = await withMap('C.UTF-8', 'none.json');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('none.json: cannot read the file (ENOENT)');
    await expect(readFile(at('nope.trayecto'))).rejects.toThrow();
  });

  it('without --map, a table whose headers say nothing is refused with the fields it lacks', async () => {
    const result = await trayecto('es_ES.UTF-8', 'convert', at('raw.csv'), at('nope.trayecto'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'Faltan columnas obligatorias: etapa, persona, punto_de_contacto. Encontradas: A, B, C, D.',
    );
  });

  it('is a usage error to give --map without a value or for a file that is not a table', async () => {
    const noValue = await trayecto('C.UTF-8', 'convert', at('raw.csv'), at('x.trayecto'), '--map');
    expect(noValue.code).toBe(2);
    expect(noValue.stderr).toContain('--map needs a value');
    const notTable = await trayecto(
      'es_ES.UTF-8',
      'convert',
      at('raw.trayecto'),
      at('x.csv'),
      '--map',
      at('raw-map.json'),
    );
    expect(notTable.code).toBe(2);
    expect(notTable.stderr).toContain('--map lee una tabla: la entrada debe ser un archivo .csv o .xlsx');
  });
});

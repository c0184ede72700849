import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../src/cli/command';
import { run } from '../../../src/cli/main';
import { writeTrayecto } from '../../../src/formats';
import { createSampleJourney } from '../../../src/templates';

const exec = promisify(execFile);
let dir: string;
let sample: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'trayecto-cli-'));
  sample = join(dir, 'sample.trayecto');
  await writeFile(sample, writeTrayecto(createSampleJourney('en', { now: '2026-01-01T00:00:00.000Z' })));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Run the CLI as a separate process, as a user would. */
async function trayectoIn(
  env: Record<string, string>,
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec('node', ['bin/trayecto.mjs', ...args], {
      env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8', ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
const trayecto = (...args: string[]) => trayectoIn({}, ...args);

function memoryIo(
  files: Record<string, string> = {},
): CliIo & { out: string; err: string; files: Record<string, string> } {
  const io = {
    out: '',
    err: '',
    files,
    stdout: (t: string) => void (io.out += t),
    stderr: (t: string) => void (io.err += t),
    readFile: async (p: string) => {
      if (!(p in files)) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return new TextEncoder().encode(files[p]);
    },
    writeFile: async (p: string, t: string) => void (files[p] = t),
  };
  return io;
}

// Each test starts Node with tsx, which takes seconds when the machine is busy: allow for it.
describe('trayecto CLI (as a process)', { timeout: 30_000 }, () => {
  it('validates a good file with a one-line summary', async () => {
    expect(await trayecto('validate', sample)).toEqual({
      code: 0,
      stdout: 'valid: 2 scenarios, 5 stages, 2 personas, 28 touchpoints, 9 annotations\n',
      stderr: '',
    });
  });

  it('gives the same precise message as the app for a bad file, exit 1', async () => {
    const result = await trayecto('validate', 'tests/fixtures/bad/dangling-stage.trayecto');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('journey.touchpoints[1].stageId: no stage with id "ghost"');
  });

  it('converts .trayecto → .csv → .trayecto and keeps the map', async () => {
    const csv = join(dir, 'sample.csv');
    const back = join(dir, 'back.trayecto');
    expect((await trayecto('convert', sample, csv)).code).toBe(0);
    expect((await readFile(csv, 'utf8')).startsWith('\uFEFFstage,persona,touchpoint')).toBe(true);
    expect((await trayecto('convert', csv, back)).code).toBe(0);
    // CSV carries pain points (4) and opportunities (2), not ideas, questions or comments.
    expect((await trayecto('validate', back)).stdout).toBe(
      'valid: 2 scenarios, 5 stages, 2 personas, 28 touchpoints, 6 annotations\n',
    );
  });

  it('converts a Spanish map to a Spanish CSV (";", Spanish headers) and back to the same map', async () => {
    const map = join(dir, 'mapa.trayecto');
    const csv = join(dir, 'mapa.csv');
    const back = join(dir, 'vuelta.trayecto');
    await writeFile(map, writeTrayecto(createSampleJourney('es', { now: '2026-01-01T00:00:00.000Z' })));
    expect((await trayecto('convert', map, csv)).code).toBe(0);
    expect(
      (await readFile(csv, 'utf8')).startsWith('\uFEFFetapa;persona;punto_de_contacto;descripción;'),
    ).toBe(true);
    expect((await trayecto('--lang', 'es', 'convert', csv, back)).stdout).toBe(
      `escrito ${back}: 2 escenarios, 5 etapas, 2 personas, 28 puntos de contacto, 6 notas\n`,
    );
  });

  it('prints stats as text and JSON', async () => {
    const text = await trayecto('stats', sample);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Lowest moments\n  -3 Delivery date slips (Laura, new parent, Purchase)');
    const json = JSON.parse((await trayecto('stats', sample, '--json')).stdout);
    expect(json.lowestMoments[0].title).toBe('Delivery date slips');
  });

  it('refuses JSON nested 100,000 deep as nested too deeply, not with a stack overflow', async () => {
    const deep = join(dir, 'deep.json');
    await writeFile(deep, `${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    const result = await trayecto('validate', deep);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'The file is nested too deeply: more than 64 levels at line 1, column 65.',
    );
    expect(result.stderr).not.toContain('call stack');
  });

  it('refuses a PNG over 50 MB like a JSON file', async () => {
    const huge = join(dir, 'huge.png');
    await writeFile(huge, new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]));
    await truncate(huge, 50 * 1024 * 1024 + 1); // sparse: nothing is written to disk
    const result = await trayecto('validate', huge);
    expect(result).toMatchObject({ code: 1, stdout: '' });
    expect(result.stderr).toContain('The file is 50.1 MB; the limit is 50 MB. It was not opened.');
  });

  it('never sends control characters from a title to the terminal', async () => {
    const result = await trayecto('stats', 'tests/fixtures/bad/control-characters.trayecto');
    expect(result.code).toBe(0);
    // eslint-disable-next-line no-control-regex -- no control character may reach the terminal
    expect(result.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(result.stdout).toContain('Gym \\x1B[31mRED\\x1B[0m\\x0DOVERWRITE\\x07\n');
  });

  it('counts pain points on channels named constructor and __proto__', async () => {
    const result = await trayecto(
      'stats',
      'tests/fixtures/bad/channels-named-constructor.trayecto',
      '--json',
    );
    const stats = JSON.parse(result.stdout);
    const byChannel = stats.painPoints.map((row: { byChannel: object }) => row.byChannel);
    expect(JSON.stringify(byChannel)).toBe('[{},{"constructor":1}]');
    expect(stats.channelCoverage[0].byChannel).toEqual(JSON.parse('{"constructor": 0, "__proto__": 1}'));
  });

  it('speaks Spanish when LANG says so or --lang es, with Spanish plurals', async () => {
    const spanish = await trayectoIn(
      { LANG: 'es_ES.UTF-8' },
      'validate',
      'tests/fixtures/bad/cr-line-endings.csv',
    );
    expect(spanish).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'no válido: tests/fixtures/bad/cr-line-endings.csv: 1 fila tiene un error:\nlínea 5: emotion «happy» no es positiva, neutral, negativa ni una puntuación de -3 a 3\n',
    });
    const option = await trayecto('--lang', 'es', 'validate', sample);
    expect(option.stdout).toBe(
      'válido: 2 escenarios, 5 etapas, 2 personas, 28 puntos de contacto, 9 notas\n',
    );
    const json = await trayectoIn(
      { LC_ALL: 'es_MX.UTF-8' },
      'validate',
      'tests/fixtures/bad/trailing-comma.trayecto',
    );
    expect(json.stderr).toContain(
      'El archivo no es JSON válido: no se esperaba «}» en la línea 30, columna 7.',
    );
  });

  it('exits 2 on usage errors', async () => {
    expect((await trayecto()).code).toBe(2);
    expect((await trayecto('explode')).stderr).toContain('unknown command "explode"');
    expect((await trayecto('validate')).code).toBe(2);
  });
});

describe('trayecto CLI (in-process)', () => {
  it('refuses to overwrite its input and unknown output types', async () => {
    const io = memoryIo({
      'a.trayecto': writeTrayecto(createSampleJourney('es', { now: '2026-01-01T00:00:00.000Z' })),
    });
    expect(await run(['convert', 'a.trayecto', 'a.trayecto'], io)).toBe(2);
    expect(await run(['convert', 'a.trayecto', 'a.pdf'], io)).toBe(2);
    expect(Object.keys(io.files)).toEqual(['a.trayecto']);
  });

  it('reports a missing file clearly', async () => {
    const io = memoryIo();
    expect(await run(['validate', 'nope.trayecto'], io)).toBe(1);
    expect(io.err).toBe('invalid: nope.trayecto: cannot read the file (ENOENT)\n');
  });

  it('validates a CSV and reports its bad rows by line', async () => {
    const io = memoryIo({ 'x.csv': 'stage,persona,touchpoint,emotion\nA,Ana,One,happy\n' });
    expect(await run(['validate', 'x.csv'], io)).toBe(1);
    expect(io.err).toContain('line 2: emotion "happy"');
  });

  it('writes nothing when the input is invalid, exit 1', async () => {
    const io = memoryIo({ 'bad.json': '{"format": "trayecto", "version": 1, "journey": {"id": 5}' });
    expect(await run(['convert', 'bad.json', 'out.csv'], io)).toBe(1);
    expect(io.err).toContain(
      'invalid: bad.json: The file is not valid JSON: it ends too soon (line 1, column 58).',
    );
    expect(Object.keys(io.files)).toEqual(['bad.json']);
  });

  it('converts a map to .json and validates it', async () => {
    const io = memoryIo({
      'a.trayecto': writeTrayecto(createSampleJourney('es', { now: '2026-01-01T00:00:00.000Z' })),
    });
    expect(await run(['convert', 'a.trayecto', 'copy.json'], io)).toBe(0);
    expect(io.files['copy.json']).toBe(io.files['a.trayecto']);
    expect(await run(['validate', 'copy.json'], io)).toBe(0);
    expect(io.out.split('\n').at(-2)).toBe(
      'valid: 2 scenarios, 5 stages, 2 personas, 28 touchpoints, 9 annotations',
    );
  });

  it('prints the stats of the scenario named by --scenario, with every scenario compared', async () => {
    const io = memoryIo({
      'a.trayecto': writeTrayecto(createSampleJourney('en', { now: '2026-01-01T00:00:00.000Z' })),
    });
    expect(await run(['stats', 'a.trayecto', '--scenario', 'Best case'], io)).toBe(0);
    expect(io.out).toContain('Scenario: Best case\n');
    expect(io.out).toContain('Scenarios compared (all personas)\n  Today: ');
    expect(io.out).toContain('Lowest moments\n  none\n');
    expect(await run(['stats', 'a.trayecto', '--scenario', 'Worst case'], io)).toBe(2);
    expect(io.err).toContain('no scenario named "Worst case"; the scenarios are: Today, Best case');
    expect(await run(['stats', 'a.trayecto', '--scenario'], io)).toBe(2);
  });

  it('prints the stats report in Spanish, with decimal commas', async () => {
    const io = memoryIo({
      'a.trayecto': writeTrayecto(createSampleJourney('es', { now: '2026-01-01T00:00:00.000Z' })),
    });
    expect(await run(['stats', 'a.trayecto', '--lang', 'es'], io)).toBe(0);
    expect(io.out).toContain('Emoción media por etapa (-3..+3)\n');
    expect(io.out).toMatch(/\n {2}Todas las personas: Consideración 1,0 · Comparación 1,7 · Compra -2,3 /);
    expect(io.out).toContain('Momentos más bajos\n  -3 ');
    expect(io.out).toMatch(/\nNotas abiertas: \d+; resueltas: \d+\n/);
    expect(io.out).not.toMatch(/Average|Lowest|Notes:/);
  });

  it('exits 2 with usage for unknown options and missing arguments', async () => {
    const io = memoryIo();
    expect(await run(['stats', 'a.trayecto', '--yaml'], io)).toBe(2);
    expect(await run(['convert', 'a.trayecto'], io)).toBe(2);
    expect(io.err).toContain('Usage: trayecto <command>');
    expect(await run(['--help'], io)).toBe(0);
    expect(io.out).toContain('validate FILE');
  });
});

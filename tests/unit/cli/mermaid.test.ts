import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const exec = promisify(execFile);
let dir: string;
const at = (name: string) => join(dir, name);

// The example on Mermaid's user-journey syntax page, and what Trayecto writes back.
const WORKING_DAY = readFileSync('tests/fixtures/mermaid/working-day.mmd', 'utf8');
const WRITTEN = readFileSync('tests/fixtures/mermaid/working-day.written.mmd', 'utf8');

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'trayecto-mermaid-'));
  await writeFile(at('day.mmd'), WORKING_DAY);
  await writeFile(at('notes.md'), `# Our notes\n\nSome text.\n\n\`\`\`mermaid\n${WORKING_DAY}\`\`\`\n`);
  await writeFile(at('bad.mmd'), 'journey\n  title Broken\n  section One\n  Make tea\n');
  await writeFile(at('scores.mmd'), 'journey\n  section One\n    Wait: 7: Me\n    Pay: x: Me\n');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Run the CLI as a separate process, as a user would. */
async function trayecto(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const env = { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8' };
    const { stdout, stderr } = await exec('node', ['bin/trayecto.mjs', ...args], { env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('trayecto convert with Mermaid journeys (as a process)', { timeout: 60_000 }, () => {
  it('converts .mmd → .trayecto → .mmd and gives back the same diagram', async () => {
    expect(await trayecto('convert', at('day.mmd'), at('day.trayecto'))).toEqual({
      code: 0,
      stdout: `wrote ${at('day.trayecto')}: 1 scenario, 2 stages, 2 personas, 6 touchpoints, 0 annotations\n`,
      stderr: '',
    });
    expect((await trayecto('convert', at('day.trayecto'), at('again.mmd'))).code).toBe(0);
    expect(await readFile(at('again.mmd'), 'utf8')).toBe(WRITTEN);
  });

  it('reads the journey block of a Markdown file and writes one block per persona', async () => {
    expect((await trayecto('validate', at('notes.md'))).stdout).toBe(
      'valid: 1 scenario, 2 stages, 2 personas, 6 touchpoints, 0 annotations\n',
    );
    expect((await trayecto('convert', at('notes.md'), at('each.md'), '--per-persona')).code).toBe(0);
    const markdown = await readFile(at('each.md'), 'utf8');
    expect(markdown.match(/^```mermaid$/gm)).toHaveLength(2);
    expect(markdown).toContain('  section Go to work\n    Do work: 1: Cat\n  section Go home\n```');
    const refused = await trayecto('convert', at('notes.md'), at('each.mmd'), '--per-persona');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--per-persona writes several diagrams: the output must be a .md file');
  });

  it("refuses what Mermaid refuses, with the line, in the user's language, and writes nothing", async () => {
    const english = await trayecto('convert', at('bad.mmd'), at('bad.trayecto'));
    expect(english.code).toBe(1);
    expect(english.stderr).toContain(
      'Mermaid cannot read line 4: "Make tea" is not a title, section or task',
    );
    const spanish = await trayecto('validate', at('bad.mmd'), '--lang', 'es');
    expect(spanish.stderr).toContain('Mermaid no puede leer la línea 4: «Make tea»');
    await expect(readFile(at('bad.trayecto'))).rejects.toThrow(/ENOENT/);
  });

  it('imports scores outside 1–5 as the nearest and says so', async () => {
    const result = await trayecto('convert', at('scores.mmd'), at('scores.csv'));
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      `${at('scores.mmd')}: line 3: score "7" is not a whole number from 1 to 5; imported as 5\n` +
        `${at('scores.mmd')}: line 4: score "x" is not a whole number from 1 to 5; imported as 3\n`,
    );
    expect(await readFile(at('scores.csv'), 'utf8')).toContain('One,Me,Wait,,,positive,3,');
  });
});

import ExcelJS from 'exceljs';
import { execFile, execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readJourneyFile, readTrayecto } from '../../../src/formats';
import { ENGLISH_SHEETS, shownSheets } from '../helpers/workbook';

const exec = promisify(execFile);
const THREE = 'tests/fixtures/good/three-personas.trayecto';
const SAMPLE = 'tests/fixtures/good/sample-en.trayecto';
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'trayecto-export-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** `trayecto export …` as a separate process, as a user runs it. */
async function exportCli(...args: string[]) {
  try {
    const { stdout, stderr } = await exec('node', ['bin/trayecto.mjs', 'export', ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const fixture = (path: string) => {
  const read = readTrayecto(execFileSync('cat', [path]).toString('utf8'));
  if (!read.ok) throw new Error(path);
  return read.value;
};

/** pdftotext's text of a PDF, with its line breaks and hyphen-free wrapping undone into spaces. */
const pdfText = (path: string) =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-']).toString('utf8').replace(/\s+/g, ' ');

const pdfInfo = (path: string) => execFileSync('pdfinfo', [path]).toString('utf8');

// Each case starts Node and tsx; on a busy machine that alone can take seconds.
describe('trayecto export', { timeout: 60_000 }, () => {
  it('writes a vector SVG with every title as text', async () => {
    const out = join(dir, 'map.svg');
    const result = await exportCli(THREE, out);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const svg = await readFile(out, 'utf8');
    expect(svg).not.toContain('foreignObject');
    expect(svg).toContain('>Suscripción</tspan>');
    const outlined = join(dir, 'outlines.svg');
    expect((await exportCli(THREE, outlined, '--outlines')).code).toBe(0);
    expect(await readFile(outlined, 'utf8')).not.toMatch(/<text /);
  });

  it('writes a PNG drawn without a browser, which carries the map and opens again', async () => {
    const out = join(dir, 'map.png');
    expect((await exportCli(SAMPLE, out)).code).toBe(0);
    const png = await readFile(out);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    // Drawn at 2×: the sheet is 2,174 units wide.
    expect(png.readUInt32BE(16)).toBe(2 * 2174);
    const back = readJourneyFile('map.png', new Uint8Array(png), {
      language: 'en',
      now: '2026-01-01T00:00:00.000Z',
    });
    expect(back.ok && back.value.journey.title).toBe('Buying a family car');
  });

  it('writes a PDF in which pdftotext finds every title, pain point and opportunity in full', async () => {
    const out = join(dir, 'three.pdf');
    expect((await exportCli(THREE, out, '--paper', 'A3')).code).toBe(0);
    const text = pdfText(out);
    const journey = fixture(THREE);
    const shown = journey.touchpoints.filter((t) => t.scenarioId === journey.scenarios[0]!.id);
    for (const t of shown) expect(text).toContain(t.title);
    for (const a of journey.annotations.filter((a) => a.kind === 'pain-point' || a.kind === 'opportunity'))
      expect(text).toContain(a.text);
    for (const p of journey.personas) expect(text).toContain(p.name);
    const info = pdfInfo(out);
    expect(info).toMatch(/Title:\s+Suscripción a un gimnasio de barrio/);
    expect(info).toMatch(/Author:\s+Marta Ruiz/);
    expect(info).toMatch(/Page size:\s+1190\.55 x 841\.89 pts \(A3\)/);
    // Title, one map page (an ordinary 3 × 5 map fits A3 at a readable size), personas, notes, Insights, action plan.
    expect(info).toMatch(/Pages:\s+6\n/);
    // The Insights page's chart is vector text too: its scale, and each persona in its key.
    const insights = execFileSync('pdftotext', ['-f', '5', '-l', '5', '-enc', 'UTF-8', out, '-']).toString(
      'utf8',
    );
    expect(insights).toMatch(/^\s*\+3$/m);
    expect(insights).toMatch(/^\s*−3$/m);
    for (const p of journey.personas) expect(insights.split(p.name).length).toBeGreaterThan(2);
    // The document's language, for screen readers and search.
    expect((await readFile(out)).toString('latin1')).toContain('/Lang (es)');
  });

  it('splits the map by whole stages on a small page, with the headers on every page', async () => {
    const out = join(dir, 'letter.pdf');
    expect((await exportCli(THREE, out, '--paper', 'letter', '--portrait', '--lang', 'en')).code).toBe(0);
    expect(pdfInfo(out)).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
    // Every map page repeats the stage headers it shows and the persona column.
    const pages = execFileSync('pdftotext', ['-f', '2', '-l', '9', out, '-']).toString('utf8').split('\f');
    const mapPages = pages.filter((p) => p.includes('Map '));
    expect(mapPages.length).toBeGreaterThan(1);
    for (const page of mapPages) expect(page).toMatch(/Laura|Carlos|Lucía/);
    expect(pages.join('')).toContain('continues »');
    expect(pages.join('')).toContain('« continued');
  });

  it('writes an Excel workbook', async () => {
    const out = join(dir, 'map.xlsx');
    expect((await exportCli(THREE, out, '--lang', 'en')).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(shownSheets(workbook).map((w) => w.name)).toEqual(ENGLISH_SHEETS);
    expect(workbook.getWorksheet('Touchpoints')!.rowCount).toBe(fixture(THREE).touchpoints.length + 1);
    const validated = await exec('node', ['bin/trayecto.mjs', 'validate', out]);
    expect(validated.stdout).toMatch(/^valid: .* 3 personas/);
  });

  it('writes a self-contained web page with the document inside, which Trayecto opens again', async () => {
    const out = join(dir, 'map.html');
    expect((await exportCli(SAMPLE, out)).code).toBe(0);
    const page = await readFile(out);
    expect(page.toString('utf8')).toContain("default-src 'none'");
    expect(page.toString('utf8')).not.toMatch(/(src|href)="https?:/);
    const reopened = readJourneyFile('map.html', new Uint8Array(page), {
      language: 'en',
      now: '2026-12-01T00:00:00.000Z',
    });
    expect(reopened.ok && reopened.value.journey).toEqual(fixture(SAMPLE));
    const validated = await exec('node', ['bin/trayecto.mjs', 'validate', out]);
    expect(validated.stdout).toMatch(/^valid: 2 scenarios, 5 stages, 2 personas/);
  });

  it('refuses a format it cannot write, an unknown paper and an unknown scenario, with the reason', async () => {
    const wrongFormat = await exportCli(SAMPLE, join(dir, 'map.docx'));
    expect(wrongFormat.code).toBe(2);
    expect(wrongFormat.stderr).toContain('cannot export to');
    const wrongPaper = await exportCli(SAMPLE, join(dir, 'map.pdf'), '--paper', 'B5');
    expect(wrongPaper.code).toBe(2);
    expect(wrongPaper.stderr).toContain('--paper must be A4, A3, letter, tabloid');
    const enEspañol = await exportCli(SAMPLE, join(dir, 'map.pdf'), '--paper', 'B5', '--lang', 'es');
    expect(enEspañol.stderr).toContain('--paper debe ser A4, A3, letter, tabloid');
    const wrongScenario = await exportCli(SAMPLE, join(dir, 'map.svg'), '--scenario', 'Nope');
    expect(wrongScenario.code).toBe(2);
    expect(wrongScenario.stderr).toContain('the scenarios are: Today, Best case');
  });
});

import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execute, recordMetricValues } from '../../../src/commands';
import { previewMetricValues, readMetricsSheet, readTrayecto, writeTrayecto } from '../../../src/formats';
import { checkInvariants, type Journey } from '../../../src/model';
import { createSampleJourney } from '../../../src/templates';

const exec = promisify(execFile);
const NOW = '2026-01-01T00:00:00.000Z';
const SAMPLE = createSampleJourney('en', { now: NOW });
const sample = (): Journey => structuredClone(SAMPLE);
const bytes = (text: string) => new TextEncoder().encode(text);

async function previewOf(journey: Journey, name: string, content: Uint8Array) {
  const sheet = await readMetricsSheet(name, content);
  if (!sheet.ok) throw new Error(JSON.stringify(sheet.error));
  return previewMetricValues(journey, sheet.value);
}

describe('importing metric values', () => {
  it('matches rows by name and says why the others did not match, changing nothing', async () => {
    const journey = sample();
    const before = structuredClone(journey);
    const preview = await previewOf(
      journey,
      'v.csv',
      await readFile('tests/fixtures/metrics/sample-values.csv'),
    );
    expect(
      preview.matched.map((r) => [r.line, r.metric, r.touchpoint ?? r.stage, r.period, r.value]),
    ).toEqual([
      [2, 'Conversion', 'Sees a family-car ad', '2026-Q2', 3.2],
      [3, 'Conversion', 'Sees a family-car ad', '2026-Q3', 4.1],
      [4, 'CSAT', 'Signs the contract', '2026-Q3', 4.4],
      [5, 'CSAT', 'Delivery date slips', '2026-Q3', 2.1],
      [6, 'NPS', 'Purchase', '2026-Q3', 12],
      [7, 'CES', 'Waits weeks for a repair slot', '2026-Q3', 5.5],
    ]);
    expect(preview.unmatched.map((r) => [r.line, r.reason])).toEqual([
      [8, { kind: 'noTouchpoint', touchpoint: 'Flies to the moon', stage: 'Loyalty' }],
      [9, { kind: 'noStage', stage: 'Mars' }],
    ]);
    expect(preview.newMetrics.map((m) => m.name)).toEqual(['Conversion', 'CSAT', 'NPS', 'CES']);
    expect(journey).toEqual(before);
    const { journey: after } = execute(journey, recordMetricValues(preview.values, preview.newMetrics), {
      now: NOW,
    });
    expect(checkInvariants(after)).toEqual([]);
    expect(after.metricValues).toHaveLength(6);
    expect(after.metricValues.find((v) => v.value === 4.1)).toMatchObject({ target: 5, period: '2026-Q3' });
  });

  it('reads Spanish headers, semicolons, decimal commas, and ignores case and accents', async () => {
    const preview = await previewOf(
      sample(),
      'v.csv',
      await readFile('tests/fixtures/metrics/spanish-headers.csv'),
    );
    expect(preview.matched).toMatchObject([
      { metric: 'CSAT', touchpoint: 'Signs the contract', value: 3.9, period: '2026-Q4' },
    ]);
    expect(preview.unmatched.map((r) => r.reason)).toEqual([{ kind: 'noMetric', metric: 'Satisfacción' }]);
  });

  it('reads an xlsx sheet, numbers typed as numbers', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Values');
    sheet.addRow(['Stage', 'Metric', 'Value', 'Period']);
    sheet.addRow(['Purchase', 'NPS', 25, '2026-Q1']);
    const preview = await previewOf(sample(), 'v.xlsx', new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(preview.matched).toMatchObject([{ metric: 'NPS', stage: 'Purchase', value: 25 }]);
  });

  it('adds a new period to the history and replaces the same period', async () => {
    const first = await previewOf(
      sample(),
      'v.csv',
      bytes('stage,metric,value,period\nPurchase,CSAT,3,2026-Q1\n'),
    );
    const journey = execute(sample(), recordMetricValues(first.values, first.newMetrics), {
      now: NOW,
    }).journey;
    const next = await previewOf(
      journey,
      'v.csv',
      bytes('stage,metric,value,period\nPurchase,CSAT,4,2026-Q2\nPurchase,CSAT,3.5,2026-Q1\n'),
    );
    expect(next.newMetrics).toEqual([]);
    expect(next.matched.map((r) => r.replaces)).toEqual([false, true]);
    const after = execute(journey, recordMetricValues(next.values), { now: NOW }).journey;
    expect(after.metricValues.map((v) => [v.period, v.value])).toEqual([
      ['2026-Q1', 3.5],
      ['2026-Q2', 4],
    ]);
  });

  it('refuses a file without the needed columns, and rows with bad numbers or out of range', async () => {
    expect(await readMetricsSheet('v.csv', bytes('stage,value\nPurchase,3\n'))).toEqual({
      ok: false,
      error: { kind: 'missingColumns', missing: ['metric'], found: ['stage', 'value'] },
    });
    const preview = await previewOf(
      sample(),
      'v.csv',
      bytes('stage,metric,value\nPurchase,CSAT,lots\nPurchase,CSAT,9\nPurchase,,3\n'),
    );
    expect(preview.unmatched.map((r) => r.reason)).toEqual([
      { kind: 'notANumber', column: 'value', text: 'lots' },
      { kind: 'outOfRange', value: 9, min: 1, max: 5 },
      { kind: 'emptyCell', column: 'metric' },
    ]);
  });
});

describe('trayecto metrics and stats --json (as a process)', { timeout: 30_000 }, () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'trayecto-metrics-'));
    await writeFile(join(dir, 'in.trayecto'), writeTrayecto(sample()));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));
  const trayecto = async (...args: string[]) => {
    try {
      const { stdout, stderr } = await exec('node', ['bin/trayecto.mjs', ...args], {
        env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8' },
      });
      return { code: 0, stdout, stderr };
    } catch (error) {
      return error as { code: number; stdout: string; stderr: string };
    }
  };

  it('prints what matched and what did not, writes the map, and stats carries values and what is off target', async () => {
    const out = join(dir, 'out.trayecto');
    const run = await trayecto(
      'metrics',
      join(dir, 'in.trayecto'),
      'tests/fixtures/metrics/sample-values.csv',
      out,
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('6 rows matched:');
    expect(run.stdout).toContain('  4: Purchase › Signs the contract: CSAT 2026-Q3 = 4.4 (added)');
    expect(run.stdout).toContain('2 rows not matched:');
    expect(run.stdout).toContain('  9: no stage called "Mars"');
    const written = readTrayecto(await readFile(out));
    expect(written.ok && written.value.metricValues).toHaveLength(6);

    const stats = await trayecto('stats', out, '--json');
    expect(stats.code).toBe(0);
    const json = JSON.parse(stats.stdout);
    const csat = json.metrics.find((m: { metric: string }) => m.metric === 'CSAT');
    // Purchase: the mean of 4.4 and 2.1.
    expect(csat.stages.find((s: { stage: string }) => s.stage === 'Purchase').value).toBeCloseTo(3.25, 10);
    expect(csat.touchpoints.map((t: { title: string; value: number }) => [t.title, t.value])).toEqual([
      ['Signs the contract', 4.4],
      ['Delivery date slips', 2.1],
    ]);
    // Gaps as shares of each range: CSAT (4 − 2.1) / 4 = 0.475, CES (5.5 − 3) / 6 = 0.417, CSAT of
    // Purchase (4 − 3.25) / 4 = 0.19, conversion (5 − 4.1) / 100; the NPS of 12 is only near its 30.
    expect(
      json.offTarget.map(
        (o: { metric: string; name: string; status: string }) => `${o.metric} ${o.name} ${o.status}`,
      ),
    ).toEqual([
      'CSAT Delivery date slips off',
      'CES After-sales off',
      'CES Waits weeks for a repair slot off',
      'CSAT Purchase off',
      'Conversion Sees a family-car ad off',
      'NPS Purchase near',
    ]);
  });

  it('exits 1 and writes nothing when no row matches, in Spanish too', async () => {
    const values = join(dir, 'none.csv');
    await writeFile(values, 'etapa,métrica,valor\nMarte,CSAT,3\n');
    const out = join(dir, 'none.trayecto');
    const run = await trayecto('metrics', join(dir, 'in.trayecto'), values, out, '--lang', 'es');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('1 fila no casa:');
    expect(run.stdout).toContain('no hay ninguna etapa llamada «Marte»');
    expect(run.stderr).toContain('ninguna fila casa con el mapa');
    await expect(readFile(out)).rejects.toThrow();
  });
});

import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { execute, recordMetricValues } from '../../../src/commands';
import {
  csvTable,
  csvToJourney,
  isTrayectoCsvHeader,
  journeyToCsv,
  previewMetricValues,
  readMetricsSheet,
} from '../../../src/formats';
import { journeyXlsx } from '../../../src/export/xlsx';
import { createSampleJourney } from '../../../src/templates';
import { csvRows } from '../helpers/csvRows';

describe('metric values in the workbook', () => {
  it('has a Metrics sheet with each value, its period, place, target and standing', async () => {
    const sample = createSampleJourney('en', { now: '2026-01-01T00:00:00.000Z' });
    const sheet = await readMetricsSheet('v.csv', await readFile('tests/fixtures/metrics/sample-values.csv'));
    if (!sheet.ok) throw new Error('unreadable');
    const preview = previewMetricValues(sample, sheet.value);
    const { journey } = execute(sample, recordMetricValues(preview.values, preview.newMetrics), {
      now: '2026-01-02T00:00:00.000Z',
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await journeyXlsx(journey)) as unknown as ArrayBuffer);
    const metrics = workbook.getWorksheet('Metrics')!;
    const rows: unknown[][] = [];
    metrics.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[0]).toEqual(['Metric', 'Period', 'Stage', 'Touchpoint', 'Value', 'Target', 'Standing']);
    expect(rows).toContainEqual(['CSAT', '2026-Q3', 'Purchase', 'Delivery date slips', 2.1, 4, 'off target']);
    expect(rows).toContainEqual([
      'Conversion',
      '2026-Q2',
      'Consideration',
      'Sees a family-car ad',
      3.2,
      5,
      '',
    ]);
    expect(rows).toHaveLength(7);
    // A map without metric values has no Metrics sheet.
    const plain = new ExcelJS.Workbook();
    await plain.xlsx.load((await journeyXlsx(sample)) as unknown as ArrayBuffer);
    expect(plain.getWorksheet('Metrics')).toBeUndefined();
  });
});

/** The sample in a language with the values of a CSV of metric values recorded. */
async function sampleWithValues(language: 'en' | 'es', values: Uint8Array) {
  const sample = createSampleJourney(language, { now: '2026-01-01T00:00:00.000Z' });
  const sheet = await readMetricsSheet('v.csv', values);
  if (!sheet.ok) throw new Error('unreadable');
  const preview = previewMetricValues(sample, sheet.value);
  return execute(sample, recordMetricValues(preview.values, preview.newMetrics), {
    now: '2026-01-02T00:00:00.000Z',
  }).journey;
}

/** Each touchpoint's cells under the metric columns, by title. */
function metricCells(csv: string, prefix: string) {
  const table = csvTable(csv);
  if (!table.ok) throw new Error('unreadable');
  const { header, rows } = table.value;
  const columns = header.filter((h) => h.startsWith(prefix));
  return {
    columns,
    of: (title: string) => {
      const cells = rows.find((r) => r.cells[2] === title)!.cells;
      return Object.fromEntries(columns.map((h) => [h, cells[header.indexOf(h)]]));
    },
  };
}

describe('metric values in the map CSV', () => {
  it('carries one column per metric with each touchpoint’s latest value, and the import leaves them out', async () => {
    const journey = await sampleWithValues('en', await readFile('tests/fixtures/metrics/sample-values.csv'));
    const csv = journeyToCsv(journey);
    const cells = metricCells(csv, 'metric: ');
    expect(cells.columns).toEqual(journey.metrics.map((m) => `metric: ${m.name}`));
    // Conversion was 3.2 in 2026-Q2 and 4.1 in 2026-Q3: the latest is the one shown.
    expect(cells.of('Sees a family-car ad')).toMatchObject({
      'metric: Conversion': '4.1',
      'metric: CSAT': '',
    });
    expect(cells.of('Delivery date slips')).toMatchObject({
      'metric: CSAT': '2.1',
      'metric: Conversion': '',
    });
    // Still Trayecto's own CSV: it opens without asking for a column mapping.
    expect(isTrayectoCsvHeader(csvRows(csv)[0]!.split(','))).toBe(true);
    const back = csvToJourney(csv, { language: 'en', now: '2026-01-03T00:00:00.000Z', title: 'Back' });
    if (!back.ok) throw new Error(JSON.stringify(back.error));
    expect(back.value.skippedRows).toEqual([]);
    expect(back.value.journey.touchpoints.map((t) => t.title).sort()).toEqual(
      journey.touchpoints.map((t) => t.title).sort(),
    );
    expect(back.value.journey.metrics).toEqual([]);
    // A map without metrics keeps the fixed columns only.
    expect(journeyToCsv({ ...journey, metrics: [], metricValues: [] })).not.toContain('metric: ');
  });

  it('writes Spanish headers and a decimal comma in a Spanish map', async () => {
    const values =
      'etapa;punto_de_contacto;métrica;valor;periodo\nCompra;Firma el contrato;CSAT;3,9;2026-Q4\n';
    const journey = await sampleWithValues('es', new TextEncoder().encode(values));
    expect(journey.metricValues).toHaveLength(1);
    const cells = metricCells(journeyToCsv(journey), 'métrica: ');
    expect(cells.of('Firma el contrato')).toEqual({ [`métrica: ${journey.metrics[0]!.name}`]: '3,9' });
    expect(isTrayectoCsvHeader(['etapa', 'punto_de_contacto', 'Métrica: CSAT'])).toBe(true);
    expect(isTrayectoCsvHeader(['etapa', 'punto_de_contacto', 'métricas'])).toBe(false);
  });
});

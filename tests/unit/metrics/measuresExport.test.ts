import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { execute, recordMetricValues } from '../../../src/commands';
import { previewMetricValues, readMetricsSheet } from '../../../src/formats';
import { journeyXlsx } from '../../../src/export/xlsx';
import { createSampleJourney } from '../../../src/templates';

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

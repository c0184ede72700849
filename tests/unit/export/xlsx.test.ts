import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentCells, openJourneyFile, readTrayecto } from '../../../src/formats';
import { journeyXlsx } from '../../../src/export/xlsx';
import { ENGLISH_SHEETS, shownSheets } from '../helpers/workbook';

const journey = (() => {
  const read = readTrayecto(readFileSync('tests/fixtures/good/three-personas.trayecto', 'utf8'));
  if (!read.ok) throw new Error('fixture');
  return read.value;
})();

const options = { language: 'en' as const, now: '2026-12-01T00:00:00.000Z' };

/** A sheet's rows as arrays of cell values (without ExcelJS's empty first slot). */
const rows = (sheet: ExcelJS.Worksheet) =>
  sheet.getSheetValues().flatMap((row) => (Array.isArray(row) ? [row.slice(1)] : []));

describe('Excel workbook', () => {
  it('reads back with its five sheets, headers in the map’s language and every row', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await journeyXlsx(journey)).buffer as ArrayBuffer);
    expect(shownSheets(workbook).map((w) => w.name)).toEqual([
      'Puntos de contacto',
      'Notas',
      'Personas',
      'Etapas',
      'Análisis',
      'Plan de acción',
    ]);
    const [touchpoints, notes, personas, stages, insights] = shownSheets(workbook).map(rows);
    expect(touchpoints![0]!.slice(0, 5)).toEqual(['Escenario', 'Etapa', 'Persona', 'Orden', 'Título']);
    expect(touchpoints).toHaveLength(journey.touchpoints.length + 1);
    for (const t of journey.touchpoints) expect(touchpoints!.some((r) => r[4] === t.title)).toBe(true);
    const tryOut = touchpoints!.find((r) => r[4]!.toString().startsWith('Pide una prueba'))!;
    expect(tryOut.slice(6, 9)).toEqual(['Web; Redes sociales', -2, 'Negativa']);
    expect(notes).toHaveLength(journey.annotations.length + 1);
    for (const a of journey.annotations) expect(notes!.some((r) => r[2] === a.text)).toBe(true);
    expect(notes!.find((r) => r[2]!.toString().startsWith('La prueba gratuita'))!.slice(5, 10)).toEqual([
      'Prioridad alta',
      'Abierta',
      'Marta Ruiz',
      '2026-11-20T10:00:00.000Z',
      'Pablo: Confirmado con recepción: el buzón no lo lee nadie los fines de semana.',
    ]);
    expect(personas!.slice(1).map((r) => r[0])).toEqual(journey.personas.map((p) => p.name));
    expect(stages!.slice(1).map((r) => r[1])).toEqual(journey.stages.map((s) => s.name));
    expect(insights![0]!.at(-3)).toBe('Emoción media: Todas las personas');
    expect(insights).toHaveLength(journey.stages.length + 1);
  });

  it('carries the map in a very hidden sheet, and Trayecto opens the workbook as that map', async () => {
    const bytes = await journeyXlsx(journey);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
    expect(workbook.getWorksheet('trayecto')!.state).toBe('veryHidden');
    const opened = await openJourneyFile('map.xlsx', bytes, options);
    expect(opened.ok && opened.value.journey).toEqual(journey);
  });

  it('cuts the document into cells no wider than Excel takes, never inside a character', () => {
    const text = `${'a'.repeat(29_999)}😀${'b'.repeat(70_000)}`;
    const cells = documentCells(text);
    expect(cells.join('')).toBe(text);
    for (const cell of cells) {
      expect(cell.length).toBeLessThanOrEqual(32_767);
      expect(cell).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
    }
    expect(cells[0]).toHaveLength(29_999);
  });

  it('reads a workbook without a map as a table, and refuses an empty one and a file that is no workbook', async () => {
    const plain = new ExcelJS.Workbook();
    const sheet = plain.addWorksheet('Sheet1');
    sheet.addRow(['stage', 'persona', 'touchpoint']);
    const headerOnly = await openJourneyFile(
      'table.xlsx',
      new Uint8Array(await plain.xlsx.writeBuffer()),
      options,
    );
    expect(!headerOnly.ok && headerOnly.error.kind).toBe('empty');
    sheet.addRow(['Aware', 'Ana', 'Sees an ad']);
    const table = await openJourneyFile(
      'table.xlsx',
      new Uint8Array(await plain.xlsx.writeBuffer()),
      options,
    );
    expect(table.ok && table.value.journey.touchpoints.map((t) => t.title)).toEqual(['Sees an ad']);
    const garbage = await openJourneyFile('broken.xlsx', new TextEncoder().encode('not a zip'), options);
    expect(!garbage.ok && garbage.error.kind).toBe('notWorkbook');
  });

  it('writes English headers when asked', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await journeyXlsx(journey, { language: 'en' })).buffer as ArrayBuffer);
    expect(shownSheets(workbook).map((w) => w.name)).toEqual(ENGLISH_SHEETS);
  });
});

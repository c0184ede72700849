import type { Journey } from '../model';
import type { CsvError } from './csv';
import { decodeCsv, parseCsvRows, type CsvRow } from './csvText';
import type { ImportError } from './errors';
import { fail, ok, type Result } from './result';
import { documentSheet, trayectoInSheet } from './workbook';
import { loadWorkbook, workbookRows, type WorkbookError } from './workbookRows';

/** A table read from a CSV file or a worksheet: its header row and the rows under it. */
export interface SheetTable {
  header: string[];
  rows: CsvRow[];
  /** For a workbook: the sheet read and the visible sheets to choose from. */
  sheet?: string;
  sheets?: string[];
}

/** What a .csv or .xlsx file holds: a map (a workbook Trayecto exported) or a table to map onto fields. */
export type SpreadsheetContent =
  { kind: 'document'; journey: Journey } | { kind: 'table'; table: SheetTable };

export const isSpreadsheetName = (name: string) => /\.(csv|xlsx)$/i.test(name);

/** The header (first row) and rows of CSV text. */
export function csvTable(text: string): Result<SheetTable, CsvError> {
  const [header, ...rows] = parseCsvRows(text.replace(/^\uFEFF/, ''));
  if (!header) return fail({ kind: 'empty' });
  return ok({ header: header.cells.map((h) => h.trim()), rows });
}

/** The content of a .csv or .xlsx file; for a workbook, the named sheet or the first visible one. */
export async function readSpreadsheet(
  name: string,
  bytes: Uint8Array,
  sheet?: string,
): Promise<Result<SpreadsheetContent, CsvError | ImportError | WorkbookError>> {
  if (name.toLowerCase().endsWith('.csv')) {
    const text = decodeCsv(bytes);
    if (!text.ok) return text;
    const table = csvTable(text.value);
    return table.ok ? ok({ kind: 'table', table: table.value }) : table;
  }
  const workbook = await loadWorkbook(bytes);
  if (!workbook.ok) return workbook;
  const inside = documentSheet(workbook.value);
  if (inside) {
    const journey = trayectoInSheet(inside);
    return journey.ok ? ok({ kind: 'document', journey: journey.value }) : journey;
  }
  const read = workbookRows(workbook.value, sheet);
  if (!read.ok) return read;
  const [header, ...rows] = read.value.rows;
  if (!header) return fail({ kind: 'empty' });
  return ok({
    kind: 'table',
    table: { header: header.cells, rows, sheet: read.value.sheet, sheets: read.value.sheets },
  });
}

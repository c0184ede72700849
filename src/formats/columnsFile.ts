import { LIMITS, newId, resolveScenario, type Journey } from '../model';
import { decodeCsv, parseCsvRows, type CsvRow } from './csvText';
import { fail, ok, type Result } from './result';
import type { SheetTable } from './spreadsheet';
import { readWorkbookRows } from './workbookRows';

/** What can keep a CSV or xlsx file of known columns (metric values, research notes) from being read. */
export type TableFileError =
  | { kind: 'notUtf8' }
  | { kind: 'tooLarge'; bytes: number; limit: number }
  | { kind: 'notWorkbook' }
  | { kind: 'empty' }
  | { kind: 'missingColumns'; missing: string[]; found: string[] };

/**
 * The rows of a CSV or xlsx file (its first visible sheet) whose header names known columns,
 * with the line each came from; refused when a required column is missing or there are no rows.
 */
export async function readColumnsFile<C extends string>(
  fileName: string,
  bytes: Uint8Array,
  columnOf: (header: string) => C | undefined,
  required: readonly C[],
): Promise<Result<SheetTable, TableFileError>> {
  if (bytes.byteLength > LIMITS.fileBytes)
    return fail({ kind: 'tooLarge', bytes: bytes.byteLength, limit: LIMITS.fileBytes });
  let rows: CsvRow[];
  if (fileName.toLowerCase().endsWith('.xlsx')) {
    // The first visible sheet, read as the column-mapping import reads it.
    const sheet = await readWorkbookRows(bytes);
    if (!sheet.ok) return fail(sheet.error.kind === 'notWorkbook' ? sheet.error : { kind: 'empty' });
    rows = sheet.value.rows;
  } else {
    const text = decodeCsv(bytes);
    if (!text.ok) return fail(text.error.kind === 'tooLarge' ? text.error : { kind: 'notUtf8' });
    rows = parseCsvRows(text.value);
  }
  const [head, ...body] = rows;
  if (!head) return fail({ kind: 'empty' });
  const header = head.cells.map((c) => c.trim());
  const columns = header.map(columnOf);
  const missing = required.filter((c) => !columns.includes(c));
  if (missing.length) return fail({ kind: 'missingColumns', missing, found: header });
  if (body.length === 0) return fail({ kind: 'empty' });
  return ok({ header, rows: body });
}

/** How an import's preview matches rows to the map: in one scenario (default the first), with new ids from `makeId`. */
export interface TableImportOptions {
  scenarioId?: string;
  makeId?: () => string;
}

/** An import's options with their defaults: the scenario rows are matched in, and the maker of new ids. */
export const importContext = (journey: Journey, options: TableImportOptions) => ({
  scenario: resolveScenario(journey, options.scenarioId),
  makeId: options.makeId ?? newId,
});

/** A row an import leaves out, and why. */
export interface LeftOutRow<Reason> {
  line: number;
  cells: string[];
  reason: Reason;
}

/**
 * Each row of a table, for an import's preview: its cells read by column (the first column of
 * that name; '' when the file has none), and `leave` to list the row as left out, with why.
 */
export function eachTableRow<C extends string, Reason>(
  table: SheetTable,
  columnOf: (header: string) => C | undefined,
  leftOut: LeftOutRow<Reason>[],
  visit: (row: { line: number; cell: (column: C) => string; leave: (reason: Reason) => void }) => void,
): void {
  const columnAt = new Map<C, number>();
  table.header.forEach((h, i) => {
    const column = columnOf(h);
    if (column && !columnAt.has(column)) columnAt.set(column, i);
  });
  for (const { line, cells } of table.rows)
    visit({
      line,
      cell: (column) => (columnAt.has(column) ? (cells[columnAt.get(column)!] ?? '').trim() : ''),
      leave: (reason) => void leftOut.push({ line, cells, reason }),
    });
}

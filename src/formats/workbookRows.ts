import type { Cell, CellValue, Workbook, Worksheet } from 'exceljs';
import type { CsvRow } from './csvText';
import { fail, ok, type Result } from './result';

/** The hidden sheet in which an exported workbook carries its map, as a PNG or a web page does. */
export const WORKBOOK_DOCUMENT_SHEET = 'trayecto';

export type WorkbookError = { kind: 'notWorkbook' } | { kind: 'noSuchSheet'; sheet: string; found: string[] };

/** An .xlsx file opened with exceljs, or `notWorkbook`. */
export async function loadWorkbook(bytes: Uint8Array): Promise<Result<Workbook, WorkbookError>> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return fail({ kind: 'notWorkbook' });
  }
  return ok(workbook);
}

/** The worksheets a person sees (hidden ones and Trayecto's own document sheet left out). */
export const visibleSheets = (workbook: Workbook): Worksheet[] =>
  workbook.worksheets.filter((s) => s.state === 'visible' && s.name !== WORKBOOK_DOCUMENT_SHEET);

const pad = (n: number) => String(n).padStart(2, '0');
/** A date as its calendar day (exceljs reads Excel's dates as UTC), with the time only when it has one. */
function dateText(date: Date): string {
  const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  const h = date.getUTCHours();
  const m = date.getUTCMinutes();
  return h || m ? `${day} ${pad(h)}:${pad(m)}` : day;
}

/** A cell value as the text a person reads in it: rich text joined, a formula's result, a link's text. */
function valueText(value: CellValue | undefined, percent: boolean): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return dateText(value);
  // 15 significant digits is what Excel shows; it hides binary noise such as 0.1 + 0.2.
  if (typeof value === 'number')
    return percent ? `${Number((value * 100).toPrecision(15))}%` : String(Number(value.toPrecision(15)));
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('error' in value) return value.error;
  if ('formula' in value || 'sharedFormula' in value) return valueText(value.result, percent);
  if ('hyperlink' in value) return valueText(value.text as CellValue, percent);
  return '';
}

/** The text a cell shows, a percentage format included ("75%" rather than 0.75). */
export const cellText = (cell: Cell): string => valueText(cell.value, /%/.test(cell.numFmt ?? '')).trim();

/**
 * A worksheet's rows as text: the first row with any text is the header, as wide as its last
 * filled cell; each row keeps its number in the sheet as `line`. Merged cells repeat their value.
 */
export function worksheetRows(sheet: Worksheet): CsvRow[] {
  const rows: CsvRow[] = [];
  let width = 0;
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    if (width === 0) {
      for (let i = row.cellCount; i >= 1 && width === 0; i -= 1) if (cellText(row.getCell(i))) width = i;
      if (width === 0) return;
    }
    const cells = Array.from({ length: width }, (_, i) => cellText(row.getCell(i + 1)));
    if (cells.some(Boolean)) rows.push({ line, cells, unclosedQuote: false });
  });
  return rows;
}

export interface WorkbookRows {
  /** The visible sheets' names, in the workbook's order. */
  sheets: string[];
  /** The sheet read. */
  sheet: string;
  rows: CsvRow[];
}

/** The rows of one sheet of a workbook (the first visible one unless named), as text. */
export async function readWorkbookRows(
  bytes: Uint8Array,
  sheetName?: string,
): Promise<Result<WorkbookRows, WorkbookError>> {
  const loaded = await loadWorkbook(bytes);
  if (!loaded.ok) return loaded;
  return workbookRows(loaded.value, sheetName);
}

/** The rows of one sheet of an opened workbook (the first visible one unless named). */
export function workbookRows(workbook: Workbook, sheetName?: string): Result<WorkbookRows, WorkbookError> {
  const sheets = visibleSheets(workbook);
  const names = sheets.map((s) => s.name);
  const sheet = sheetName === undefined ? sheets[0] : sheets.find((s) => s.name === sheetName);
  if (!sheet) return fail({ kind: 'noSuchSheet', sheet: sheetName ?? '', found: names });
  return ok({ sheets: names, sheet: sheet.name, rows: worksheetRows(sheet) });
}

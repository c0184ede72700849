import type { Journey } from '../model';
import { readTrayecto } from './document';
import type { ImportError } from './errors';
import { fail, type Result } from './result';

/** The hidden sheet in which an exported workbook carries its map, as a PNG or a web page does. */
export const WORKBOOK_DOCUMENT_SHEET = 'trayecto';
/** A cell holds at most 32,767 characters: the document is cut into cells of this many. */
const CELL_CHARACTERS = 30_000;

/** The document's text cut into cells, never between the two halves of a character outside the BMP. */
export function documentCells(text: string): string[] {
  const cells: string[] = [];
  for (let start = 0; start < text.length;) {
    let end = Math.min(start + CELL_CHARACTERS, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    cells.push(text.slice(start, end));
    start = end;
  }
  return cells;
}

/** An xlsx file's workbook, or undefined when the bytes are not one. */
export async function loadWorkbook(bytes: Uint8Array): Promise<import('exceljs').Workbook | undefined> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    return workbook;
  } catch {
    return undefined;
  }
}

/** The map inside an Excel workbook exported by Trayecto. */
export async function readTrayectoWorkbook(bytes: Uint8Array): Promise<Result<Journey, ImportError>> {
  const workbook = await loadWorkbook(bytes);
  if (!workbook) return fail({ kind: 'notWorkbook' });
  const sheet = workbook.getWorksheet(WORKBOOK_DOCUMENT_SHEET);
  if (!sheet) return fail({ kind: 'workbookWithoutDocument' });
  const cells: string[] = [];
  sheet.eachRow((row) => cells.push(String(row.getCell(1).value ?? '')));
  return readTrayecto(cells.join(''));
}

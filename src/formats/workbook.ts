import type { Journey } from '../model';
import { readTrayecto } from './document';
import type { ImportError } from './errors';
import type { Result } from './result';
import { WORKBOOK_DOCUMENT_SHEET } from './workbookRows';
import type { Workbook, Worksheet } from 'exceljs';

export { WORKBOOK_DOCUMENT_SHEET };
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

/** The sheet carrying a Trayecto map, in a workbook Trayecto exported. */
export const documentSheet = (workbook: Workbook) => workbook.getWorksheet(WORKBOOK_DOCUMENT_SHEET);

/** The map in a workbook's document sheet. */
export function trayectoInSheet(sheet: Worksheet): Result<Journey, ImportError> {
  const cells: string[] = [];
  sheet.eachRow((row) => cells.push(String(row.getCell(1).value ?? '')));
  return readTrayecto(cells.join(''));
}

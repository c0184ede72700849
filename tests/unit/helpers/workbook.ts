import type ExcelJS from 'exceljs';

/** The sheets a person sees: the map rides in a very hidden one, for Trayecto. */
export const shownSheets = (workbook: ExcelJS.Workbook) =>
  workbook.worksheets.filter((sheet) => sheet.state === 'visible');

/** The sheets of an English workbook, in order. */
export const ENGLISH_SHEETS = ['Touchpoints', 'Notes', 'Personas', 'Stages', 'Insights', 'Action plan'];

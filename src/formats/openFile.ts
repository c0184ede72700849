import { LIMITS, type Journey, type Language } from '../model';
import type { CsvError, RowError } from './csv';
import { decodeCsv } from './csvText';
import { readTrayecto } from './document';
import type { ImportError } from './errors';
import { mermaidToJourney, type ScoreWarning } from './mermaid';
import { parseMermaidJourney, parseMermaidMarkdown, type MermaidError } from './mermaidSyntax';
import { isPng, readTrayectoPng } from './png';
import { readTrayectoWebPage } from './webPage';
import { fail, ok, type Result } from './result';
import {
  isTrayectoCsvHeader,
  mappingFromFile,
  mappingToFile,
  proposeMapping,
  type ColumnMapping,
  type MappingError,
  type MappingFile,
} from './columnMapping';
import { csvToJourney, tableToJourney } from './csvImport';
import { isSpreadsheetName, readSpreadsheet } from './spreadsheet';
import type { WorkbookError } from './workbookRows';

export type FileError = ImportError | CsvError | MermaidError | MappingError | WorkbookError;

export interface OpenedJourney {
  journey: Journey;
  skippedRows: RowError[];
  /** Mermaid tasks whose score was not a whole number from 1 to 5. */
  scoreWarnings?: ScoreWarning[];
  /** For a table (CSV or worksheet) other than Trayecto's own CSV: the column mapping it was read with. */
  mapping?: MappingFile;
}

/** Mermaid diagrams: `.mmd`/`.mermaid` files, or the first journey block of a Markdown file. */
const MERMAID = /\.(mmd|mermaid|md|markdown)$/i;

export interface OpenOptions {
  language: Language;
  now: string;
  makeId?: () => string;
  skipBadRows?: boolean;
  /** For a table: which column is which field (else `mappingFile`'s, else proposed by header names). */
  mapping?: ColumnMapping;
  mappingFile?: MappingFile;
}

/** A JSON object, whatever the file is called (a document saved without its extension). */
const looksLikeJson = (bytes: Uint8Array) => {
  const start = bytes.findIndex((b) => ![0xef, 0xbb, 0xbf, 0x20, 0x09, 0x0a, 0x0d].includes(b));
  return start >= 0 && bytes[start] === 0x7b;
};

/** Open any file Trayecto understands, by its content and its name: .trayecto/.json, .png, .html, .csv, .mmd/.md. */
export function readJourneyFile(
  name: string,
  bytes: Uint8Array,
  options: OpenOptions,
): Result<OpenedJourney, FileError> {
  // One size limit for every kind of file, checked before anything is read.
  if (bytes.byteLength > LIMITS.fileBytes)
    return fail({ kind: 'tooLarge', bytes: bytes.byteLength, limit: LIMITS.fileBytes });
  const lower = name.toLowerCase();
  const asOpened = (result: Result<Journey, ImportError>) =>
    result.ok ? ok({ journey: result.value, skippedRows: [] }) : result;
  if (isPng(bytes) || lower.endsWith('.png')) return asOpened(readTrayectoPng(bytes));
  if (/\.html?$/.test(lower)) return asOpened(readTrayectoWebPage(bytes));
  if (lower.endsWith('.csv')) {
    const text = decodeCsv(bytes);
    if (!text.ok) return text;
    const title = name.replace(/^.*[\\/]/, '').replace(/\.csv$/i, '');
    return csvToJourney(text.value, { ...options, title });
  }
  if (MERMAID.test(lower)) {
    // Text as editors save it (UTF-8, UTF-16, Windows-1252), decoded as CSV files are.
    const text = decodeCsv(bytes);
    if (!text.ok) return text.error.kind === 'notUtf8' ? fail({ kind: 'notText' }) : text;
    const diagram = /\.(md|markdown)$/.test(lower)
      ? parseMermaidMarkdown(text.value)
      : parseMermaidJourney(text.value.replace(/^\uFEFF/, ''));
    if (!diagram.ok) return diagram;
    const title = name.replace(/^.*[\\/]/, '').replace(MERMAID, '');
    const made = mermaidToJourney(diagram.value, { ...options, title });
    if (!made.ok) return fail({ kind: 'badRows', rows: made.rows });
    return ok({ journey: made.journey, skippedRows: made.skippedRows, scoreWarnings: made.warnings });
  }
  if (lower.endsWith('.trayecto') || lower.endsWith('.json') || looksLikeJson(bytes))
    return asOpened(readTrayecto(bytes));
  return fail({ kind: 'unknownType', name });
}

/**
 * Open any file Trayecto understands, Excel workbooks included (reading one is asynchronous: the
 * workbook is a zip): the map inside one Trayecto exported, or a table read with a column mapping.
 */
export async function openJourneyFile(
  name: string,
  bytes: Uint8Array,
  options: OpenOptions,
): Promise<Result<OpenedJourney, FileError>> {
  if (!isSpreadsheetName(name) || bytes.byteLength > LIMITS.fileBytes)
    return readJourneyFile(name, bytes, options);
  const content = await readSpreadsheet(name, bytes, options.mapping?.sheet ?? options.mappingFile?.sheet);
  if (!content.ok) return content;
  if (content.value.kind === 'document') return ok({ journey: content.value.journey, skippedRows: [] });
  const { table } = content.value;
  const cells = table.rows.map((r) => r.cells);
  const mapping = options.mapping
    ? ok(options.mapping)
    : options.mappingFile
      ? mappingFromFile(options.mappingFile, table.header, cells)
      : ok(proposeMapping(table.header, cells));
  if (!mapping.ok) return mapping;
  const title = name.replace(/^.*[\\/]/, '').replace(/\.(csv|xlsx)$/i, '');
  const made = tableToJourney(table, { ...options, title, mapping: mapping.value });
  if (!made.ok) return made;
  if (isTrayectoCsvHeader(table.header)) return made;
  const used = { ...mapping.value, ...(table.sheet === undefined ? {} : { sheet: table.sheet }) };
  return ok({ ...made.value, mapping: mappingToFile(table.header, used) });
}

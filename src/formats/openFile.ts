import type { Journey, Language } from '../model';
import { csvErrorMessage, csvToJourney, type CsvError, type RowError } from './csv';
import { readTrayecto } from './document';
import { importErrorMessage, type ImportError } from './errors';
import { decodeText } from './json';
import { isPng, readTrayectoPng } from './png';
import { fail, ok, type Result } from './result';

export type FileError = ImportError | CsvError;

export interface OpenedJourney {
  journey: Journey;
  skippedRows: RowError[];
}

/** Open any file Trayecto understands, by its content and its name: .trayecto/.json, .png, .csv. */
export function readJourneyFile(
  name: string,
  bytes: Uint8Array,
  options: { language: Language; now: string; skipBadRows?: boolean },
): Result<OpenedJourney, FileError> {
  const lower = name.toLowerCase();
  const asOpened = (result: Result<Journey, ImportError>) =>
    result.ok ? ok({ journey: result.value, skippedRows: [] }) : result;
  if (isPng(bytes) || lower.endsWith('.png')) return asOpened(readTrayectoPng(bytes));
  if (lower.endsWith('.trayecto') || lower.endsWith('.json')) return asOpened(readTrayecto(bytes));
  if (lower.endsWith('.csv')) {
    const text = decodeText(bytes);
    if (!text.ok) return text;
    const title = name.replace(/\.csv$/i, '');
    return csvToJourney(text.value, { ...options, title });
  }
  return fail({ kind: 'unknownType', name });
}

export function fileErrorMessage(error: FileError, language: Language = 'en'): string {
  switch (error.kind) {
    case 'empty':
    case 'missingColumns':
    case 'badRows':
      return csvErrorMessage(error, language);
    default:
      return importErrorMessage(error, language);
  }
}

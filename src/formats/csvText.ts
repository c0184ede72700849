import Papa from 'papaparse';
import { LIMITS } from '../model';
import type { CsvError } from './csv';
import { countLineBreaks } from './lines';
import { fail, ok, type Result } from './result';

/**
 * Windows-1252's bytes 0x80–0x9F (the rest is Latin-1); U+FFFD marks the five it leaves undefined.
 * Spelt out because some engines' TextDecoder reads the label as Latin-1.
 */
const WINDOWS_1252_HIGH =
  '\u20ac\ufffd\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\ufffd\u017d\ufffd' +
  '\ufffd\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\ufffd\u017e\u0178';

/** Windows-1252 text, or undefined if a byte is one it leaves undefined (then it is another encoding). */
function windows1252(bytes: Uint8Array): string | undefined {
  let text = '';
  for (const byte of bytes) {
    const char = byte >= 0x80 && byte < 0xa0 ? WINDOWS_1252_HIGH[byte - 0x80]! : String.fromCharCode(byte);
    if (char === '\ufffd') return undefined;
    text += char;
  }
  return text;
}

/**
 * The text of a CSV file as spreadsheets save it: UTF-8 ("CSV UTF-8"), UTF-16 with its byte-order
 * mark ("Unicode text"), or Windows-1252 (Excel's plain "CSV" on Windows in Western languages).
 * Anything else is refused, and the user is asked to save it as CSV UTF-8.
 */
export function decodeCsv(bytes: Uint8Array): Result<string, CsvError> {
  if (bytes.byteLength > LIMITS.fileBytes)
    return fail({ kind: 'tooLarge', bytes: bytes.byteLength, limit: LIMITS.fileBytes });
  const decode = (encoding: string) => new TextDecoder(encoding, { fatal: true }).decode(bytes);
  let text: string;
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) text = decode('utf-16le');
    else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = decode('utf-16be');
    else {
      try {
        text = decode('utf-8');
      } catch {
        const latin = windows1252(bytes);
        if (latin === undefined) return fail({ kind: 'notUtf8' });
        text = latin;
      }
    }
  } catch {
    return fail({ kind: 'notUtf8' });
  }
  // A NUL is never in a spreadsheet's text: this is UTF-16 without its mark, or not a CSV.
  if (text.includes('\u0000')) return fail({ kind: 'notUtf8' });
  return ok(text.replace(/^\uFEFF/, ''));
}

export interface CsvRow {
  /** The line of the file the row starts on (quoted fields may span lines). */
  line: number;
  cells: string[];
  unclosedQuote: boolean;
}

/** Rows with the line each starts on; blank lines dropped. CRLF, LF and a lone CR each end a line. */
export function parseCsvRows(text: string): CsvRow[] {
  const rows: CsvRow[] = [];
  let rowStart = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    delimitersToGuess: [',', ';', '\t'],
    step: (step) => {
      rows.push({ line, cells: step.data, unclosedQuote: step.errors.some((e) => e.type === 'Quotes') });
      // The cursor is where the next row starts; count the line breaks on the way there.
      line += countLineBreaks(text, rowStart, step.meta.cursor);
      rowStart = step.meta.cursor;
    },
  });
  return rows.filter((r) => r.cells.some((c) => c.trim() !== ''));
}

import Papa from 'papaparse';
import { valenceOf, type Annotation, type Journey, type Language, type Touchpoint } from '../model';

export const CSV_COLUMNS = [
  'stage',
  'persona',
  'touchpoint',
  'description',
  'channels',
  'emotion',
  'score',
  'pain_points',
  'opportunities',
  'moment_of_truth',
  'scenario',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Notes inside one cell are separated by line breaks (kept by the CSV quoting). */
export const NOTE_SEPARATOR = '\n';
/** Text a spreadsheet would run as a formula (but not a plain negative score); exported behind a `'`. */
export const FORMULA_START = /^(?:[=+@\t\r]|-(?!\d+$))/;
/** Channel names inside one cell. */
export const CHANNEL_SEPARATOR = ';';

/** Why one row could not be imported: a closed list, so every case gets a message in each language. */
export type RowProblem =
  | { kind: 'emptyFields'; columns: CsvColumn[] }
  | { kind: 'fieldCount'; expected: number; found: number }
  | { kind: 'unclosedQuote' }
  | { kind: 'badEmotion'; value: string }
  | { kind: 'badScore'; value: string }
  | { kind: 'emotionMismatch'; emotion: string; score: number }
  | { kind: 'badMomentOfTruth'; value: string }
  | { kind: 'tooLong'; column: CsvColumn; limit: number }
  | {
      kind: 'tooMany';
      what: 'scenarios' | 'stages' | 'personas' | 'channels' | 'touchpoints' | 'notes';
      limit: number;
    };

export interface RowError {
  /** Line in the file where the row starts (the header is line 1). */
  line: number;
  /** `problem` in English, for logs and the command line. */
  reason: string;
  problem: RowProblem;
}

export type CsvError =
  | { kind: 'empty' }
  | { kind: 'tooLarge'; bytes: number; limit: number }
  | { kind: 'missingColumns'; missing: string[]; found: string[] }
  | { kind: 'badRows'; rows: RowError[] };

export function rowProblemMessage(problem: RowProblem, language: Language = 'en'): string {
  const es = language === 'es';
  switch (problem.kind) {
    case 'emptyFields':
      return es ? `${problem.columns.join(', ')} vacío` : `empty ${problem.columns.join(', ')}`;
    case 'fieldCount':
      return es
        ? `se esperaban ${problem.expected} campos y hay ${problem.found} (revise el separador y las comillas)`
        : `expected ${problem.expected} fields, found ${problem.found} (check the delimiter and quotes)`;
    case 'unclosedQuote':
      return es ? 'un campo entre comillas no se cierra' : 'a quoted field is never closed';
    case 'badEmotion':
      return es
        ? `la emoción "${problem.value}" no es positiva, neutral, negativa (positive, neutral, negative) ni una puntuación de -3 a 3`
        : `emotion "${problem.value}" is not positive, neutral, negative (positiva, neutral, negativa) or a score from -3 to 3`;
    case 'badScore':
      return es
        ? `la puntuación "${problem.value}" no es un número entero de -3 a 3`
        : `score "${problem.value}" is not a whole number from -3 to 3`;
    case 'emotionMismatch':
      return es
        ? `la emoción "${problem.emotion}" no concuerda con la puntuación ${problem.score}`
        : `emotion "${problem.emotion}" does not match score ${problem.score}`;
    case 'badMomentOfTruth':
      return es
        ? `moment_of_truth "${problem.value}" no es sí ni no`
        : `moment_of_truth "${problem.value}" is not yes or no`;
    case 'tooLong':
      return es
        ? `${problem.column} tiene más de ${problem.limit} caracteres`
        : `${problem.column} is longer than ${problem.limit} characters`;
    case 'tooMany':
      return es
        ? `más de ${problem.limit} ${problem.what} en un mapa`
        : `more than ${problem.limit} ${problem.what} in one map`;
  }
}

const MAX_LISTED = 8;

export function csvErrorMessage(error: CsvError, language: Language = 'en'): string {
  const es = language === 'es';
  switch (error.kind) {
    case 'empty':
      return es ? 'El CSV no tiene filas de datos.' : 'The CSV has no data rows.';
    case 'tooLarge':
      return es
        ? `El CSV ocupa ${error.bytes} bytes; el máximo es ${error.limit}.`
        : `The CSV is ${error.bytes} bytes; the limit is ${error.limit}.`;
    case 'missingColumns':
      return es
        ? `Faltan columnas obligatorias: ${error.missing.join(', ')}. Encontradas: ${error.found.join(', ') || '(ninguna)'}.`
        : `Required columns are missing: ${error.missing.join(', ')}. Found: ${error.found.join(', ') || '(none)'}.`;
    case 'badRows': {
      const lines = error.rows
        .slice(0, MAX_LISTED)
        .map((r) => `${es ? 'línea' : 'line'} ${r.line}: ${rowProblemMessage(r.problem, language)}`);
      const more = error.rows.length > MAX_LISTED ? `\n… +${error.rows.length - MAX_LISTED}` : '';
      return `${es ? 'Filas con errores' : 'Rows with errors'}:\n${lines.join('\n')}${more}`;
    }
  }
}

/**
 * One row per touchpoint, by scenario, stage, persona, then order; UTF-8 with a BOM so Excel
 * reads accents.
 */
export function journeyToCsv(journey: Journey): string {
  const scenarioIndex = new Map(journey.scenarios.map((s, i) => [s.id, i]));
  const stageIndex = new Map(journey.stages.map((s, i) => [s.id, i]));
  const personaIndex = new Map(journey.personas.map((p, i) => [p.id, i]));
  const name = <T extends { id: string; name: string }>(items: T[], id: string) =>
    items.find((i) => i.id === id)?.name ?? '';
  const notes = (t: Touchpoint, kind: Annotation['kind']) =>
    journey.annotations
      .filter((a) => a.targetType === 'touchpoint' && a.targetId === t.id && a.kind === kind)
      .map((a) => a.text)
      .join(NOTE_SEPARATOR);
  const rows = [...journey.touchpoints]
    .sort(
      (a, b) =>
        scenarioIndex.get(a.scenarioId)! - scenarioIndex.get(b.scenarioId)! ||
        stageIndex.get(a.stageId)! - stageIndex.get(b.stageId)! ||
        personaIndex.get(a.personaId)! - personaIndex.get(b.personaId)! ||
        a.order - b.order,
    )
    .map((t) => [
      name(journey.stages, t.stageId),
      name(journey.personas, t.personaId),
      t.title,
      t.description,
      t.channelIds.map((id) => name(journey.channels, id)).join(`${CHANNEL_SEPARATOR} `),
      valenceOf(t.emotion),
      String(t.emotion),
      notes(t, 'pain-point'),
      notes(t, 'opportunity'),
      t.momentOfTruth ? 'yes' : 'no',
      name(journey.scenarios, t.scenarioId),
    ]);
  return `\uFEFF${Papa.unparse(
    { fields: [...CSV_COLUMNS], data: rows },
    {
      newline: '\r\n',
      escapeFormulae: FORMULA_START,
    },
  )}\r\n`;
}

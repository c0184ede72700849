import Papa from 'papaparse';
import { valenceOf, type Annotation, type Journey, type Language, type Valence } from '../model';
import type { EmotionScale } from './emotionScale';
import { touchpointBadges } from '../analytics/metrics';
import { blueprintCsvRows } from './csvBlueprint';
import { headerKey } from './headerMatch';

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
  // Where the stage and persona sit in the map, so that a stage or persona order survives the trip.
  'stage_order',
  'persona_order',
  // A blueprint item's row (issue 18): its layer and its owner; a touchpoint's row leaves them empty.
  'layer',
  'owner',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** The header a CSV file written in each language gives each column (both are read back). */
export const CSV_HEADERS: Record<Language, Record<CsvColumn, string>> = {
  en: Object.fromEntries(CSV_COLUMNS.map((c) => [c, c])) as Record<CsvColumn, string>,
  es: {
    stage: 'etapa',
    persona: 'persona',
    touchpoint: 'punto_de_contacto',
    description: 'descripción',
    channels: 'canales',
    emotion: 'emoción',
    score: 'puntuación',
    pain_points: 'puntos_de_dolor',
    opportunities: 'oportunidades',
    moment_of_truth: 'momento_de_la_verdad',
    scenario: 'escenario',
    stage_order: 'orden_etapa',
    persona_order: 'orden_persona',
    layer: 'capa',
    owner: 'responsable',
  },
};
/** The words a CSV written in each language uses for emotions and yes/no (both are read back). */
export const CSV_WORDS: Record<Language, Record<Valence | 'yes' | 'no', string>> = {
  en: { positive: 'positive', neutral: 'neutral', negative: 'negative', yes: 'yes', no: 'no' },
  es: { positive: 'positiva', neutral: 'neutral', negative: 'negativa', yes: 'sí', no: 'no' },
};
/**
 * After the fixed columns, one column per metric ("metric: CSAT") with each touchpoint's latest
 * value: what its card shows. The import leaves these columns out (see README, File formats).
 */
export const METRIC_COLUMN_PREFIX: Record<Language, string> = { en: 'metric: ', es: 'métrica: ' };
/** A metric column of Trayecto's own CSV, in either language ("metric: CSAT", "Métrica: NPS"). */
export const isMetricColumnHeader = (header: string): boolean =>
  Object.values(METRIC_COLUMN_PREFIX).some((prefix) => headerKey(header).startsWith(`${headerKey(prefix)} `));
/** Spanish Excel splits CSV rows on ";" (the comma is its decimal separator). */
export const CSV_DELIMITER: Record<Language, string> = { en: ',', es: ';' };

/** Notes inside one cell are separated by line breaks (kept by the CSV quoting). */
export const NOTE_SEPARATOR = '\n';
/** Text a spreadsheet would run as a formula (but not a plain negative score); exported behind a `'`. */
export const FORMULA_START = /^(?:[=+@\t\r]|-(?!\d+$))/;
/** Channel names inside one cell. */
export const CHANNEL_SEPARATOR = ';';

/**
 * Why one row could not be imported: a closed list of kinds with their parameters (the UI and
 * the CLI put them into words). `column` is the header as the file spells it.
 */
export type RowProblem =
  | { kind: 'emptyFields'; columns: string[] }
  | { kind: 'fieldCount'; expected: number; found: number }
  | { kind: 'unclosedQuote' }
  | { kind: 'badEmotion'; column: string; value: string }
  | { kind: 'badScore'; column: string; value: string }
  /** An emotion outside the numeric or faces scale the mapping reads its column on. */
  | { kind: 'offScale'; column: string; value: string; scale: EmotionScale }
  | { kind: 'emotionMismatch'; column: string; emotion: string; score: number }
  | { kind: 'badMomentOfTruth'; column: string; value: string }
  | { kind: 'badLayer'; column: string; value: string }
  | { kind: 'tooLong'; column: string; limit: number }
  | {
      kind: 'tooMany';
      what: 'scenarios' | 'stages' | 'personas' | 'channels' | 'touchpoints' | 'notes';
      limit: number;
    };

export interface RowError {
  /** Line in the file where the row starts (the header is line 1). */
  line: number;
  problem: RowProblem;
}

export type CsvError =
  | { kind: 'empty' }
  | { kind: 'tooLarge'; bytes: number; limit: number }
  /** Not UTF-8, UTF-16 or Windows-1252 text: the user is asked to save it as "CSV UTF-8". */
  | { kind: 'notUtf8' }
  | { kind: 'missingColumns'; missing: ('stage' | 'persona' | 'touchpoint')[]; found: string[] }
  /** Two headers name the same column (e.g. `stage` and `etapa`): which one is meant is unknowable. */
  | { kind: 'duplicateColumns'; columns: string[] }
  | { kind: 'badRows'; rows: RowError[] };

/**
 * One row per touchpoint, by scenario, stage, persona, then order, in the map's language (its
 * headers, words and delimiter); UTF-8 with a BOM so Excel reads accents.
 */
export function journeyToCsv(journey: Journey): string {
  const headers = CSV_HEADERS[journey.language];
  const words = CSV_WORDS[journey.language];
  const indexOf = (items: { id: string }[]) => new Map(items.map((item, i) => [item.id, i]));
  const nameOf = (items: { id: string; name: string }[]) =>
    new Map(items.map((item) => [item.id, item.name]));
  const scenarioIndex = indexOf(journey.scenarios);
  const stageIndex = indexOf(journey.stages);
  const personaIndex = indexOf(journey.personas);
  const scenarioName = nameOf(journey.scenarios);
  const stageName = nameOf(journey.stages);
  const personaName = nameOf(journey.personas);
  const channelName = nameOf(journey.channels);
  // Each touchpoint's notes, gathered in one pass (a lookup per touchpoint is quadratic on big maps).
  const notesOf = new Map<string, Record<Annotation['kind'], string[]>>();
  for (const a of journey.annotations) {
    if (a.targetType !== 'touchpoint') continue;
    let byKind = notesOf.get(a.targetId);
    if (!byKind) {
      byKind = { 'pain-point': [], opportunity: [], idea: [], question: [], comment: [] };
      notesOf.set(a.targetId, byKind);
    }
    byKind[a.kind].push(a.text);
  }
  const badges = touchpointBadges(journey);
  const figure = (value: number) =>
    journey.language === 'es' ? String(value).replace('.', ',') : String(value);
  const metricCells = (touchpointId: string) =>
    journey.metrics.map((m) => {
      const badge = badges.get(touchpointId)?.find((b) => b.metricId === m.id);
      return badge ? figure(badge.value) : '';
    });
  const rows = [...journey.touchpoints]
    .sort(
      (a, b) =>
        scenarioIndex.get(a.scenarioId)! - scenarioIndex.get(b.scenarioId)! ||
        stageIndex.get(a.stageId)! - stageIndex.get(b.stageId)! ||
        personaIndex.get(a.personaId)! - personaIndex.get(b.personaId)! ||
        a.order - b.order,
    )
    .map((t) => [
      stageName.get(t.stageId)!,
      personaName.get(t.personaId)!,
      t.title,
      t.description,
      t.channelIds.map((id) => channelName.get(id)).join(`${CHANNEL_SEPARATOR} `),
      words[valenceOf(t.emotion)],
      String(t.emotion),
      notesOf.get(t.id)?.['pain-point'].join(NOTE_SEPARATOR) ?? '',
      notesOf.get(t.id)?.opportunity.join(NOTE_SEPARATOR) ?? '',
      t.momentOfTruth ? words.yes : words.no,
      scenarioName.get(t.scenarioId)!,
      String(stageIndex.get(t.stageId)! + 1),
      String(personaIndex.get(t.personaId)! + 1),
      '',
      '',
      ...metricCells(t.id),
    ]);
  for (const item of blueprintCsvRows(journey))
    rows.push([
      ...CSV_COLUMNS.map((c) =>
        c in item ? item[c as keyof typeof item] : c === 'moment_of_truth' ? words.no : '',
      ),
      ...journey.metrics.map(() => ''),
    ]);
  return `\uFEFF${Papa.unparse(
    {
      fields: [
        ...CSV_COLUMNS.map((c) => headers[c]),
        ...journey.metrics.map((m) => `${METRIC_COLUMN_PREFIX[journey.language]}${m.name}`),
      ],
      data: rows,
    },
    {
      delimiter: CSV_DELIMITER[journey.language],
      newline: '\r\n',
      escapeFormulae: FORMULA_START,
    },
  )}\r\n`;
}

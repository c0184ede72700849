import { z } from 'zod';
import { LIMITS } from './limits';
import { EMOTION_MAX, EMOTION_MIN } from './emotion';
import {
  METRIC_TARGET_TYPES,
  RESEARCH_KINDS,
  RESEARCH_SOURCES,
  type MetricValue,
  type NpsCounts,
  type ResearchNote,
} from './metricsSchema';
import { timestamp } from './fields';
import type { NumberRule, StoredList, TextRule } from './storedList';

/*
 * Hand-written twins of `metricValueSchema` and `researchNoteSchema` for the bulk of a measured journey (tens
 * of thousands of records take zod longer to parse than everything else in a map). They only ever accept:
 * whatever they do not accept goes to the schema, which says why. Tests fuzz them against the schemas.
 * An item already as the schema makes it (nothing to fill in, nothing to drop) is returned as it is, not
 * copied: a map read from the library is all such items, and copying them doubled what opening it made.
 */

type Fields = Record<string, unknown>;

const isFields = (raw: unknown): raw is Fields =>
  typeof raw === 'object' && raw !== null && !Array.isArray(raw);
const text = (raw: unknown, max: number): raw is string =>
  typeof raw === 'string' && raw.length <= max && !raw.includes('\0');
const isId = (raw: unknown): raw is string => text(raw, LIMITS.id) && raw.length > 0;
/** What `isId` and a short text hold a text to, for texts checked where they are stored (see `everyStored`). */
const ID_TEXT: TextRule = { min: 1, max: LIMITS.id };
const SHORT_TEXT: TextRule = { min: 0, max: LIMITS.shortText };
const isShortText = (raw: unknown): raw is string => text(raw, LIMITS.shortText);
const isFigure = (raw: unknown): raw is number => typeof raw === 'number' && Number.isFinite(raw);
const isCount = (raw: unknown): raw is number => Number.isSafeInteger(raw) && (raw as number) >= 0;
const TARGET_TYPES: readonly unknown[] = METRIC_TARGET_TYPES;
/** The pattern zod holds an ISO timestamp to (absent: every value goes to the schema). */
const TIMESTAMP = timestamp._zod.def.pattern;
/** The last timestamp found sound: a map's items mostly share theirs (one string, from the record's dictionary). */
let soundTimestamp: unknown = Symbol('none yet');
function isTimestamp(raw: unknown): raw is string {
  if (raw === soundTimestamp) return true;
  if (typeof raw !== 'string' || !TIMESTAMP?.test(raw)) return false;
  soundTimestamp = raw;
  return true;
}
/** The pattern of a day, YYYY-MM-DD, likewise. */
const DATE = z.iso.date()._zod.def.pattern;

/**
 * Whether `raw` has no fields but the `required` ones the check found and those of `optional` it holds (even
 * as undefined), so that the schema would drop none: fields counted, not looked up, for tens of thousands of items.
 */
function onlyKnown(raw: Fields, required: number, optional: readonly string[] = []): boolean {
  let expected = required;
  for (const field of optional) if (field in raw) expected++;
  let count = 0;
  for (const _ in raw) count++;
  return count === expected;
}
const METRIC_VALUE_KEYS = [
  'id',
  'metricId',
  'targetType',
  'targetId',
  'period',
  'value',
  'source',
  'updatedAt',
] as const;
const METRIC_VALUE_REQUIRED = METRIC_VALUE_KEYS.length;
const METRIC_VALUE_OPTIONAL = ['scenarioId', 'counts', 'sample', 'target'];

/** `raw` or an absent field's default, when it is short text; undefined when it is not. */
const shortTextOr = (raw: unknown): string | undefined =>
  raw === undefined ? '' : isShortText(raw) ? raw : undefined;

function npsCounts(raw: unknown): NpsCounts | undefined {
  if (!isFields(raw)) return undefined;
  const { promoters, passives, detractors } = raw;
  return isCount(promoters) && isCount(passives) && isCount(detractors)
    ? { promoters, passives, detractors }
    : undefined;
}

/** The value `metricValueSchema` makes of `raw` (defaults filled, unknown fields dropped), or undefined. */
export function quickMetricValue(raw: unknown): MetricValue | undefined {
  if (!isFields(raw)) return undefined;
  const { id, metricId, targetType, targetId, value, updatedAt } = raw;
  const period = shortTextOr(raw.period);
  const source = shortTextOr(raw.source);
  if (
    !isId(id) ||
    !isId(metricId) ||
    !TARGET_TYPES.includes(targetType) ||
    !isId(targetId) ||
    period === undefined ||
    !isFigure(value) ||
    source === undefined ||
    !isTimestamp(updatedAt)
  )
    return undefined;
  const { scenarioId, counts, sample, target } = raw;
  if (
    (scenarioId !== undefined && !isId(scenarioId)) ||
    (counts !== undefined && !npsCounts(counts)) ||
    (sample !== undefined && !(isFigure(sample) && sample >= 0)) ||
    (target !== undefined && !isFigure(target))
  )
    return undefined;
  if (
    raw.period === period &&
    raw.source === source &&
    onlyKnown(raw, METRIC_VALUE_REQUIRED, METRIC_VALUE_OPTIONAL) &&
    (counts === undefined || onlyKnown(counts as Fields, 3)) // promoters, passives, detractors
  )
    return raw as MetricValue;
  const parsed = { id, metricId, targetType, targetId, period, value, source, updatedAt } as MetricValue;
  // Optional fields: present (even as undefined) in the input, present in the output, as zod does.
  if ('scenarioId' in raw) parsed.scenarioId = scenarioId as string | undefined;
  if ('counts' in raw) parsed.counts = counts === undefined ? undefined : npsCounts(counts);
  if ('sample' in raw) parsed.sample = sample as number | undefined;
  if ('target' in raw) parsed.target = target as number | undefined;
  return parsed;
}

/** The fields a stored metric value may have: what `ColumnTable.of` accepts as keys. */
export const METRIC_VALUE_FIELDS: ReadonlySet<string> = new Set([
  ...METRIC_VALUE_KEYS,
  ...METRIC_VALUE_OPTIONAL,
]);

/** What `isFigure`, and a figure of at least 0, hold a number to, for numbers checked where they are stored. */
const FIGURE: NumberRule = { least: -Infinity };
const NOT_NEGATIVE: NumberRule = { least: 0 };

/**
 * What each field's every stored value must be for `quickMetricValue` to take the value as it is, and for a
 * text or number field, the same said as a `TextRule` or a `NumberRule`.
 */
const METRIC_VALUE_FIELD_CHECKS: Record<string, [(raw: unknown) => boolean, (TextRule | NumberRule)?]> = {
  id: [isId, ID_TEXT],
  metricId: [isId, ID_TEXT],
  targetType: [(raw) => TARGET_TYPES.includes(raw)],
  targetId: [isId, ID_TEXT],
  period: [isShortText, SHORT_TEXT],
  value: [isFigure, FIGURE],
  source: [isShortText, SHORT_TEXT],
  updatedAt: [isTimestamp],
  scenarioId: [(raw) => raw === undefined || isId(raw)],
  counts: [(raw) => raw === undefined || (npsCounts(raw) !== undefined && onlyKnown(raw as Fields, 3))],
  sample: [(raw) => raw === undefined || (isFigure(raw) && raw >= 0), NOT_NEGATIVE],
  target: [(raw) => raw === undefined || isFigure(raw), FIGURE],
};

/** Whether `table` holds at most `most` items, each with `keys`, and every stored value passes its field's check. */
function everyStoredSound(
  table: StoredList<object>,
  most: number,
  keys: readonly string[],
  checks: Record<string, [(raw: unknown) => boolean, (TextRule | NumberRule)?]>,
): boolean {
  return (
    table.length <= most &&
    table.shapeKeys().every((shape) => keys.every((key) => shape.includes(key))) &&
    Object.entries(checks).every(([key, [check, rule]]) => table.everyStored(key, check, rule))
  );
}

/**
 * Whether `quickMetricValues` would take every value the columns hold as it is (nothing to fill in, nothing to
 * drop), read from the columns: each distinct text once. False sends the values through `quickMetricValues`.
 */
export function quickMetricColumns(table: StoredList<object>): boolean {
  return everyStoredSound(table, LIMITS.metricValues, METRIC_VALUE_KEYS, METRIC_VALUE_FIELD_CHECKS);
}

const RESEARCH_NOTE_KEYS = [
  'id',
  'kind',
  'text',
  'source',
  'participant',
  'touchpointIds',
  'createdAt',
  'updatedAt',
] as const;
const RESEARCH_NOTE_REQUIRED = RESEARCH_NOTE_KEYS.length;
const RESEARCH_NOTE_OPTIONAL = ['personaId', 'date', 'sentiment'];
const KINDS: readonly unknown[] = RESEARCH_KINDS;
const SOURCES: readonly unknown[] = RESEARCH_SOURCES;
const isSentiment = (raw: unknown): raw is number =>
  Number.isInteger(raw) && (raw as number) >= EMOTION_MIN && (raw as number) <= EMOTION_MAX;
const isIdList = (raw: unknown): raw is string[] =>
  Array.isArray(raw) && raw.length <= LIMITS.listItems && raw.every(isId);
const isDate = (raw: unknown): raw is string => typeof raw === 'string' && !!DATE?.test(raw);

/** The note `researchNoteSchema` makes of `raw` (defaults filled, unknown fields dropped), or undefined. */
export function quickResearchNote(raw: unknown): ResearchNote | undefined {
  if (!isFields(raw)) return undefined;
  const { id, text: said, personaId, date, sentiment, createdAt, updatedAt } = raw;
  const kind = raw.kind === undefined ? 'quote' : raw.kind;
  const source = raw.source === undefined ? 'other' : raw.source;
  const participant = shortTextOr(raw.participant);
  const touchpointIds = raw.touchpointIds === undefined ? [] : raw.touchpointIds;
  if (
    !isId(id) ||
    !KINDS.includes(kind) ||
    !text(said, LIMITS.longText) ||
    !SOURCES.includes(source) ||
    participant === undefined ||
    (personaId !== undefined && !isId(personaId)) ||
    (date !== undefined && !isDate(date)) ||
    (sentiment !== undefined && !isSentiment(sentiment)) ||
    !isIdList(touchpointIds) ||
    !isTimestamp(createdAt) ||
    !isTimestamp(updatedAt)
  )
    return undefined;
  if (
    raw.kind === kind &&
    raw.source === source &&
    raw.participant === participant &&
    raw.touchpointIds === touchpointIds &&
    onlyKnown(raw, RESEARCH_NOTE_REQUIRED, RESEARCH_NOTE_OPTIONAL)
  )
    return raw as ResearchNote;
  const parsed = {
    id,
    kind,
    text: said,
    source,
    participant,
    touchpointIds: [...touchpointIds],
    createdAt,
    updatedAt,
  } as ResearchNote;
  // Optional fields: present (even as undefined) in the input, present in the output, as zod does.
  if ('personaId' in raw) parsed.personaId = personaId as string | undefined;
  if ('date' in raw) parsed.date = date as string | undefined;
  if ('sentiment' in raw) parsed.sentiment = sentiment as number | undefined;
  return parsed;
}

/** The fields a stored research note may have: what `NoteColumns.of` accepts as keys. */
export const RESEARCH_NOTE_FIELDS: ReadonlySet<string> = new Set([
  ...RESEARCH_NOTE_KEYS,
  ...RESEARCH_NOTE_OPTIONAL,
]);

/** What each field's every stored value must be for `quickResearchNote` to take the note as it is. */
const RESEARCH_NOTE_FIELD_CHECKS: Record<string, [(raw: unknown) => boolean, TextRule?]> = {
  id: [isId, ID_TEXT],
  kind: [(raw) => KINDS.includes(raw)],
  text: [(raw) => text(raw, LIMITS.longText), { min: 0, max: LIMITS.longText }],
  source: [(raw) => SOURCES.includes(raw)],
  participant: [isShortText, SHORT_TEXT],
  touchpointIds: [isIdList],
  createdAt: [isTimestamp],
  updatedAt: [isTimestamp],
  personaId: [(raw) => raw === undefined || isId(raw)],
  date: [(raw) => raw === undefined || isDate(raw)],
  sentiment: [(raw) => raw === undefined || isSentiment(raw)],
};

/**
 * Whether `quickResearchNotes` would take every note the columns hold as it is (nothing to fill in, nothing to
 * drop), read from the columns: each distinct text once. False sends the notes through `quickResearchNotes`.
 */
export function quickNoteColumns(table: StoredList<object>): boolean {
  return everyStoredSound(table, LIMITS.researchNotes, RESEARCH_NOTE_KEYS, RESEARCH_NOTE_FIELD_CHECKS);
}

/** Every item of a list as `quick` makes it, or undefined if one of them (or the list's length) is not sound. */
function quickList<T>(raw: readonly unknown[], most: number, quick: (item: unknown) => T | undefined) {
  if (raw.length > most) return undefined;
  const items: T[] = [];
  for (const item of raw) {
    const parsed = quick(item);
    if (!parsed) return undefined;
    items.push(parsed);
  }
  return items;
}

/** Every value of a list as the schema makes it, or undefined if one of them (or the list's length) is not sound. */
export const quickMetricValues = (raw: readonly unknown[]): MetricValue[] | undefined =>
  quickList(raw, LIMITS.metricValues, quickMetricValue);

/** Every note of a list as the schema makes it, or undefined if one of them (or the list's length) is not sound. */
export const quickResearchNotes = (raw: readonly unknown[]): ResearchNote[] | undefined =>
  quickList(raw, LIMITS.researchNotes, quickResearchNote);

import type { DBCore, DBCoreCursor, DBCoreTable, Middleware } from 'dexie';
import {
  ColumnTable,
  defineLazyMetricValues,
  defineLazyResearchNotes,
  METRIC_VALUE_FIELDS,
  NoteColumns,
  RESEARCH_NOTE_FIELDS,
  type Journey,
} from '../model';
import { storedMeasures } from '../analytics';
import { decodeList, encodeList, isColumns, type Columns } from './recordCodec';

/** The tables whose records hold a whole journey. */
const JOURNEY_TABLES = new Set(['journeys', 'snapshots']);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The record as stored: every list of its journey as columns (a new record; the caller's is untouched). */
export function encodeRecord(record: unknown): unknown {
  if (!isObject(record) || !isObject(record.journey)) return record;
  const journey = Object.fromEntries(
    Object.entries(record.journey).map(([key, value]) => [
      key,
      Array.isArray(value) ? encodeList(value) : value,
    ]),
  );
  return { ...record, journey };
}

/**
 * The record with what the map draws of the measures of the journey it holds (see analytics/storedMeasures), worked
 * out again whatever the record came with. What cannot be worked out is left out: the map works it out as it opens.
 */
function withMeasures(record: unknown): unknown {
  if (!isObject(record) || !isObject(record.journey)) return record;
  const { measures: _before, ...rest } = record;
  let measures;
  try {
    measures = storedMeasures(record.journey as unknown as Journey);
  } catch {
    measures = undefined;
  }
  return measures ? { ...rest, measures } : rest;
}

/** What a sketch of a journey leaves out: its measures, tens of thousands of items on a measured map. */
export const SKETCH_LEAVES_OUT = [
  'metricValues',
  'researchNotes',
] as const satisfies readonly (keyof Journey)[];
/** A journey as the library screen draws it: without its measures (see `readSketches`). */
export type JourneySketch = Omit<Journey, (typeof SKETCH_LEAVES_OUT)[number]>;

/** Transactions whose reads give sketches of their journeys. */
const sketching = new WeakSet<object>();
/**
 * In this transaction (Dexie's `tx.idbtrans`), journeys are read as sketches: their measures are neither
 * decoded nor handed out. The library screen draws every journey, and needs none of them.
 */
export function readSketches(transaction: object): void {
  sketching.add(transaction);
}

/**
 * The record as the app knows it (as a sketch, without its measures, if asked). A record stored before
 * columns (plain arrays) is returned as it is.
 */
export function decodeRecord(record: unknown, sketch = false): unknown {
  if (!isObject(record) || !isObject(record.journey)) return record;
  const lists = Object.entries(record.journey);
  if (!sketch && !lists.some(([, value]) => isColumns(value))) return record;
  const leftOut: readonly string[] = sketch ? SKETCH_LEAVES_OUT : [];
  const journey: Record<string, unknown> = {};
  for (const [key, value] of lists) {
    if (leftOut.includes(key)) continue;
    // The measures stay columns until read (see storedList): opening a measured map makes none of them.
    if (!(isColumns(value) && keptAsColumns(journey, key, value)))
      journey[key] = isColumns(value) ? decodeColumns(value) : value;
  }
  return { ...record, journey };
}

/** Whether `journey` now has `key` as a list kept as its columns: the measures, if their columns are sound. */
function keptAsColumns(journey: object, key: string, columns: Columns): boolean {
  if (key === 'metricValues') {
    const table = ColumnTable.of(columns, METRIC_VALUE_FIELDS);
    if (table) defineLazyMetricValues(journey, table);
    return table !== undefined;
  }
  if (key === 'researchNotes') {
    const table = NoteColumns.of(columns, RESEARCH_NOTE_FIELDS);
    if (table) defineLazyResearchNotes(journey, table);
    return table !== undefined;
  }
  return false;
}

/** Broken columns are left as they are, so that opening the journey reports it instead of failing blindly. */
function decodeColumns(value: Columns): unknown {
  try {
    return decodeList(value);
  } catch {
    return value;
  }
}

/** A cursor whose value is decoded (once per position); the rest is read from the cursor below. */
function decodingCursor(cursor: DBCoreCursor, sketch: boolean): DBCoreCursor {
  let raw: unknown;
  let decoded: unknown;
  return Object.create(cursor, {
    // IndexedDB's own getters refuse a receiver that is not the cursor itself: forward them.
    key: { get: () => cursor.key },
    primaryKey: { get: () => cursor.primaryKey },
    value: {
      get: () => {
        if (cursor.value !== raw) {
          raw = cursor.value;
          decoded = decodeRecord(raw, sketch);
        }
        return decoded;
      },
    },
  }) as DBCoreCursor;
}

function journeyTable(table: DBCoreTable): DBCoreTable {
  // The journeys' records carry what a map draws of its measures as it opens; snapshots are not opened so.
  const encode =
    table.name === 'journeys' ? (record: unknown) => encodeRecord(withMeasures(record)) : encodeRecord;
  /** The record as its transaction reads it: whole, or a sketch. */
  const decoder = (trans: object) => {
    const sketch = sketching.has(trans);
    return (record: unknown) => decodeRecord(record, sketch);
  };
  return {
    ...table,
    mutate: (req) =>
      table.mutate(
        req.type === 'add' || req.type === 'put' ? { ...req, values: req.values.map(encode) } : req,
      ),
    get: (req) => table.get(req).then(decoder(req.trans)),
    getMany: (req) => table.getMany(req).then((records) => records.map(decoder(req.trans))),
    query: (req) =>
      req.values
        ? table
            .query(req)
            .then((response) => ({ ...response, result: response.result.map(decoder(req.trans)) }))
        : table.query(req),
    openCursor: (req) =>
      table.openCursor(req).then((cursor) => cursor && decodingCursor(cursor, sketching.has(req.trans))),
  };
}

/**
 * Journeys are stored with their lists as columns (see recordCodec) and read back as plain lists:
 * a Dexie middleware below Dexie's own (their lowest level is -1), so every read and write of the
 * app, upgrades included, sees the journey as it always was.
 */
export const journeyColumns: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'JourneyColumns',
  level: -2,
  create: (down) => ({
    ...down,
    table: (name) => (JOURNEY_TABLES.has(name) ? journeyTable(down.table(name)) : down.table(name)),
  }),
};

import { describe, expect, it } from 'vitest';
import {
  checkJourney,
  ColumnTable,
  METRIC_VALUE_FIELDS,
  NoteColumns,
  quickMetricColumns,
  quickNoteColumns,
  RESEARCH_NOTE_FIELDS,
  type StoredList,
  journeySchema,
  LIMITS,
  metricValueSchema,
  quickMetricValue,
  quickMetricValues,
  quickResearchNote,
  quickResearchNotes,
  researchNoteSchema,
} from '../../../src/model';
import { decodeList, encodeList, isColumns, type Columns } from '../../../src/storage/recordCodec';
import { prng } from '../../bench/generate';
import { smallJourney } from '../helpers/smallJourney';

const sound = {
  id: 'v1',
  metricId: 'm1',
  targetType: 'touchpoint',
  targetId: 't1',
  scenarioId: 's1',
  period: '2026-Q3',
  value: 4.2,
  counts: { promoters: 10, passives: 3, detractors: 2 },
  sample: 15,
  target: 4,
  source: 'survey',
  updatedAt: '2026-11-22T10:00:00.000Z',
};

/** What a field may be replaced with: sound and unsound values of every type the schema meets. */
const CANDIDATES: unknown[] = [
  undefined,
  null,
  '',
  'x',
  'stage',
  'touchpoint',
  'a\0b',
  'é'.repeat(LIMITS.id),
  'x'.repeat(LIMITS.id + 1),
  'x'.repeat(LIMITS.shortText),
  'x'.repeat(LIMITS.shortText + 1),
  '2026-02-29T10:00:00Z',
  '2028-02-29T10:00:00Z',
  '2026-11-22T10:00:00+01:00',
  '2026-11-22',
  '2026-13-01T00:00:00Z',
  0,
  -0,
  -1,
  0.5,
  -2.5,
  2 ** 53,
  2 ** 53 - 1,
  1e308,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  true,
  [],
  ['x'],
  {},
  { promoters: 1, passives: 0, detractors: 0 },
  { promoters: 1.5, passives: 0, detractors: 0 },
  { promoters: -1, passives: 0, detractors: 0 },
  { promoters: 1, passives: 2 },
  { promoters: 1, passives: 2, detractors: 3, extra: 'kept out' },
];

/** A sound item with a few fields replaced or removed at random (sometimes not an object at all). */
function mutated(next: () => number, item: object = sound, candidates = CANDIDATES): unknown {
  if (next() < 0.02) return candidates[Math.floor(next() * candidates.length)];
  const value = structuredClone(item) as Record<string, unknown>;
  const fields = [...Object.keys(item), 'extra'];
  const changes = 1 + Math.floor(next() * 3);
  for (let i = 0; i < changes; i++) {
    const field = fields[Math.floor(next() * fields.length)]!;
    if (next() < 0.2) delete value[field];
    else value[field] = candidates[Math.floor(next() * candidates.length)];
  }
  return value;
}

/** Feeds `runs` mutations of `item` to the schema and to its quick twin: they must agree on every one. */
function agreeWith(
  schema: { safeParse: (raw: unknown) => { success: boolean; data?: unknown } },
  quick: (raw: unknown) => unknown,
  item: object,
  candidates: unknown[],
) {
  const next = prng(17); // seeded: a failure replays
  let accepted = 0;
  let refused = 0;
  for (let i = 0; i < 5_000; i++) {
    const raw = mutated(next, item, candidates);
    const parsed = schema.safeParse(raw);
    const twin = quick(raw);
    if (parsed.success) {
      accepted++;
      expect(twin, JSON.stringify(raw)).toStrictEqual(parsed.data);
    } else {
      refused++;
      expect(twin, JSON.stringify(raw)).toBeUndefined();
    }
  }
  // Both sides were exercised, plenty.
  expect(accepted).toBeGreaterThan(500);
  expect(refused).toBeGreaterThan(500);
}

describe('quickMetricValue: the schema of a metric value, by hand', () => {
  it('accepts exactly what metricValueSchema accepts, and makes the same value of it (fuzzed)', () => {
    agreeWith(metricValueSchema, quickMetricValue, sound, CANDIDATES);
  });

  it('hands back a value already as the schema makes it, not a copy', () => {
    expect(quickMetricValue(sound)).toBe(sound);
    const withExtraCount = { ...sound, counts: { ...sound.counts, extra: 1 } };
    expect(quickMetricValue(withExtraCount)).toStrictEqual({ ...sound });
  });

  it('fills the defaults and drops unknown fields as the schema does', () => {
    const { period: _p, source: _s, ...bare } = sound;
    expect(quickMetricValue({ ...bare, unknown: 1 })).toStrictEqual({ ...bare, period: '', source: '' });
  });

  it('refuses a list longer than the schema allows', () => {
    const list = Array.from({ length: LIMITS.metricValues + 1 }, () => sound);
    expect(quickMetricValues(list)).toBeUndefined();
    expect(quickMetricValues(list.slice(0, 3))).toHaveLength(3);
  });
});

/**
 * Fuzzes the quick check of a list's columns against the quick check of its items: the columns must be taken
 * exactly when every item they hold is taken as it is (the same objects back).
 */
function columnsAgreeWithItems(
  item: object,
  candidates: unknown[],
  tableOf: (columns: Columns) => StoredList<object> | undefined,
  quickColumns: (table: StoredList<object>) => boolean,
  quickItems: (raw: readonly unknown[]) => unknown[] | undefined,
) {
  const takenAsTheyAre = (items: unknown[]) => quickItems(items)?.every((v, i) => v === items[i]) === true;
  const next = prng(23); // seeded: a failure replays
  let taken = 0;
  let refused = 0;
  for (let run = 0; run < 3_000; run++) {
    // Items that are objects (columns hold nothing else), most of them sound, their ids mostly distinct:
    // texts that do not repeat are stored as one, and checked there.
    const items = Array.from({ length: 1 + Math.floor(next() * 5) }, (_, i) => ({
      ...((next() < 0.5 ? item : mutated(next, item, candidates)) as object),
      id: next() < 0.9 ? `i${i}` : candidates[Math.floor(next() * candidates.length)],
    }));
    const columns = encodeList(items);
    if (!isColumns(columns)) throw new Error('expected columns');
    const table = tableOf(columns);
    const decoded = decodeList(columns);
    if (!table) {
      // Only items with a field no such item has are not read as a table; none of them is taken as it is.
      expect(takenAsTheyAre(decoded), JSON.stringify(items)).toBe(false);
      continue;
    }
    const quick = quickColumns(table);
    expect(quick, JSON.stringify(items)).toBe(takenAsTheyAre(decoded));
    if (quick) taken++;
    else refused++;
  }
  expect(taken).toBeGreaterThan(500);
  expect(refused).toBeGreaterThan(500);
}

describe('quickMetricColumns: the quick check, on the columns values are stored as', () => {
  it('takes the columns exactly when quickMetricValues takes every value they hold as it is (fuzzed)', () => {
    columnsAgreeWithItems(
      sound,
      CANDIDATES,
      (columns) => ColumnTable.of(columns, METRIC_VALUE_FIELDS),
      quickMetricColumns,
      quickMetricValues,
    );
  });
});

const note = {
  id: 'r1',
  kind: 'observation',
  text: 'They gave up at the form',
  source: 'support-ticket',
  participant: 'P7',
  personaId: 'p1',
  date: '2026-02-28',
  sentiment: -2,
  touchpointIds: ['t1', 't2'],
  createdAt: '2026-11-22T10:00:00.000Z',
  updatedAt: '2026-11-22T10:00:00.000Z',
};
/** The metric values' candidates, with what only a note's fields meet. */
const NOTE_CANDIDATES: unknown[] = [
  ...CANDIDATES,
  'quote',
  'observation',
  'interview',
  'other',
  '2026-02-29',
  '2028-02-29',
  '2026-1-05',
  3,
  -3,
  4,
  -4,
  2.5,
  ['t1', ''],
  ['t1', 'a\0b'],
  Array.from({ length: LIMITS.listItems + 1 }, (_, i) => `t${i}`),
  'x'.repeat(LIMITS.longText),
  'x'.repeat(LIMITS.longText + 1),
];

describe('quickResearchNote: the schema of a research note, by hand', () => {
  it('accepts exactly what researchNoteSchema accepts, and makes the same note of it (fuzzed)', () => {
    agreeWith(researchNoteSchema, quickResearchNote, note, NOTE_CANDIDATES);
  });

  it('fills the defaults, drops unknown fields, and hands back a note already as the schema makes it', () => {
    const { kind: _k, source: _s, participant: _p, touchpointIds: _t, ...bare } = note;
    expect(quickResearchNote({ ...bare, unknown: 1 })).toStrictEqual({
      ...bare,
      kind: 'quote',
      source: 'other',
      participant: '',
      touchpointIds: [],
    });
    expect(quickResearchNote(note)).toBe(note);
  });

  it('refuses a list longer than the schema allows', () => {
    const list = Array.from({ length: LIMITS.researchNotes + 1 }, () => note);
    expect(quickResearchNotes(list)).toBeUndefined();
    expect(quickResearchNotes(list.slice(0, 3))).toHaveLength(3);
  });
});

describe('quickNoteColumns: the quick check, on the columns notes are stored as', () => {
  it('takes the columns exactly when quickResearchNotes takes every note they hold as it is (fuzzed)', () => {
    columnsAgreeWithItems(
      note,
      NOTE_CANDIDATES,
      (columns) => NoteColumns.of(columns, RESEARCH_NOTE_FIELDS),
      quickNoteColumns,
      quickResearchNotes,
    );
  });
});

describe('checkJourney with metric values', () => {
  const journeyWith = (metricValues: unknown[]) => {
    const journey = smallJourney();
    const metric = { id: 'm1', name: 'CSAT', kind: 'score', updatedAt: sound.updatedAt };
    return { ...journey, metrics: [metric], metricValues };
  };
  const values = (journey: ReturnType<typeof smallJourney>) =>
    [0, 1].map((i) => ({
      ...sound,
      id: `v${i}`,
      targetId: journey.touchpoints[i]!.id,
      scenarioId: undefined,
    }));

  it('parses a measured journey to what the schema makes of it', () => {
    const raw = journeyWith(values(smallJourney()));
    const checked = checkJourney(raw);
    const schema = journeySchema.safeParse(raw);
    expect(checked.ok && schema.success).toBe(true);
    if (checked.ok && schema.success) expect(checked.journey).toStrictEqual(schema.data);
  });

  it('names the path of an unsound value, as the schema does', () => {
    const [first, second] = values(smallJourney());
    const checked = checkJourney(journeyWith([first, { ...second, value: Number.NaN }]));
    if (checked.ok || checked.fault.kind !== 'schema') throw new Error('expected a schema fault');
    expect(checked.fault.issues.map((i) => i.path)).toEqual([['metricValues', 1, 'value']]);
  });
});

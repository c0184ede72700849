import { produce } from 'immer';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  evidenceLevels,
  metricReports,
  metricStageReports,
  offTargets,
  touchpointBadges,
} from '../../../src/analytics';
import {
  checkJourney,
  ColumnTable,
  lazyMetricValues,
  lazyResearchNotes,
  METRIC_VALUE_FIELDS,
  noteTable,
  StoredList,
  valueTable,
  type Journey,
  type MetricValue,
  type ResearchNote,
} from '../../../src/model';
import type { Columns } from '../../../src/storage/recordCodec';
import { generateJourney, prng, withMeasures } from '../../bench/generate';
import { columnsOf, keptAsColumns } from '../helpers/measuredJourney';

const FIELDS = [
  'metricId',
  'targetType',
  'targetId',
  'period',
  'value',
  'scenarioId',
  'target',
  'sample',
  'counts',
] as const;

/** A measured map whose values vary in every field a table reads: stage values, scenarios, targets, samples, counts. */
function variedJourney(): Journey {
  const base = withMeasures(generateJourney(30));
  const next = prng(5);
  const stageValues: MetricValue[] = base.stages.flatMap((stage, s) =>
    base.metrics.map((metric, m) => ({
      id: `sv-${s}-${m}`,
      metricId: metric.id,
      targetType: 'stage' as const,
      targetId: stage.id,
      ...(next() < 0.5 ? { scenarioId: base.scenarios[0]!.id } : {}),
      period: '2026-Q4',
      value: Math.round(next() * 100),
      ...(next() < 0.5 ? { target: 50 } : {}),
      ...(next() < 0.5 ? { sample: Math.round(next() * 40) } : {}),
      ...(next() < 0.3 ? { counts: { promoters: 5, passives: 2, detractors: 1 } } : {}),
      source: next() < 0.5 ? 'survey' : '',
      updatedAt: base.updatedAt,
    })),
  );
  const touchpointValues = base.metricValues.map((v) =>
    next() < 0.2 ? { ...v, target: Math.round(next() * 10), sample: 3 } : v,
  );
  return { ...base, metricValues: [...touchpointValues, ...stageValues] };
}

afterEach(() => vi.restoreAllMocks());

describe('ColumnTable: metric values read from their columns', () => {
  it('reads every field of every value as its object holds it, whatever fields each value has', () => {
    const { metricValues } = variedJourney();
    const table = ColumnTable.of(columnsOf(metricValues), METRIC_VALUE_FIELDS)!;
    const objects = valueTable({ metricValues });
    expect(table.length).toBe(metricValues.length);
    for (let i = 0; i < metricValues.length; i++)
      for (const field of FIELDS)
        expect(table[field](i), `${field} of ${i}`).toStrictEqual(objects[field](i));
    expect(table.objects()).toStrictEqual(metricValues);
    expect(table.objects()).toBe(table.objects());
  });

  it('numbers each text field: distinct names, and the name of value i its field, from columns or objects', () => {
    const { metricValues } = variedJourney();
    const columns = ColumnTable.of(columnsOf(metricValues), METRIC_VALUE_FIELDS)!;
    const objects = valueTable({ metricValues });
    for (const table of [columns, objects])
      for (const field of ['metricId', 'targetType', 'targetId', 'period'] as const) {
        const { names, of } = table.codes(field);
        expect(new Set(names).size, field).toBe(names.length);
        expect(
          Array.from({ length: table.length }, (_, i) => names[of[i]!]),
          field,
        ).toStrictEqual(metricValues.map((v) => v[field]));
        expect(table.codes(field), 'made once').toBe(table.codes(field));
      }
    // A dictionary column is its own codes: nothing is made of it.
    expect(columns.codes('metricId').of).toBeInstanceOf(Uint8Array);
  });

  it('hands tallies every value in one array, and says whether any value has a sample or counts', () => {
    const { metricValues } = variedJourney();
    const plain = metricValues.map(({ sample: _sample, counts: _counts, ...rest }) => rest);
    // Figures with a decimal at most are stored as scaled integers, others as doubles.
    const thirds = metricValues.map((v) => ({ ...v, value: v.value / 3 }));
    for (const [values, weighed, stored] of [
      [metricValues, true, 'scaled'],
      [plain, false, 'scaled'],
      [thirds, true, 'numbers'],
    ] as const) {
      const encoded = columnsOf(values);
      const column = encoded.columns[encoded.keys.indexOf('value')]!;
      expect(column).toHaveProperty(stored);
      const columns = ColumnTable.of(encoded, METRIC_VALUE_FIELDS)!;
      for (const table of [columns, valueTable({ metricValues: values })]) {
        expect([...table.valueColumn()]).toStrictEqual(values.map((v) => v.value));
        expect(table.valueColumn(), 'made once').toBe(table.valueColumn());
        expect(table.has('sample')).toBe(weighed);
        expect(table.has('counts')).toBe(weighed);
        expect(table.has('scenarioId')).toBe(true);
      }
      // Doubles are the stored column itself: nothing is copied.
      if (stored === 'numbers')
        expect(columns.valueColumn()).toBe((column as { numbers: Float64Array }).numbers);
    }
  });

  it('refuses columns that are not as encodeList makes them of metric values', () => {
    // Touchpoints' values and stages' values, whose ids are not as long.
    const all = variedJourney().metricValues;
    const values = [...all.slice(0, 45), ...all.slice(-5)];
    const column = <T>(c: Columns, key: string) => c.columns[c.keys.indexOf(key)] as T;
    const broken: ((columns: Columns) => void)[] = [
      (c) => (c.length = c.length + 1),
      (c) => c.keys.push('extra'),
      (c) => (c.keys[0] = 'unknown'),
      (c) => (c.keys[1] = c.keys[0]!),
      (c) => c.shapes[0]!.push(c.shapes[0]![0]!),
      (c) => (c.shapes[0]![0] = c.keys.length),
      (c) => (c.shapeOf = Uint8Array.from(c.shapeOf, () => c.shapes.length)),
      // The values' figures have a decimal at most: tenths, as small integers.
      (c) => {
        const value = column<{ scaled: Int16Array }>(c, 'value');
        value.scaled = value.scaled.subarray(1);
      },
      (c) => (column<{ scale: number }>(c, 'value').scale = 3),
      (c) => (column<{ scaled: unknown }>(c, 'value').scaled = [1, 2]),
      // The values' ids do not repeat, and are not all as long: one text, cut where each ends.
      (c) => {
        const id = column<{ ends: Uint32Array }>(c, 'id');
        id.ends = id.ends.subarray(1);
      },
      (c) => {
        const { ends } = column<{ ends: Uint32Array }>(c, 'id');
        [ends[3], ends[4]] = [ends[4]!, ends[3]!];
      },
      (c) => {
        const id = column<{ text: string }>(c, 'id');
        id.text = id.text.slice(1);
      },
      (c) => (column<{ strings: unknown[] }>(c, 'metricId').strings[0] = 7),
      // Two codes for one text would split its values in two groups.
      (c) => {
        const { strings } = column<{ strings: string[] }>(c, 'metricId');
        strings.push(strings[0]!);
      },
      (c) => {
        const metricId = column<{ indexes: Uint8Array }>(c, 'metricId');
        metricId.indexes = Uint8Array.from(metricId.indexes, () => 200);
      },
      // Every value was updated at once: the one text, and how many values have it.
      (c) => (column<{ count: number }>(c, 'updatedAt').count = 49),
      (c) => (column<{ same: unknown }>(c, 'updatedAt').same = 7),
      (c) => ((c as { shapeOf: unknown }).shapeOf = [...c.shapeOf]),
      (c) => (c.columns[0] = null as never),
    ];
    const sound = columnsOf(values);
    expect(ColumnTable.of(sound, METRIC_VALUE_FIELDS)).toBeDefined();
    expect(column(sound, 'value')).toHaveProperty('scaled');
    expect(column(sound, 'id')).toHaveProperty('ends');
    expect(column(sound, 'updatedAt')).toHaveProperty('same');
    for (const [n, breakIt] of broken.entries()) {
      const columns = structuredClone(sound);
      breakIt(columns);
      expect(ColumnTable.of(columns, METRIC_VALUE_FIELDS), `change ${n}`).toBeUndefined();
    }
    // Doubles, and ids all as long, likewise.
    const thirds = values.map((v, i) => ({ ...v, id: `v${String(i).padStart(3, '0')}`, value: v.value / 3 }));
    const doubles = columnsOf(thirds);
    expect(column(doubles, 'value')).toHaveProperty('numbers');
    expect(column(doubles, 'id')).toEqual({ text: expect.any(String), width: 4, count: 50 });
    for (const breakIt of [
      (c: Columns) => {
        const value = column<{ numbers: Float64Array }>(c, 'value');
        value.numbers = value.numbers.subarray(1);
      },
      (c: Columns) => (column<{ numbers: unknown }>(c, 'value').numbers = [1, 2]),
      (c: Columns) => (column<{ count: number }>(c, 'id').count = 49),
      (c: Columns) => (column<{ width: number }>(c, 'id').width = 3),
    ]) {
      const columns = structuredClone(doubles);
      breakIt(columns);
      expect(ColumnTable.of(columns, METRIC_VALUE_FIELDS)).toBeUndefined();
    }
  });
});

describe('a journey whose values are kept as columns', () => {
  it('draws the same badges, evidence, metrics row, reports and off-targets without making the objects', () => {
    const whole = variedJourney();
    expect(whole.researchNotes.length).toBeGreaterThan(0);
    const lazy = keptAsColumns(whole);
    const objects = vi.spyOn(StoredList.prototype, 'objects');
    expect(touchpointBadges(lazy)).toStrictEqual(touchpointBadges(whole));
    expect(evidenceLevels(lazy)).toStrictEqual(evidenceLevels(whole));
    expect(metricStageReports(lazy)).toStrictEqual(metricStageReports(whole));
    const reports = metricReports(lazy);
    expect(reports).toStrictEqual(metricReports(whole));
    expect(offTargets(lazy, reports)).toStrictEqual(offTargets(whole, metricReports(whole)));
    // Opening checks all but the values' ids, which the save worker checks meanwhile (from their objects).
    expect(checkJourney(lazy, { measureIds: false })).toMatchObject({ ok: true });
    expect(objects).not.toHaveBeenCalled();
    expect(checkJourney(lazy)).toMatchObject({ ok: true });
    // The values', then the notes'.
    expect(objects).toHaveBeenCalledTimes(2);
  });

  it("finds each touchpoint's latest value and its evidence whatever order the values are in", () => {
    const whole = variedJourney();
    const next = prng(11);
    const shuffled = { ...whole, metricValues: [...whole.metricValues].sort(() => next() - 0.5) };
    const sorted = <V>(map: Map<string, V>) => [...map].sort(([a], [b]) => (a < b ? -1 : 1));
    for (const journey of [shuffled, keptAsColumns(shuffled)]) {
      expect(sorted(touchpointBadges(journey))).toStrictEqual(sorted(touchpointBadges(whole)));
      expect(sorted(evidenceLevels(journey))).toStrictEqual(sorted(evidenceLevels(whole)));
    }
  });

  it('stays columns through the check of opening, and is the same journey wherever it is read', () => {
    const whole = variedJourney();
    const checked = checkJourney(keptAsColumns(whole));
    if (!checked.ok) throw new Error('expected a sound journey');
    const opened = checked.journey;
    expect(lazyMetricValues(opened)).toBeDefined();
    expect(lazyResearchNotes(opened)).toBeDefined();
    // Spread, cloned, serialised, drafted, frozen: every way a journey travels reads its values.
    expect({ ...opened }.metricValues).toStrictEqual(whole.metricValues);
    expect(structuredClone(opened)).toStrictEqual(whole);
    expect(JSON.parse(JSON.stringify(opened))).toStrictEqual(JSON.parse(JSON.stringify(whole)));
    const retitled = produce(opened, (draft) => {
      draft.title = 'Retitled';
    });
    expect(retitled).toStrictEqual({ ...whole, title: 'Retitled' });
    // The list made at the first read is the one every later read gets, and it reads as the same table.
    expect(retitled.metricValues).toBe(opened.metricValues);
    expect(valueTable(retitled)).toBe(valueTable(opened));
    expect(retitled.researchNotes).toBe(opened.researchNotes);
    expect(noteTable(retitled)).toBe(noteTable(opened));
    expect(Object.isFrozen(retitled.researchNotes[0]!.touchpointIds)).toBe(true);
    const edited = produce(opened, (draft) => {
      draft.metricValues[0]!.value = 99;
    });
    expect(edited.metricValues[0]!.value).toBe(99);
    expect(valueTable(edited).value(0)).toBe(99);
    expect(opened.metricValues[0]!.value).toBe(whole.metricValues[0]!.value);
  });

  it('says which value is wrong exactly as the objects would', () => {
    const whole = variedJourney();
    const broken = {
      ...whole,
      metricValues: whole.metricValues.map((v, i) =>
        i === 7
          ? { ...v, metricId: 'gone' }
          : i === 12
            ? { ...v, targetId: 'nowhere' }
            : // A stage's id where a touchpoint's is meant: found, but not among its type's.
              i === 20
              ? { ...v, targetType: 'touchpoint' as const, targetId: whole.stages[0]!.id }
              : i === whole.metricValues.length - 1
                ? { ...v, targetType: 'stage' as const, targetId: whole.touchpoints[0]!.id }
                : i === whole.metricValues.length - 2
                  ? { ...v, scenarioId: 'elsewhere' }
                  : v,
      ),
    };
    const fromColumns = checkJourney(keptAsColumns(broken));
    if (fromColumns.ok || fromColumns.fault.kind !== 'invariants') throw new Error('expected broken rules');
    expect(fromColumns.fault.violations.map((v) => [v.path, v.message])).toStrictEqual([
      ['metricValues[7].metricId', 'no metric with id "gone"'],
      ['metricValues[12].targetId', 'no touchpoint with id "nowhere"'],
      ['metricValues[20].targetId', `no touchpoint with id "${whole.stages[0]!.id}"`],
      [`metricValues[${whole.metricValues.length - 2}].scenarioId`, 'no scenario with id "elsewhere"'],
      [
        `metricValues[${whole.metricValues.length - 1}].targetId`,
        `no stage with id "${whole.touchpoints[0]!.id}"`,
      ],
    ]);
    expect(fromColumns).toStrictEqual(checkJourney(broken));
  });

  it('says which note is wrong exactly as the objects would', () => {
    const whole = variedJourney();
    const last = whole.researchNotes.length - 1;
    const broken = {
      ...whole,
      researchNotes: whole.researchNotes.map((n, i) =>
        i === 2
          ? { ...n, personaId: 'nobody' }
          : i === last
            ? { ...n, touchpointIds: [whole.touchpoints[0]!.id, 'nowhere'] }
            : n,
      ),
    };
    const fromColumns = checkJourney(keptAsColumns(broken));
    if (fromColumns.ok || fromColumns.fault.kind !== 'invariants') throw new Error('expected broken rules');
    expect(fromColumns.fault.violations.map((v) => [v.path, v.message])).toStrictEqual([
      ['researchNotes[2].personaId', 'no persona with id "nobody"'],
      [`researchNotes[${last}].touchpointIds[1]`, 'no touchpoint with id "nowhere"'],
    ]);
    expect(fromColumns).toStrictEqual(checkJourney(broken));
  });

  it('goes through the schema when its notes are not all as the schema makes them', () => {
    const whole = variedJourney();
    const { participant: _, ...withoutParticipant } = whole.researchNotes[1]!;
    const filled = {
      ...whole,
      researchNotes: whole.researchNotes.map((n, i) => (i === 1 ? (withoutParticipant as ResearchNote) : n)),
    };
    const checked = checkJourney(keptAsColumns(filled));
    if (!checked.ok) throw new Error('expected a sound journey');
    expect(lazyResearchNotes(checked.journey)).toBeUndefined();
    expect(lazyMetricValues(checked.journey)).toBeDefined();
    expect(checked.journey.researchNotes[1]).toStrictEqual({ ...withoutParticipant, participant: '' });
    const plain = checkJourney(filled);
    expect(checked.journey).toStrictEqual(plain.ok ? plain.journey : undefined);
  });

  it('goes through the schema when its values are not all as the schema makes them', () => {
    const whole = variedJourney();
    const { source: _, ...withoutSource } = whole.metricValues[3]!;
    const filled = {
      ...whole,
      metricValues: whole.metricValues.map((v, i) => (i === 3 ? (withoutSource as MetricValue) : v)),
    };
    const checked = checkJourney(keptAsColumns(filled));
    if (!checked.ok) throw new Error('expected a sound journey');
    expect(lazyMetricValues(checked.journey)).toBeUndefined();
    expect(checked.journey.metricValues[3]).toStrictEqual({ ...withoutSource, source: '' });
    const plain = checkJourney(filled);
    expect(checked.journey).toStrictEqual(plain.ok ? plain.journey : undefined);
  });
});

import { readFileSync } from 'node:fs';
import { applyPatches } from 'immer';
import { describe, expect, it } from 'vitest';
import {
  addResearchNotes,
  deleteMetric,
  deleteAxisItem,
  deleteTouchpoints,
  execute,
  linkResearchNotes,
  recordMetricValues,
  resolveConflict,
  addMetric,
} from '../../../src/commands';
import { FORMAT_VERSION, readTrayecto, writeTrayecto } from '../../../src/formats';
import { checkInvariants, cloneWithNewIds, scenarioView, type Journey } from '../../../src/model';
import { metricFromPreset } from '../../../src/templates';
import { mergedSoundly } from '../helpers/mergedSoundly';
import { smallJourney } from '../helpers/smallJourney';

const NOW = '2026-07-01T00:00:00.000Z';
const LATER = '2026-08-01T00:00:00.000Z';
const run = (journey: Journey, ...commands: Parameters<typeof execute>[1][]) =>
  commands.reduce((j, c) => execute(j, c, { now: NOW }).journey, journey);

/** The small journey with CSAT on t1 (two periods), a stage value, and two notes. */
function measured(): Journey {
  return run(
    smallJourney(),
    addMetric(metricFromPreset('csat', 'en', 'csat')),
    recordMetricValues([
      {
        id: 'v1',
        metricId: 'csat',
        targetType: 'touchpoint',
        targetId: 't1',
        period: '2026-Q2',
        value: 3.8,
        source: 'survey',
      },
      {
        id: 'v2',
        metricId: 'csat',
        targetType: 'touchpoint',
        targetId: 't3',
        period: '2026-Q2',
        value: 2.5,
        source: '',
      },
      {
        id: 'v3',
        metricId: 'csat',
        targetType: 'stage',
        targetId: 's2',
        scenarioId: 'today',
        period: '2026-Q2',
        value: 3,
        source: '',
      },
    ]),
    addResearchNotes([
      {
        id: 'n1',
        kind: 'quote',
        text: 'Too many forms',
        source: 'interview',
        participant: 'P3',
        personaId: 'p1',
        sentiment: -2,
        touchpointIds: ['t3'],
      },
      {
        id: 'n2',
        kind: 'observation',
        text: 'Waited 20 minutes',
        source: 'observation',
        participant: '',
        touchpointIds: [],
      },
    ]),
  );
}

describe('format version 3 (and on)', () => {
  it('reads the frozen v2 sample with empty metrics and research', () => {
    const v2 = readFileSync('tests/fixtures/good/sample-v2.trayecto', 'utf8');
    expect(JSON.parse(v2).version).toBe(2);
    const result = readTrayecto(v2);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value).toMatchObject({ metrics: [], metricValues: [], researchNotes: [] });
    expect(result.value.touchpoints.length).toBeGreaterThan(10);
    // Written back it is a file of the current version that reads to the same journey.
    const written = writeTrayecto(result.value);
    expect(JSON.parse(written).version).toBe(FORMAT_VERSION);
    expect(readTrayecto(written)).toEqual(result);
  });

  it('keeps metrics, values and research through a save and a reload', () => {
    const journey = measured();
    expect(checkInvariants(journey)).toEqual([]);
    const again = readTrayecto(writeTrayecto(journey));
    expect(again.ok && again.value).toEqual(journey);
  });

  it('refuses a value of a metric the map does not define, by its path', () => {
    const doc = JSON.parse(writeTrayecto(measured()));
    doc.journey.metricValues[1].metricId = 'nope';
    const result = readTrayecto(JSON.stringify(doc));
    expect(!result.ok && result.error).toMatchObject({
      kind: 'invalid',
      problems: [{ kind: 'noSuchTarget', target: 'metric', path: 'journey.metricValues[1].metricId' }],
    });
  });
});

describe('metric and research commands', () => {
  it('adds a new period to the history and replaces the same period', () => {
    const journey = run(
      measured(),
      recordMetricValues([
        {
          id: 'v9',
          metricId: 'csat',
          targetType: 'touchpoint',
          targetId: 't1',
          period: '2026-Q3',
          value: 4.2,
          source: '',
        },
        {
          id: 'v10',
          metricId: 'csat',
          targetType: 'touchpoint',
          targetId: 't3',
          period: '2026-Q2',
          value: 2.9,
          source: '',
        },
      ]),
    );
    expect(journey.metricValues.map((v) => [v.id, v.targetId, v.period, v.value])).toEqual([
      ['v1', 't1', '2026-Q2', 3.8],
      ['v2', 't3', '2026-Q2', 2.9],
      ['v3', 's2', '2026-Q2', 3],
      ['v9', 't1', '2026-Q3', 4.2],
    ]);
  });

  it('undoes a link with its inverse patches', () => {
    const before = measured();
    const linked = execute(before, linkResearchNotes(['n1', 'n2'], 't1'), { now: NOW });
    expect(linked.journey.researchNotes.map((n) => n.touchpointIds)).toEqual([['t3', 't1'], ['t1']]);
    const again = execute(linked.journey, linkResearchNotes(['n1'], 't1'), { now: LATER });
    expect(again.patches).toEqual([]);
    expect(applyPatches(linked.journey, linked.inversePatches)).toEqual(before);
  });

  it('takes values and links along when touchpoints, stages or metrics go, and keeps the notes', () => {
    let journey = run(measured(), deleteTouchpoints(['t3']));
    expect(journey.metricValues.map((v) => v.id)).toEqual(['v1', 'v3']);
    expect(journey.researchNotes.map((n) => n.touchpointIds)).toEqual([[], []]);
    journey = run(journey, deleteAxisItem('stages', 's2'));
    expect(journey.metricValues.map((v) => v.id)).toEqual(['v1']);
    journey = run(journey, deleteMetric('csat'));
    expect(journey.metricValues).toEqual([]);
    expect(journey.researchNotes).toHaveLength(2);
    expect(checkInvariants(journey)).toEqual([]);
  });

  it('copies references with new ids and shows one scenario its own', () => {
    const copy = cloneWithNewIds(measured());
    expect(checkInvariants(copy)).toEqual([]);
    expect(copy.metricValues[0]!.metricId).toBe(copy.metrics[0]!.id);
    expect(checkInvariants(scenarioView(measured(), 'today'))).toEqual([]);
  });
});

describe('merging metrics and research', () => {
  it('unites them by id and shows a conflict for a value changed on both sides', () => {
    const base = measured();
    const mine = run(base, recordMetricValues([{ ...base.metricValues[0]!, value: 4 }]));
    const theirs = execute(
      base,
      addResearchNotes([
        {
          id: 'n3',
          kind: 'quote',
          text: 'Loved the test drive',
          source: 'survey',
          participant: '',
          touchpointIds: ['t1'],
        },
      ]),
      { now: LATER },
    ).journey;
    const theirsChanged = execute(theirs, recordMetricValues([{ ...base.metricValues[0]!, value: 3.1 }]), {
      now: LATER,
    }).journey;
    const { journey, summary } = mergedSoundly(mine, theirsChanged, { now: LATER });
    expect(journey.researchNotes.map((n) => n.id)).toEqual(['n1', 'n2', 'n3']);
    expect(summary.newItems).toMatchObject({ researchNotes: 1, metricValues: 0 });
    expect(journey.conflicts).toHaveLength(1);
    expect(journey.conflicts![0]).toMatchObject({ itemType: 'metricValue', itemId: 'v1', kept: 'theirs' });
    expect(journey.metricValues[0]!.value).toBe(3.1);
    const settled = execute(journey, resolveConflict(journey.conflicts![0]!.id, 'mine'), {
      now: LATER,
    }).journey;
    expect(settled.metricValues[0]!.value).toBe(4);
    expect(settled.conflicts).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import {
  evidenceByTouchpoint,
  evidenceLevel,
  evidenceLevels,
  filterResearch,
  linkedOnce,
  suggestedEmotion,
} from '../../../src/analytics';
import { smallJourney } from '../helpers/smallJourney';
import { metricValue, researchNote as note } from '../helpers/measuredJourney';

describe('evidence', () => {
  it('is assumed with no note, some with one or two, supported with three or a metric', () => {
    expect([0, 1, 2, 3, 4].map((n) => evidenceLevel(n, false))).toEqual([
      'assumed',
      'some',
      'some',
      'supported',
      'supported',
    ]);
    expect(evidenceLevel(0, true)).toBe('supported');
    const journey = {
      ...smallJourney(),
      researchNotes: [note('n1', ['t1', 't2']), note('n2', ['t1']), note('n3', ['t1']), note('n4', ['t2'])],
      metricValues: [metricValue({ metricId: 'm', targetId: 't5', value: 1 })],
    };
    const evidence = evidenceByTouchpoint(journey);
    expect(Object.fromEntries([...evidence].map(([id, e]) => [id, e.level]))).toEqual({
      t1: 'supported',
      t2: 'some',
      t3: 'assumed',
      t4: 'assumed',
      t5: 'supported',
    });
    expect(evidence.get('t2')).toEqual({ notes: 2, measured: false, level: 'some' });
    // What the cards show: the same levels, for the touchpoints with any evidence only.
    expect(Object.fromEntries(evidenceLevels(journey))).toEqual({
      t1: 'supported',
      t2: 'some',
      t5: 'supported',
    });
    // A note that names a touchpoint twice is one note about it.
    const twice = { ...journey, researchNotes: [note('n5', ['t3', 't3', 't3'])] };
    expect(evidenceByTouchpoint(twice).get('t3')).toEqual({ notes: 1, measured: false, level: 'some' });
    expect(evidenceLevels(twice).get('t3')).toBe('some');
  });

  it("counts each of a note's touchpoints once, however long its list", () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `t${i}`);
    // Nothing repeated: the list itself, short or long.
    for (const list of [[], ['t1'], ['t1', 't2'], ids(8), ids(9), ids(200)])
      expect(linkedOnce(list)).toBe(list);
    // A repeat anywhere, first or last, near or far: each once, in the order first linked.
    expect(linkedOnce(['t1', 't1'])).toEqual(['t1']);
    expect(linkedOnce(['t1', 't2', 't3', 't2'])).toEqual(['t1', 't2', 't3']);
    expect(linkedOnce([...ids(8).slice(0, 7), 't0'])).toEqual(ids(7));
    expect(linkedOnce([...ids(150), 't149', 't0'])).toEqual(ids(150));
    const journey = {
      ...smallJourney(),
      researchNotes: [note('n1', [...ids(12), 't3', 't3']), note('n2', ['t3', 't4', 't3'])],
    };
    expect(evidenceByTouchpoint(journey).get('t3')?.notes).toBe(2);
    expect(evidenceByTouchpoint(journey).get('t5')?.notes).toBe(1);
  });
});

describe('suggested emotion', () => {
  const journey = (...sentiments: (number | undefined)[]) => ({
    researchNotes: sentiments.map((sentiment, i) =>
      note(`n${i}`, ['t1'], sentiment === undefined ? {} : { sentiment }),
    ),
  });
  it('is the mean of the linked sentiments rounded to one of the seven scores', () => {
    expect(suggestedEmotion(journey(1, 2, 2), 't1')).toEqual({ score: 2, from: 3 }); // 1.67 → 2
    expect(suggestedEmotion(journey(-2, -1), 't1')).toEqual({ score: -2, from: 2 }); // −1.5 → −2
    expect(suggestedEmotion(journey(1, 2), 't1')).toEqual({ score: 2, from: 2 }); // 1.5 → 2
    expect(suggestedEmotion(journey(-1, 1, undefined), 't1')).toEqual({ score: 0, from: 2 });
    expect(Object.is(suggestedEmotion(journey(-1, 1, -0.0), 't1')!.score, -0)).toBe(false);
  });
  it('is nothing without a sentiment', () => {
    expect(suggestedEmotion(journey(undefined), 't1')).toBeNull();
    expect(suggestedEmotion(journey(3), 't2')).toBeNull();
  });
});

describe('research filters', () => {
  const notes = [
    note('a', ['t1'], { source: 'survey', personaId: 'p1' }),
    note('b', [], { source: 'interview', personaId: 'p2' }),
    note('c', ['t2'], { source: 'interview' }),
  ];
  it('filters by source, persona, touchpoint and unlinked', () => {
    const ids = (filter: Parameters<typeof filterResearch>[1]) =>
      filterResearch(notes, filter).map((n) => n.id);
    expect(ids({})).toEqual(['a', 'b', 'c']);
    expect(ids({ source: 'interview' })).toEqual(['b', 'c']);
    expect(ids({ personaId: 'p1' })).toEqual(['a']);
    expect(ids({ touchpointId: 't2' })).toEqual(['c']);
    expect(ids({ unlinked: true })).toEqual(['b']);
  });
});

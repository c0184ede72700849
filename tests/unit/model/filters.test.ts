import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  isOpenNote,
  isOpenPainPoint,
  NO_FILTERS,
  openNotesByTarget,
  touchpointFilter,
  type Annotation,
  type Filters,
  type Journey,
} from '../../../src/model';
import { smallJourney } from '../helpers/smallJourney';

/*
 * smallJourney(), by hand:
 *   Laura (p1):  s1 t1 +2, t2 +1 · s2 t3 −2          Carlos (p2): s2 t4 0 · s3 t5 +3      (all on Web)
 *   notes: a1 open pain point on t3; a2 open opportunity on stage s2
 * Here t2 is also on Phone, and three notes are added: an open pain point on t3 (its second), a resolved
 * pain point on t5 and an open question on t1.
 */
function journey(): Journey {
  const j = smallJourney();
  j.touchpoints[1]!.channelIds = ['web', 'phone'];
  const note = (id: string, targetId: string, kind: Annotation['kind'], status: Annotation['status']) => ({
    ...j.annotations[0]!,
    id,
    targetId,
    kind,
    status,
  });
  j.annotations.push(
    note('a3', 't3', 'pain-point', 'open'),
    note('a4', 't5', 'pain-point', 'resolved'),
    note('a5', 't1', 'question', 'open'),
  );
  return j;
}

const shown = (filters: Partial<Filters>) => {
  const j = journey();
  return j.touchpoints.filter(touchpointFilter(j, { ...NO_FILTERS, ...filters })).map((t) => t.id);
};

describe('open notes', () => {
  it('tells open notes and open pain points apart from resolved ones and other kinds', () => {
    const [a1, a2, a3, a4, a5] = journey().annotations;
    expect([a1, a2, a3, a4, a5].map((a) => isOpenNote(a!))).toEqual([true, true, true, false, true]);
    expect([a1, a2, a3, a4, a5].map((a) => isOpenPainPoint(a!))).toEqual([true, false, true, false, false]);
  });

  it('counts open notes and open pain points by what they are pinned to', () => {
    const { notes, painPoints } = openNotesByTarget(journey().annotations);
    // t3: a1 + a3 (both pain points); s2: a2; t1: a5; t5's pain point is resolved.
    expect(Object.fromEntries(notes)).toEqual({ t3: 2, s2: 1, t1: 1 });
    expect(Object.fromEntries(painPoints)).toEqual({ t3: 2 });
  });
});

describe('filters', () => {
  it('let everything through when empty', () => {
    expect(shown({})).toEqual(['t1', 't2', 't3', 't4', 't5']);
    expect(activeFilterCount(NO_FILTERS)).toBe(0);
  });

  it('match each kind of choice: persona, any chosen channel, valence, open pain points', () => {
    expect(shown({ personaIds: ['p2'] })).toEqual(['t4', 't5']);
    expect(shown({ channelIds: ['phone'] })).toEqual(['t2']);
    expect(shown({ channelIds: ['phone', 'web'] })).toEqual(['t1', 't2', 't3', 't4', 't5']);
    expect(shown({ valences: ['negative', 'neutral'] })).toEqual(['t3', 't4']);
    // t5's pain point is resolved and a stage's notes are not a touchpoint's.
    expect(shown({ openPainPointsOnly: true })).toEqual(['t3']);
  });

  it('need every chosen kind to match at once', () => {
    expect(shown({ personaIds: ['p1'], valences: ['positive'] })).toEqual(['t1', 't2']);
    expect(shown({ personaIds: ['p2'], openPainPointsOnly: true })).toEqual([]);
  });

  it('count one per choice', () => {
    const filters: Filters = {
      personaIds: ['p1', 'p2'],
      channelIds: ['web'],
      valences: ['positive'],
      openPainPointsOnly: true,
    };
    expect(activeFilterCount(filters)).toBe(5);
  });
});

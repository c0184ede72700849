import { describe, expect, it } from 'vitest';
import {
  ownedBy,
  ownersPerStage,
  quadrantOf,
  rankPlan,
  touchpointsWithoutOwner,
} from '../../../src/analytics';
import { checkInvariants } from '../../../src/model';
import { blueprintJourney } from '../helpers/blueprintJourney';

describe('who carries each stage', () => {
  it('is a valid journey', () => {
    expect(checkInvariants(blueprintJourney())).toEqual([]);
  });

  it('counts each owner’s items per stage, most first, by hand', () => {
    expect(ownersPerStage(blueprintJourney())).toEqual([
      {
        stageId: 's1',
        stage: 'Awareness',
        owners: [{ ownerId: 'sales', owner: 'Sales', items: 1 }],
        unowned: 0,
      },
      {
        stageId: 's2',
        stage: 'Purchase',
        owners: [
          { ownerId: 'ops', owner: 'Operations', items: 2 },
          { ownerId: 'sales', owner: 'Sales', items: 1 },
        ],
        unowned: 0,
      },
      { stageId: 's3', stage: 'Loyalty', owners: [], unowned: 1 },
    ]);
  });

  it('lists the touchpoints no owned item serves, in stage order', () => {
    // t1, t2 (Sales' b1) and t3 (Operations' b2) are owned; t5 is served only by the unowned b5.
    expect(touchpointsWithoutOwner(blueprintJourney()).map((t) => t.id)).toEqual(['t4', 't5']);
  });

  it('filters pain points by the owner answering for their target', () => {
    const journey = blueprintJourney();
    const pains = journey.annotations.filter((a) => a.kind === 'pain-point');
    expect(pains.filter(ownedBy(journey, 'ops')).map((a) => a.id)).toEqual([
      'pain-t3-high',
      'pain-t3-low',
      'pain-s2',
    ]);
    expect(pains.filter(ownedBy(journey, 'sales')).map((a) => a.id)).toEqual(['pain-t1-high', 'pain-s2']);
  });
});

describe('the action plan', () => {
  it('ranks by impact ÷ effort, then by the pain relieved, unscored last (hand-ranked)', () => {
    const ranked = rankPlan(blueprintJourney());
    expect(ranked.map((r) => r.opportunity.id)).toEqual([
      'o-ratio5', // 5 ÷ 1
      'o-ratio2b', // 2 ÷ 1, relieves two open pain points on t3
      'o-ratio2a', // 4 ÷ 2, relieves one on t1
      'o-ratio1', // 2 ÷ 2
      'o-unscored', // no effort yet
    ]);
    expect(ranked[1]).toMatchObject({
      ratio: 2,
      quadrant: 'fill-in', // impact 2 is low
      pain: { count: 2, severity: 4 },
      plan: { impact: 2, effort: 1, ownerId: 'ops', due: '2027-01-31', status: 'in-progress' },
    });
    expect(ranked[4]).toMatchObject({ ratio: null, quadrant: null, pain: { count: 2, severity: 4 } });
  });

  it('breaks an equal ratio and equal pain count by severity', () => {
    const journey = blueprintJourney();
    // o-ratio2a moves to t3's twin in pain count: one high pain point on t4 vs. one low on t2.
    journey.annotations.push(
      { ...journey.annotations[0]!, id: 'pain-t4', targetId: 't4', priority: 'high' },
      { ...journey.annotations[0]!, id: 'pain-t2', targetId: 't2', priority: 'low' },
      { ...journey.annotations[4]!, id: 'o-t2', targetId: 't2' },
      { ...journey.annotations[4]!, id: 'o-t4', targetId: 't4' },
    );
    journey.plan.push(
      { id: 'o-t2', impact: 1, effort: 5, status: 'idea', updatedAt: journey.updatedAt },
      { id: 'o-t4', impact: 1, effort: 5, status: 'idea', updatedAt: journey.updatedAt },
    );
    const ids = rankPlan(journey).map((r) => r.opportunity.id);
    expect(ids.indexOf('o-t4')).toBe(ids.indexOf('o-t2') - 1);
  });

  it('names the quadrants with 3 and above as high', () => {
    expect([quadrantOf(3, 2), quadrantOf(3, 3), quadrantOf(2, 2), quadrantOf(2, 5)]).toEqual([
      'quick-win',
      'big-bet',
      'fill-in',
      'money-pit',
    ]);
  });
});

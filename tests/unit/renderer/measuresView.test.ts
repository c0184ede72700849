import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import {
  cardMeasures,
  notesByTouchpoint,
  shownStageReports,
  valuesByTarget,
} from '../../../renderer/metrics/measuresView';
import type { Journey } from '../../../src/model';
import {
  measuredJourney,
  researchNote,
  metricValue as value,
  presetMetric,
} from '../helpers/measuredJourney';

const journey = () =>
  measuredJourney(
    [{ ...presetMetric('csat'), target: 4, warning: null }],
    [
      value({ metricId: 'csat', targetId: 't1', value: 3 }),
      value({ metricId: 'csat', targetId: 't1', value: 5, period: '2026-Q3' }),
      value({ metricId: 'csat', targetId: 't3', value: 2 }),
    ],
  );

describe("the cards' badges and evidence", () => {
  it("show each touchpoint's latest value against its target, and the levels of those with evidence", () => {
    const { badges, evidence } = cardMeasures(journey());
    expect(badges.get('t1')).toEqual([
      { metricId: 'csat', metric: 'CSAT', unit: '', value: 5, status: 'on' },
    ]);
    expect(badges.get('t3')).toEqual([
      { metricId: 'csat', metric: 'CSAT', unit: '', value: 2, status: 'off' },
    ]);
    expect(badges.get('t2')).toBeUndefined();
    // Made once for the card that asks, in order of the touchpoints' first value.
    expect(badges.get('t1')).toBe(badges.get('t1'));
    expect(badges.touchpointIds).toEqual(['t1', 't3']);
    expect(Object.fromEntries(evidence)).toEqual({ t1: 'supported', t3: 'supported' });
  });

  it('are not worked out again for an edit that leaves the metrics, their values and the notes alone', () => {
    const before = journey();
    const first = cardMeasures(before);
    const retitled = produce(before, (draft) => {
      draft.touchpoints[0]!.title = 'Renamed';
    });
    expect(retitled.metricValues).toBe(before.metricValues);
    const again = cardMeasures(retitled);
    expect(again.badges).toBe(first.badges);
    expect(again.evidence).toBe(first.evidence);
  });

  it("follow a change of the metric's target, of a value and of the notes", () => {
    const before = journey();
    const first = cardMeasures(before);
    const target = produce(before, (draft) => {
      draft.metrics[0]!.target = 6;
    });
    expect(cardMeasures(target).badges.get('t1')![0]!.status).toBe('off');
    expect(cardMeasures(target).evidence).toBe(first.evidence);

    const revalued = produce(before, (draft) => {
      draft.metricValues[2]!.value = 4.5;
    });
    expect(cardMeasures(revalued).badges.get('t3')![0]).toMatchObject({ value: 4.5, status: 'on' });

    const badges = cardMeasures(before).badges;
    const noted = produce(before, (draft) => {
      draft.researchNotes.push(researchNote('n1', ['t2']));
    });
    expect(cardMeasures(noted).evidence.get('t2')).toBe('some');
    expect(cardMeasures(noted).badges).toBe(badges);
  });
});

describe('the metrics row', () => {
  const figure = (map: Journey, stageId: string) =>
    shownStageReports(map)[0]!.stages.find((s) => s.stageId === stageId)!;

  it("is each stage's latest figure, with its history", () => {
    // t1 (s1) has 3 then 5 in 2026-Q3; t3 (s2) has 2 in no period: the latest period is 2026-Q3.
    expect(figure(journey(), 's1')).toMatchObject({ value: 5, status: 'on' });
    expect(figure(journey(), 's1').history).toEqual([
      { period: '', value: 3 },
      { period: '2026-Q3', value: 5 },
    ]);
    expect(figure(journey(), 's2')).toMatchObject({
      value: null,
      history: [
        { period: '', value: 2 },
        { period: '2026-Q3', value: null },
      ],
    });
  });

  it('is not worked out again when a card is retitled or moved within its stage', () => {
    const before = journey();
    const first = shownStageReports(before);
    const edited = produce(before, (draft) => {
      draft.touchpoints[0]!.title = 'Renamed';
      draft.touchpoints.reverse();
    });
    expect(shownStageReports(edited)).toBe(first);
  });

  it('follows a card to another stage, a renamed stage and a changed target', () => {
    const before = journey();
    shownStageReports(before);
    const moved = produce(before, (draft) => {
      draft.touchpoints.find((t) => t.id === 't1')!.stageId = 's3';
    });
    expect(figure(moved, 's1').value).toBeNull();
    expect(figure(moved, 's3').value).toBe(5);
    const renamed = produce(before, (draft) => {
      draft.stages[0]!.name = 'Looking around';
    });
    expect(figure(renamed, 's1').stage).toBe('Looking around');
    const target = produce(before, (draft) => {
      draft.metrics[0]!.target = 6;
    });
    expect(figure(target, 's1').status).toBe('off');
  });
});

describe('the indexes the inspector reads', () => {
  it("give a stage's or a touchpoint's values and a touchpoint's notes in the lists' order, once per list", () => {
    const values = [
      value({ metricId: 'csat', targetId: 't1', value: 3 }),
      value({ metricId: 'csat', targetType: 'stage', targetId: 't1', value: 4 }),
      value({ metricId: 'csat', targetId: 't2', value: 2 }),
      value({ metricId: 'nps', targetId: 't1', value: 10 }),
    ];
    const index = valuesByTarget(values);
    expect(index.touchpoint.get('t1')).toEqual([values[0], values[3]]);
    expect(index.stage.get('t1')).toEqual([values[1]]);
    expect(index.touchpoint.has('t3')).toBe(false);
    expect(valuesByTarget(values)).toBe(index);

    const notes = [
      researchNote('n1', ['t1', 't2']),
      researchNote('n2', ['t2', 't2']),
      researchNote('n3', ['t1']),
    ];
    expect(
      notesByTouchpoint(notes)
        .get('t1')!
        .map((n) => n.id),
    ).toEqual(['n1', 'n3']);
    expect(
      notesByTouchpoint(notes)
        .get('t2')!
        .map((n) => n.id),
    ).toEqual(['n1', 'n2']);
  });
});

import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { cardMeasures } from '../../../renderer/metrics/measuresView';
import { measuredJourney, metricValue as value, presetMetric } from '../helpers/measuredJourney';

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
    expect(badges.has('t2')).toBe(false);
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
      draft.researchNotes.push({
        id: 'n1',
        kind: 'quote',
        text: 'Hard to find the button',
        source: 'interview',
        participant: '',
        touchpointIds: ['t2'],
        createdAt: before.updatedAt,
        updatedAt: before.updatedAt,
      });
    });
    expect(cardMeasures(noted).evidence.get('t2')).toBe('some');
    expect(cardMeasures(noted).badges).toBe(badges);
  });
});

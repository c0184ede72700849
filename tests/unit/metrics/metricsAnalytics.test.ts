import { describe, expect, it } from 'vitest';
import {
  aggregateValues,
  formatFigure,
  metricReports,
  metricStageReports,
  MIN_CORRELATION_PAIRS,
  npsFromCounts,
  offTargets,
  targetStatus,
  touchpointBadges,
} from '../../../src/analytics';
import { measuredJourney, metricValue as value, presetMetric } from '../helpers/measuredJourney';

const stage = (reports: ReturnType<typeof metricReports>, metricId: string, stageId: string) =>
  reports.find((r) => r.metricId === metricId)!.stages.find((s) => s.stageId === stageId)!;

describe('stage aggregates per metric kind', () => {
  it('averages scores: CSAT 4, 3 and 5 in one stage is 4', () => {
    const csat = presetMetric('csat');
    const journey = measuredJourney(
      [csat],
      [
        value({ metricId: 'csat', targetId: 't1', value: 4 }),
        value({ metricId: 'csat', targetId: 't2', value: 3 }),
        value({ metricId: 'csat', targetId: 't1', value: 5, period: 'x' }),
      ],
    );
    // Only the latest period counts: 'x' sorts after ''.
    expect(stage(metricReports(journey), 'csat', 's1').value).toBe(5);
    expect(aggregateValues(csat, journey.metricValues)).toBe(4);
  });

  it('computes an NPS from promoter, passive and detractor counts, not from the mean of the two scores', () => {
    const journey = measuredJourney(
      [presetMetric('nps')],
      [
        // 50/30/20 → 30; 10/10/30 → −40; together 60/40/50 of 150 → (60−50)/150 = 6.67.
        value({
          metricId: 'nps',
          targetId: 't1',
          value: 30,
          counts: { promoters: 50, passives: 30, detractors: 20 },
        }),
        value({
          metricId: 'nps',
          targetId: 't2',
          value: -40,
          counts: { promoters: 10, passives: 10, detractors: 30 },
        }),
      ],
    );
    expect(npsFromCounts({ promoters: 50, passives: 30, detractors: 20 })).toBe(30);
    expect(npsFromCounts({ promoters: 0, passives: 0, detractors: 0 })).toBeNull();
    expect(stage(metricReports(journey), 'nps', 's1').value).toBeCloseTo(6.667, 3);
  });

  it('sums volumes, durations and costs', () => {
    const journey = measuredJourney(
      [presetMetric('volume'), presetMetric('timeToComplete'), presetMetric('costToServe')],
      [
        value({ metricId: 'volume', targetId: 't3', value: 120 }),
        value({ metricId: 'volume', targetId: 't4', value: 80 }),
        value({ metricId: 'timeToComplete', targetId: 't3', value: 12.5 }),
        value({ metricId: 'timeToComplete', targetId: 't4', value: 30 }),
        value({ metricId: 'costToServe', targetId: 't3', value: 40 }),
      ],
    );
    const reports = metricReports(journey);
    expect(stage(reports, 'volume', 's2').value).toBe(200);
    expect(stage(reports, 'timeToComplete', 's2').value).toBe(42.5);
    expect(stage(reports, 'costToServe', 's2').value).toBe(40);
    expect(stage(reports, 'volume', 's1')).toMatchObject({ value: null, from: null, status: null });
  });

  it('weights conversion by each touchpoint’s sample: 10 % of 200 and 40 % of 50 is 16 %', () => {
    const journey = measuredJourney(
      [presetMetric('conversion')],
      [
        value({ metricId: 'conversion', targetId: 't3', value: 10, sample: 200 }),
        value({ metricId: 'conversion', targetId: 't4', value: 40, sample: 50 }),
      ],
    );
    expect(stage(metricReports(journey), 'conversion', 's2').value).toBe(16);
  });

  it('takes a stage’s own value over its touchpoints’ values', () => {
    const journey = measuredJourney(
      [presetMetric('csat')],
      [
        value({ metricId: 'csat', targetId: 't1', value: 2 }),
        value({ metricId: 'csat', targetType: 'stage', targetId: 's1', value: 4.5, target: 4.8 }),
      ],
    );
    expect(stage(metricReports(journey), 'csat', 's1')).toMatchObject({
      value: 4.5,
      from: 'stage',
      target: 4.8,
      status: 'near',
    });
  });
});

describe('targets', () => {
  it('reads each direction and the warning threshold', () => {
    // CSAT: higher is better, target 4, warning 3.5.
    expect(targetStatus(4.2, 4, 3.5, 'higher')).toBe('on');
    expect(targetStatus(4, 4, 3.5, 'higher')).toBe('on');
    expect(targetStatus(3.6, 4, 3.5, 'higher')).toBe('near');
    expect(targetStatus(3, 4, 3.5, 'higher')).toBe('off');
    // CES: lower is better, target 3, warning 4.
    expect(targetStatus(2.5, 3, 4, 'lower')).toBe('on');
    expect(targetStatus(3.5, 3, 4, 'lower')).toBe('near');
    expect(targetStatus(5, 3, 4, 'lower')).toBe('off');
    // No warning threshold: anything short of the target is off; no target: no standing.
    expect(targetStatus(3.9, 4, null, 'higher')).toBe('off');
    expect(targetStatus(1, null, null, 'higher')).toBeNull();
  });

  it('lists what is off target, off before near, the farthest first', () => {
    const journey = measuredJourney(
      [presetMetric('csat'), presetMetric('ces')],
      [
        value({ metricId: 'csat', targetId: 't1', value: 3.6 }), // near, gap 0.4/4 = 0.1
        value({ metricId: 'csat', targetId: 't3', value: 3 }), // off, gap 1/4 = 0.25
        value({ metricId: 'csat', targetId: 't5', value: 4.5 }), // on
        value({ metricId: 'ces', targetId: 't4', value: 6.1 }), // off, gap 3.1/6 ≈ 0.52
      ],
    );
    const list = offTargets(journey, metricReports(journey));
    // Equal gaps keep the report's order: a metric's stages before its touchpoints.
    expect(list.map((o) => [o.metric, o.where, o.name, o.status])).toEqual([
      ['CES', 'stage', 'Purchase', 'off'], // the stage's CES is t4's 6.1
      ['CES', 'touchpoint', 'T4', 'off'],
      ['CSAT', 'stage', 'Purchase', 'off'], // the stage's CSAT is t3's 3
      ['CSAT', 'touchpoint', 'T3', 'off'],
      ['CSAT', 'stage', 'Awareness', 'near'],
      ['CSAT', 'touchpoint', 'T1', 'near'],
    ]);
    expect(list[0]!.gap).toBeCloseTo(3.1 / 6, 5);
  });
});

describe('period history', () => {
  it('keeps each period’s stage figure, oldest first, and reports the latest', () => {
    const journey = measuredJourney(
      [presetMetric('csat')],
      [
        value({ metricId: 'csat', targetId: 't1', value: 3, period: '2026-Q2' }),
        value({ metricId: 'csat', targetId: 't2', value: 4, period: '2026-Q2' }),
        value({ metricId: 'csat', targetId: 't1', value: 4.4, period: '2026-Q3' }),
        value({ metricId: 'csat', targetId: 't3', value: 2, period: '2026-Q1' }),
      ],
    );
    const report = metricReports(journey)[0]!;
    expect(report.periods).toEqual(['2026-Q1', '2026-Q2', '2026-Q3']);
    expect(report.period).toBe('2026-Q3');
    expect(stage([report], 'csat', 's1').history).toEqual([
      { period: '2026-Q1', value: null },
      { period: '2026-Q2', value: 3.5 },
      { period: '2026-Q3', value: 4.4 },
    ]);
    expect(touchpointBadges(journey).get('t1')).toEqual([
      { metricId: 'csat', metric: 'CSAT', unit: '', value: 4.4, status: 'on' },
    ]);
    // The metrics row's figures are the reports' own, without the touchpoints' (only Insights lists them).
    const { touchpoints: _t, correlation: _c, ...stages } = report;
    expect(metricStageReports(journey)).toStrictEqual([stages]);
  });

  it("puts a card's badges in the metrics' order, whatever the order of the values", () => {
    const journey = measuredJourney(
      [presetMetric('csat'), presetMetric('nps'), presetMetric('conversion')],
      [
        value({ metricId: 'conversion', targetId: 't1', value: 12 }),
        value({ metricId: 'csat', targetId: 't2', value: 3 }),
        value({ metricId: 'csat', targetId: 't1', value: 4, period: '2026-Q1' }),
        value({ metricId: 'csat', targetId: 't1', value: 2, period: '2025-Q4' }),
      ],
    );
    const badges = touchpointBadges(journey);
    expect(badges.get('t1')!.map((b) => [b.metricId, b.value])).toEqual([
      ['csat', 4],
      ['conversion', 12],
    ]);
    expect(badges.get('t2')!.map((b) => b.metricId)).toEqual(['csat']);
    expect(badges.has('t3')).toBe(false);
  });
});

describe('correlation with emotion', () => {
  it(`says nothing below ${MIN_CORRELATION_PAIRS} touchpoints, and r from there`, () => {
    // Emotions of t1..t5 are 2, 1, −2, 0, 3; CSAT = emotion + 3 is perfectly correlated.
    const emotions = { t1: 2, t2: 1, t3: -2, t4: 0, t5: 3 };
    const all = Object.entries(emotions).map(([t, e]) =>
      value({ metricId: 'csat', targetId: t, value: e + 3 }),
    );
    expect(metricReports(measuredJourney([presetMetric('csat')], all.slice(0, 4)))[0]!.correlation).toEqual({
      pairs: 4,
      r: null,
    });
    const { correlation } = metricReports(measuredJourney([presetMetric('csat')], all))[0]!;
    expect(correlation.pairs).toBe(5);
    expect(correlation.r).toBeCloseTo(1, 10);
  });
});

describe('figures as people read them', () => {
  it('writes one decimal below 100 and none from there, in the language asked, with the unit after', () => {
    expect(formatFigure(4.25, '', 'en')).toBe('4.3');
    expect(formatFigure(4.25, '', 'es')).toBe('4,3');
    expect(formatFigure(1234.5, '€', 'es')).toBe('1235 €');
    expect(formatFigure(12345.6, '€', 'en')).toBe('12,346 €');
    expect(formatFigure(-12.04, '%', 'en')).toBe('-12 %');
    expect(formatFigure(99.96, 'min', 'es')).toBe('100 min');
    // The same words, for every value and language, as a number writes itself.
    for (const language of ['en', 'es'])
      for (const value of [0, -0, 0.05, 7, 99.94, 100, -150.5, 2_000_000.4])
        expect(formatFigure(value, '', language)).toBe(
          value.toLocaleString(language, { maximumFractionDigits: Math.abs(value) >= 100 ? 0 : 1 }),
        );
  });
});

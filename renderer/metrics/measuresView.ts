import {
  evidenceByTouchpoint,
  metricReports,
  metricStageReports,
  touchpointBadges,
  type EvidenceLevel,
  type MetricReport,
  type MetricStageReport,
  type TouchpointBadge,
} from '../../src/analytics';
import type { Journey } from '../../src/model';

/** One metric's latest value on a card. */
export type CardBadge = TouchpointBadge;

export interface CardMeasures {
  badges: Map<string, CardBadge[]>;
  evidence: Map<string, EvidenceLevel>;
}

// Computed once per journey state (immer gives a new object per edit), shared by the canvas and panels.
const cardCache = new WeakMap<Journey, CardMeasures>();
const reportCache = new WeakMap<Journey, MetricReport[]>();
const stageReportCache = new WeakMap<Journey, MetricStageReport[]>();

export function cardMeasures(journey: Journey): CardMeasures {
  let measures = cardCache.get(journey);
  if (!measures) {
    measures = {
      badges: touchpointBadges(journey),
      evidence: new Map([...evidenceByTouchpoint(journey)].map(([id, e]) => [id, e.level])),
    };
    cardCache.set(journey, measures);
  }
  return measures;
}

/** The metrics per stage of the journey on show (a one-scenario view): the metrics row, without what only Insights shows. */
export function shownStageReports(journey: Journey): MetricStageReport[] {
  let reports = stageReportCache.get(journey);
  if (!reports) stageReportCache.set(journey, (reports = metricStageReports(journey)));
  return reports;
}

/** The metric reports of the journey on show (a one-scenario view). */
export function shownReports(journey: Journey): MetricReport[] {
  let reports = reportCache.get(journey);
  if (!reports) reportCache.set(journey, (reports = metricReports(journey)));
  return reports;
}

/** The most metric lines a stage's metrics row shows. */
export const METRICS_ROW_LINES = 5;
const LINE = 22;

/** Height of the metrics row under the stage headers: none without a measured metric. */
export function metricsRowHeight(journey: Journey): number {
  // Counted only as far as the row's lines: a measured map has tens of thousands of values.
  const measured = new Set<string>();
  const most = Math.min(METRICS_ROW_LINES, journey.metrics.length);
  for (const value of journey.metricValues) {
    if (measured.size >= most) break;
    measured.add(value.metricId);
  }
  return measured.size === 0 ? 0 : 12 + LINE * measured.size;
}

// Shared with the exports' card badges.
export { formatFigure, STATUS_SYMBOL } from '../../src/analytics';

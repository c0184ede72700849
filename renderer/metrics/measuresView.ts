import {
  evidenceLevels,
  metricReports,
  metricStageReports,
  touchpointBadges,
  type EvidenceLevel,
  type MetricReport,
  type MetricStageReport,
  type TouchpointBadge,
} from '../../src/analytics';
import type { Journey, Metric, MetricValue, ResearchNote } from '../../src/model';

/** One metric's latest value on a card. */
export type CardBadge = TouchpointBadge;

export interface CardMeasures {
  badges: Map<string, CardBadge[]>;
  evidence: Map<string, EvidenceLevel>;
}

// Computed once per journey state (immer gives a new object per edit), shared by the canvas and panels.
const reportCache = new WeakMap<Journey, MetricReport[]>();
const stageReportCache = new WeakMap<Journey, MetricStageReport[]>();
// The cards' badges and evidence, by the lists they come from: immer keeps a list an edit leaves alone, so
// typing a title on a measured map does not go over its tens of thousands of values again.
const badgeCache = new WeakMap<
  readonly MetricValue[],
  { metrics: readonly Metric[]; badges: Map<string, CardBadge[]> }
>();
const evidenceCache = new WeakMap<
  readonly ResearchNote[],
  { values: readonly MetricValue[]; evidence: Map<string, EvidenceLevel> }
>();

/** Each touchpoint's badges, and the evidence level of those with any evidence (any other is assumed). */
export function cardMeasures(journey: Journey): CardMeasures {
  const { metrics, metricValues: values, researchNotes: notes } = journey;
  let badges = badgeCache.get(values);
  if (badges?.metrics !== metrics)
    badgeCache.set(values, (badges = { metrics, badges: touchpointBadges(journey) }));
  let evidence = evidenceCache.get(notes);
  if (evidence?.values !== values)
    evidenceCache.set(notes, (evidence = { values, evidence: evidenceLevels(journey) }));
  return { badges: badges.badges, evidence: evidence.evidence };
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

import {
  evidenceLevels,
  linkedOnce,
  metricReports,
  metricStageReports,
  touchpointBadgeIndex,
  type EvidenceLevel,
  type MetricReport,
  type MetricStageReport,
  type TouchpointBadge,
  type TouchpointBadgeIndex,
} from '../../src/analytics';
import {
  noteTable,
  valueTable,
  type Journey,
  type Metric,
  type MetricValue,
  type MetricValueTable,
  type ResearchNote,
  type ResearchNoteTable,
  type Touchpoint,
} from '../../src/model';

/** One metric's latest value on a card. */
export type CardBadge = TouchpointBadge;

export interface CardMeasures {
  /** Each card's badges, made when a card is drawn: a screen shows a few of a measured map's thousands. */
  badges: TouchpointBadgeIndex;
  evidence: Map<string, EvidenceLevel>;
}

// Computed once per journey state (immer gives a new object per edit), shared by the canvas and panels.
const reportCache = new WeakMap<Journey, MetricReport[]>();
// The cards' badges and evidence, by the tables of the lists they come from (one per list): immer keeps a list
// an edit leaves alone, so typing a title on a measured map does not go over its tens of thousands of values again.
const badgeCache = new WeakMap<
  MetricValueTable,
  { metrics: readonly Metric[]; badges: TouchpointBadgeIndex }
>();
const evidenceCache = new WeakMap<
  ResearchNoteTable,
  { values: MetricValueTable; evidence: Map<string, EvidenceLevel> }
>();

/** Each touchpoint's badges, and the evidence level of those with any evidence (any other is assumed). */
export function cardMeasures(journey: Journey): CardMeasures {
  const { metrics } = journey;
  const values = valueTable(journey);
  const notes = noteTable(journey);
  let badges = badgeCache.get(values);
  if (badges?.metrics !== metrics)
    badgeCache.set(values, (badges = { metrics, badges: touchpointBadgeIndex(journey) }));
  let evidence = evidenceCache.get(notes);
  if (evidence?.values !== values)
    evidenceCache.set(notes, (evidence = { values, evidence: evidenceLevels(journey) }));
  return { badges: badges.badges, evidence: evidence.evidence };
}

type ValuesByTarget = Record<MetricValue['targetType'], ReadonlyMap<string, readonly MetricValue[]>>;
const valuesByTargetCache = new WeakMap<readonly MetricValue[], ValuesByTarget>();
const notesByTouchpointCache = new WeakMap<
  readonly ResearchNote[],
  ReadonlyMap<string, readonly ResearchNote[]>
>();

/** Each stage's and each touchpoint's values, in the list's order: what an inspector shows of one, without a search. */
export function valuesByTarget(values: readonly MetricValue[]): ValuesByTarget {
  let index = valuesByTargetCache.get(values);
  if (!index) {
    const byTarget = {
      stage: new Map<string, MetricValue[]>(),
      touchpoint: new Map<string, MetricValue[]>(),
    };
    for (const v of values) {
      const of = byTarget[v.targetType];
      const list = of.get(v.targetId);
      if (list) list.push(v);
      else of.set(v.targetId, [v]);
    }
    valuesByTargetCache.set(values, (index = byTarget));
  }
  return index;
}

/** Each touchpoint's linked notes, in the list's order. */
export function notesByTouchpoint(
  notes: readonly ResearchNote[],
): ReadonlyMap<string, readonly ResearchNote[]> {
  let index = notesByTouchpointCache.get(notes);
  if (!index) {
    const byTouchpoint = new Map<string, ResearchNote[]>();
    for (const note of notes)
      for (const id of linkedOnce(note.touchpointIds)) {
        const list = byTouchpoint.get(id);
        if (list) list.push(note);
        else byTouchpoint.set(id, [note]);
      }
    notesByTouchpointCache.set(notes, (index = byTouchpoint));
  }
  return index;
}

// The metrics row, by the values it comes from and what else it was worked out with (immer keeps a list an edit
// leaves alone): retitling a card, or moving it within its stage, does not add up 40,000 values again.
interface StageReportsOf {
  metrics: readonly Metric[];
  stages: Journey['stages'];
  scenarios: Journey['scenarios'];
  /** Each touchpoint's stage: all the row needs of the touchpoints. */
  stageOf: ReadonlyMap<string, string>;
  reports: MetricStageReport[];
}
const stageReportCache = new WeakMap<MetricValueTable, StageReportsOf>();

const inSameStages = (touchpoints: readonly Touchpoint[], stageOf: ReadonlyMap<string, string>) =>
  touchpoints.length === stageOf.size && touchpoints.every((t) => stageOf.get(t.id) === t.stageId);

/** The metrics per stage of the journey on show (a one-scenario view): the metrics row, without what only Insights shows. */
export function shownStageReports(journey: Journey): MetricStageReport[] {
  const { metrics, stages, scenarios, touchpoints } = journey;
  const values = valueTable(journey);
  const cached = stageReportCache.get(values);
  if (
    cached?.metrics === metrics &&
    cached.stages === stages &&
    cached.scenarios === scenarios &&
    inSameStages(touchpoints, cached.stageOf)
  )
    return cached.reports;
  const reports = metricStageReports(journey);
  const stageOf = new Map(touchpoints.map((t) => [t.id, t.stageId]));
  stageReportCache.set(values, { metrics, stages, scenarios, stageOf, reports });
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
  const values = valueTable(journey);
  for (let i = 0; i < values.length && measured.size < most; i++) measured.add(values.metricId(i));
  return measured.size === 0 ? 0 : 12 + LINE * measured.size;
}

// Shared with the exports' card badges.
export { formatFigure, STATUS_SYMBOL } from '../../src/analytics';

import { noteTable, valueTable, type Journey } from '../model';
import {
  keepLatestValues,
  keepStageReports,
  latestValues,
  metricStageReports,
  type LatestValues,
  type MetricStageReport,
} from './metrics';
import { EVIDENCE_LEVELS, evidenceLevels, keepEvidenceLevels, type EvidenceLevel } from './research';

/*
 * What a map draws of its measures as it opens goes over every metric value and research note (40,000 and 4,000
 * on a measured map): the metrics row, each card's latest values and its evidence level. So the library stores them
 * with the journey, worked out as it writes (on the save worker's thread), and the map draws those when it opens:
 * the same figures, not worked out again. Each is read only if it is of this journey as read (its metrics, stages,
 * values and touchpoints) and was worked out as this app works it out.
 */

/**
 * Bump whenever the metrics row, the latest values or the evidence levels would come out otherwise for the same
 * journey: what was stored before is then not read, and worked out again (a test holds them, for a fixed journey,
 * to this version).
 */
export const STORED_MEASURES_VERSION = 1;

/** What a map draws of its measures as it opens, as the library stores it with the journey. */
export interface StoredMeasures {
  version: number;
  /** The metrics row (`metricStageReports`). */
  reports: MetricStageReport[];
  /**
   * What the cards' badges show (`latestValues`), each touchpoint as its place among the journey's: no text to
   * copy and check for each. Null if a value is on a touchpoint the journey does not have.
   */
  latest: { touchpoints: Uint32Array; rows: Int32Array } | null;
  /**
   * The cards' evidence (`evidenceLevels`): per touchpoint of the journey, its level's place in `EVIDENCE_LEVELS`
   * (0, assumed, for one with none); or null.
   */
  evidence: Uint8Array | null;
}

/** What to store with `journey`: nothing without metric values or research notes. */
export function storedMeasures(journey: Journey): StoredMeasures | undefined {
  if (valueTable(journey).length === 0 && noteTable(journey).length === 0) return undefined;
  const place = new Map(journey.touchpoints.map((t, i) => [t.id, i]));
  const { touchpointIds, rows } = latestValues(journey);
  const touchpoints = touchpointIds.map((id) => place.get(id) ?? -1);
  const evidence = new Uint8Array(journey.touchpoints.length);
  let levelsKnown = true;
  for (const [id, level] of evidenceLevels(journey)) {
    const i = place.get(id);
    if (i === undefined) levelsKnown = false;
    else evidence[i] = EVIDENCE_LEVELS.indexOf(level);
  }
  return {
    version: STORED_MEASURES_VERSION,
    reports: metricStageReports(journey),
    latest: touchpoints.includes(-1) ? null : { touchpoints: Uint32Array.from(touchpoints), rows },
    evidence: levelsKnown ? evidence : null,
  };
}

/** A plain object with exactly `keys`. */
function hasKeys(value: unknown, keys: readonly string[]): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype)
    return false;
  const own = Object.keys(value);
  return own.length === keys.length && keys.every((key) => Object.hasOwn(value, key));
}

const isFigureOrNull = (value: unknown) =>
  value === null || (typeof value === 'number' && Number.isFinite(value));
const REPORT_KEYS = ['metricId', 'metric', 'kind', 'unit', 'good', 'target', 'periods', 'period', 'stages'];
const STAGE_KEYS = ['stageId', 'stage', 'value', 'from', 'target', 'status', 'history'];
const HISTORY_KEYS = ['period', 'value'];
const FROM: readonly unknown[] = [null, 'stage', 'touchpoints'];
const STATUS: readonly unknown[] = [null, 'on', 'near', 'off'];

/** Whether `raw` is a stage's figure of `stage` over `periods`, as `metricStageReports` makes them. */
function isStageFigure(raw: unknown, stage: Journey['stages'][number], periods: readonly string[]): boolean {
  return (
    hasKeys(raw, STAGE_KEYS) &&
    raw.stageId === stage.id &&
    raw.stage === stage.name &&
    isFigureOrNull(raw.value) &&
    FROM.includes(raw.from) &&
    isFigureOrNull(raw.target) &&
    STATUS.includes(raw.status) &&
    Array.isArray(raw.history) &&
    raw.history.length === periods.length &&
    raw.history.every(
      (h: unknown, k) => hasKeys(h, HISTORY_KEYS) && h.period === periods[k] && isFigureOrNull(h.value),
    )
  );
}

/** The metrics row stored, if it is a row of this journey's metrics and stages, in order. */
function rowOf(reports: unknown, journey: Journey): MetricStageReport[] | undefined {
  const { metrics, stages } = journey;
  if (!Array.isArray(reports) || reports.length !== metrics.length) return undefined;
  const sound = reports.every((report: unknown, i) => {
    const metric = metrics[i]!;
    if (
      !hasKeys(report, REPORT_KEYS) ||
      report.metricId !== metric.id ||
      report.metric !== metric.name ||
      report.kind !== metric.kind ||
      report.unit !== metric.unit ||
      report.good !== metric.good ||
      report.target !== metric.target
    )
      return false;
    const { periods, period, stages: figures } = report;
    return (
      Array.isArray(periods) &&
      periods.every((p) => typeof p === 'string') &&
      period === (periods.at(-1) ?? null) &&
      Array.isArray(figures) &&
      figures.length === stages.length &&
      figures.every((figure: unknown, j) => isStageFigure(figure, stages[j]!, periods as string[]))
    );
  });
  return sound ? (reports as MetricStageReport[]) : undefined;
}

/** The latest values stored, if they name touchpoints and rows of this journey, one row per metric for each. */
function latestOf(latest: unknown, journey: Journey): LatestValues | undefined {
  if (!hasKeys(latest, ['touchpoints', 'rows'])) return undefined;
  const { touchpoints, rows } = latest;
  if (
    !(touchpoints instanceof Uint32Array) ||
    !(rows instanceof Int32Array) ||
    rows.length !== touchpoints.length * journey.metrics.length
  )
    return undefined;
  // Bounds read once: this runs as a measured map opens (see `soundColumns`).
  const all = journey.touchpoints;
  const count = all.length;
  for (let k = 0; k < touchpoints.length; k++) if (touchpoints[k]! >= count) return undefined;
  const values = valueTable(journey).length;
  const size = rows.length;
  for (let i = 0; i < size; i++) if (rows[i]! < -1 || rows[i]! >= values) return undefined;
  return { touchpointIds: Array.from(touchpoints, (k) => all[k]!.id), rows };
}

/** The evidence levels stored, if there is a code for each of this journey's touchpoints. */
function evidenceOf(evidence: unknown, journey: Journey): Map<string, EvidenceLevel> | undefined {
  const { touchpoints } = journey;
  if (!(evidence instanceof Uint8Array) || evidence.length !== touchpoints.length) return undefined;
  const levels = new Map<string, EvidenceLevel>();
  for (let i = 0; i < evidence.length; i++) {
    const level = EVIDENCE_LEVELS[evidence[i]!];
    if (level === undefined) return undefined;
    // Assumed is every touchpoint the levels leave out.
    if (level !== 'assumed') levels.set(touchpoints[i]!.id, level);
  }
  return levels;
}

/**
 * What of `stored` (see `storedMeasures`) is this journey's, part by part, if it was stored by this version; a
 * part that is not is undefined, and is worked out again.
 */
export function storedMeasuresOf(
  stored: unknown,
  journey: Journey,
): { reports?: MetricStageReport[]; latest?: LatestValues; evidence?: Map<string, EvidenceLevel> } {
  if (
    !hasKeys(stored, ['version', 'reports', 'latest', 'evidence']) ||
    stored.version !== STORED_MEASURES_VERSION
  )
    return {};
  return {
    reports: rowOf(stored.reports, journey),
    latest: latestOf(stored.latest, journey),
    evidence: evidenceOf(stored.evidence, journey),
  };
}

/** Keep what was stored with `journey` and is its own (see `storedMeasuresOf`), for the map to draw as it opens. */
export function keepStoredMeasures(journey: Journey, stored: unknown): void {
  const { reports, latest, evidence } = storedMeasuresOf(stored, journey);
  if (reports) keepStageReports(journey, reports);
  if (latest) keepLatestValues(journey, latest);
  if (evidence) keepEvidenceLevels(journey, evidence);
}

import { valueTable, type Journey } from '../model';
import { keepStageReports, metricStageReports, type MetricStageReport } from './metrics';

/*
 * The metrics row adds up every metric value of a map (40,000 on a measured one), and a map draws it as it opens.
 * So the library stores the row with the journey, worked out as it writes (on the save worker's thread), and the
 * map draws the stored row when it opens: the same figures, not added up again. A row is read only if it is of
 * this journey as read (its metrics and stages, in order) and was worked out as this app works it out.
 */

/**
 * Bump whenever `metricStageReports` would give another row for the same journey: rows stored before are then
 * not read, and the row is added up again (a test holds the row of a fixed journey to this version).
 */
export const METRICS_ROW_VERSION = 1;

/** A journey's metrics row as the library stores it with the journey. */
export interface StoredMetricsRow {
  version: number;
  reports: MetricStageReport[];
}

/** The row to store with `journey`: none without metric values. */
export function storedMetricsRow(journey: Journey): StoredMetricsRow | undefined {
  return valueTable(journey).length === 0
    ? undefined
    : { version: METRICS_ROW_VERSION, reports: metricStageReports(journey) };
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

/**
 * The metrics row stored with `journey` (see `storedMetricsRow`), if it is a row of this journey's metrics and
 * stages, in order, made by this version of the row; else undefined, and the row is added up again.
 */
export function metricsRowOf(stored: unknown, journey: Journey): MetricStageReport[] | undefined {
  if (!hasKeys(stored, ['version', 'reports']) || stored.version !== METRICS_ROW_VERSION) return undefined;
  const { reports } = stored;
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

/** Keep the row stored with `journey` as its metrics row (see `keepStageReports`), if it is one of this journey. */
export function keepMetricsRow(journey: Journey, stored: unknown): void {
  const reports = metricsRowOf(stored, journey);
  if (reports) keepStageReports(journey, reports);
}

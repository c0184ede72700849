import {
  resolveScenario,
  scenarioView,
  valueTable,
  type Journey,
  type MetricValueTable,
  type Metric,
  type MetricValue,
  type NpsCounts,
} from '../model';

/** Where a value stands against its target: on it, near it (past the warning threshold), or off it. */
export type TargetStatus = 'on' | 'near' | 'off';

/** At least this many touchpoints with a value before a correlation with emotion is worth saying. */
export const MIN_CORRELATION_PAIRS = 5;

export function targetStatus(
  value: number,
  target: number | null | undefined,
  warning: number | null,
  good: Metric['good'],
): TargetStatus | null {
  if (target === null || target === undefined) return null;
  const atLeast = (a: number, b: number) => (good === 'higher' ? a >= b : a <= b);
  if (atLeast(value, target)) return 'on';
  return warning !== null && atLeast(value, warning) ? 'near' : 'off';
}

/** Net Promoter Score: promoters minus detractors, as a share of everyone who answered. */
export function npsFromCounts({ promoters, passives, detractors }: NpsCounts): number | null {
  const answered = promoters + passives + detractors;
  return answered === 0 ? null : ((promoters - detractors) / answered) * 100;
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/**
 * A table as tallies read it: its values from their column, and a value's sample or counts only if any value has
 * one (most maps have neither). A measured map's tens of thousands of values are tallied as it opens, in code
 * not optimised yet, where reading each field through a call costs more than adding it up.
 */
interface TallyReading {
  table: MetricValueTable;
  value: Float64Array;
  weighed: boolean;
  counted: boolean;
}

const tallyReading = (table: MetricValueTable): TallyReading => ({
  table,
  value: table.valueColumn(),
  weighed: table.has('sample'),
  counted: table.has('counts'),
});

/**
 * Values of one metric added up one at a time, in the order given, as their kind adds them up (see
 * `aggregateValues`): a measured map's tens of thousands of values are tallied by stage in one pass, and no
 * list of them is kept.
 */
class Tally {
  /** How many values, and the first of them (its target is a stage's own). */
  count = 0;
  first = -1;
  private values = 0;
  private weights = 0;
  private weighted = 0;
  private allCounted = true;
  private promoters = 0;
  private passives = 0;
  private detractors = 0;

  add(read: TallyReading, row: number): void {
    if (this.count++ === 0) this.first = row;
    const value = read.value[row]!;
    const weight = read.weighed ? (read.table.sample(row) ?? 1) : 1;
    this.values += value;
    this.weights += weight;
    this.weighted += value * weight;
    const counts = read.counted ? read.table.counts(row) : undefined;
    if (!counts) this.allCounted = false;
    else if (this.allCounted) {
      this.promoters += counts.promoters;
      this.passives += counts.passives;
      this.detractors += counts.detractors;
    }
  }

  /**
   * The figure of the values: scores averaged (an NPS given as counts is recomputed from all the counts),
   * percentages averaged weighted by their sample (1 where none is given), counts, durations and costs summed.
   */
  figure(kind: Metric['kind']): number | null {
    if (this.count === 0) return null;
    switch (kind) {
      case 'score':
        return this.allCounted
          ? npsFromCounts({ promoters: this.promoters, passives: this.passives, detractors: this.detractors })
          : this.values / this.count;
      case 'percentage':
        return this.weights === 0 ? null : this.weighted / this.weights;
      case 'count':
      case 'duration':
      case 'currency':
        return this.values;
    }
  }
}

/** Several values of a metric as one figure, as its kind adds up (see `Tally.figure`). */
export function aggregateValues(metric: Pick<Metric, 'kind'>, values: readonly MetricValue[]): number | null {
  const table = valueTable({ metricValues: values });
  const read = tallyReading(table);
  const tally = new Tally();
  for (let row = 0; row < table.length; row++) tally.add(read, row);
  return tally.figure(metric.kind);
}

export interface StageFigure {
  stageId: string;
  stage: string;
  /** The stage's own value when it has one, else its touchpoints' values added up; null with none. */
  value: number | null;
  from: 'stage' | 'touchpoints' | null;
  target: number | null;
  status: TargetStatus | null;
  /** The figure in each period the metric has, oldest first (null where the stage has none). */
  history: { period: string; value: number | null }[];
}

export interface TouchpointFigure {
  touchpointId: string;
  title: string;
  stage: string;
  persona: string;
  emotion: number;
  period: string;
  value: number;
  target: number | null;
  status: TargetStatus | null;
}

/** A metric's figures per stage: what the map's metrics row shows. */
export interface MetricStageReport {
  metricId: string;
  metric: string;
  kind: Metric['kind'];
  unit: string;
  good: Metric['good'];
  target: number | null;
  periods: string[];
  /** The period the figures are of: the latest. */
  period: string | null;
  stages: StageFigure[];
}

export interface MetricReport extends MetricStageReport {
  touchpoints: TouchpointFigure[];
  /** Pearson's r between the metric and the emotion across touchpoints, with how many pairs; r is null below MIN_CORRELATION_PAIRS or without spread. */
  correlation: { pairs: number; r: number | null };
}

export interface OffTarget {
  metricId: string;
  metric: string;
  unit: string;
  where: 'stage' | 'touchpoint';
  id: string;
  /** The stage's name, or the touchpoint's title. */
  name: string;
  stage: string;
  period: string;
  value: number;
  target: number;
  status: Exclude<TargetStatus, 'on'>;
  /** How far from the target, as a share of the metric's range (or of the target without one). */
  gap: number;
}

export function pearson(pairs: readonly [number, number][]): number | null {
  if (pairs.length < MIN_CORRELATION_PAIRS) return null;
  const n = pairs.length;
  const mx = sum(pairs.map(([x]) => x)) / n;
  const my = sum(pairs.map(([, y]) => y)) / n;
  const sxy = sum(pairs.map(([x, y]) => (x - mx) * (y - my)));
  const sxx = sum(pairs.map(([x]) => (x - mx) ** 2));
  const syy = sum(pairs.map(([, y]) => (y - my) ** 2));
  return sxx === 0 || syy === 0 ? null : sxy / Math.sqrt(sxx * syy);
}

/** A stage's own values and its touchpoints' values, in one metric and period. */
type StageValues = { own: Tally; touchpoints: Tally };

/**
 * Each metric's values by period, then by stage (the stage's own values and its touchpoints'), tallied in one
 * pass; and `rowsOf`, the rows of a metric's touchpoint values in one period, stage by stage.
 */
function valuesByMetricPeriodAndStage(journey: Journey, values: MetricValueTable) {
  // Grouped by codes (see `MetricValueTable.codes`): no text looked up per value, only per distinct text.
  const metric = values.codes('metricId');
  const period = values.codes('period');
  const target = values.codes('targetId');
  const type = values.codes('targetType');
  const onStage = type.names.map((name) => name === 'stage');
  const stageIndex = new Map(journey.stages.map((s, i) => [s.id, i]));
  const stageOfTouchpoint = new Map(journey.touchpoints.map((t) => [t.id, stageIndex.get(t.stageId)]));
  // Each target's stage as a stage, and as a touchpoint's (-1: none).
  const asStage = target.names.map((id) => stageIndex.get(id) ?? -1);
  const asTouchpoint = target.names.map((id) => stageOfTouchpoint.get(id) ?? -1);
  const periods = period.names.length;
  const stages = journey.stages.length;
  const groups: (StageValues | undefined)[] = [];
  const read = tallyReading(values);
  // Each code list read once (see `soundColumns`): this runs as a measured map opens.
  const [typeOf, metricOf, targetOf, periodOf] = [type.of, metric.of, target.of, period.of];
  const rows = values.length;
  for (let i = 0; i < rows; i++) {
    const own = onStage[typeOf[i]!]!;
    const t = targetOf[i]!;
    const stage = own ? asStage[t]! : asTouchpoint[t]!;
    if (stage < 0) continue;
    const g = (metricOf[i]! * periods + periodOf[i]!) * stages + stage;
    const here = (groups[g] ??= { own: new Tally(), touchpoints: new Tally() });
    (own ? here.own : here.touchpoints).add(read, i);
  }
  const byMetric = new Map<string, Map<string, Map<string, StageValues>>>();
  groups.forEach((here, g) => {
    if (!here) return;
    const stage = g % stages;
    const p = Math.floor(g / stages) % periods;
    const m = Math.floor(g / stages / periods);
    let index = byMetric.get(metric.names[m]!);
    if (!index) byMetric.set(metric.names[m]!, (index = new Map()));
    let byStage = index.get(period.names[p]!);
    if (!byStage) index.set(period.names[p]!, (byStage = new Map()));
    byStage.set(journey.stages[stage]!.id, here);
  });
  const rowsOf = (metricId: string, periodName: string) => {
    const m = metric.names.indexOf(metricId);
    const p = period.names.indexOf(periodName);
    const byStage = journey.stages.map((): number[] => []);
    for (let i = 0; i < values.length; i++) {
      if (metric.of[i] !== m || period.of[i] !== p || onStage[type.of[i]!]) continue;
      const stage = asTouchpoint[target.of[i]!]!;
      if (stage >= 0) byStage[stage]!.push(i);
    }
    return byStage.flat();
  };
  return { byMetric, rowsOf };
}

function stageFigureOf(metric: Metric, values: MetricValueTable, here: StageValues | undefined) {
  if (here?.own.count)
    return {
      value: here.own.figure(metric.kind),
      from: 'stage' as const,
      target: values.target(here.own.first) ?? metric.target,
    };
  return here?.touchpoints.count
    ? { value: here.touchpoints.figure(metric.kind), from: 'touchpoints' as const, target: metric.target }
    : { value: null, from: null, target: metric.target };
}

/** Each metric of a one-scenario view per stage, with its values of the latest period on touchpoints. */
function stageReports(journey: Journey) {
  const values = valueTable(journey);
  const { byMetric, rowsOf } = valuesByMetricPeriodAndStage(journey, values);
  return journey.metrics.map((metric) => {
    const index = byMetric.get(metric.id) ?? new Map<string, Map<string, StageValues>>();
    const periods = [...index.keys()].sort();
    const period = periods.at(-1) ?? null;
    const stages = journey.stages.map((stage): StageFigure => {
      // Oldest first: the last is the latest period's, the figure shown.
      const figures = periods.map((p) => stageFigureOf(metric, values, index.get(p)?.get(stage.id)));
      const now = figures.at(-1);
      return {
        stageId: stage.id,
        stage: stage.name,
        value: now?.value ?? null,
        from: now?.from ?? null,
        target: now?.target ?? metric.target,
        status: now?.value == null ? null : targetStatus(now.value, now.target, metric.warning, metric.good),
        history: periods.map((p, i) => ({ period: p, value: figures[i]!.value })),
      };
    });
    const report: MetricStageReport = {
      metricId: metric.id,
      metric: metric.name,
      kind: metric.kind,
      unit: metric.unit,
      good: metric.good,
      target: metric.target,
      periods,
      period,
      stages,
    };
    /** The rows of the touchpoints' values in the latest period. */
    const latest = () => (period === null ? [] : rowsOf(metric.id, period));
    return { metric, report, latest, values };
  });
}

/** A metrics row kept for a journey's lists as they were read (see `keepStageReports`). */
interface KeptRow {
  metrics: Journey['metrics'];
  stages: Journey['stages'];
  scenarios: Journey['scenarios'];
  touchpoints: Journey['touchpoints'];
  reports: MetricStageReport[];
}
const keptRows = new WeakMap<MetricValueTable, KeptRow>();

/**
 * Keep `reports` as the metrics row of `journey`'s first scenario while its values, metrics, stages, scenarios
 * and touchpoints are the lists it has now (an edit makes new ones): the row stored with a journey the library
 * read (see storedMeasures), so that drawing the map as it opens does not add every value up again.
 */
export function keepStageReports(journey: Journey, reports: MetricStageReport[]): void {
  const { metrics, stages, scenarios, touchpoints } = journey;
  keptRows.set(valueTable(journey), { metrics, stages, scenarios, touchpoints, reports });
}

/** Each metric of one scenario (default: the first) per stage, in its latest period and before: the metrics row. */
export function metricStageReports(whole: Journey, scenarioId?: string): MetricStageReport[] {
  const scenario = resolveScenario(whole, scenarioId);
  const kept = keptRows.get(valueTable(whole));
  if (
    kept &&
    scenario.id === whole.scenarios[0]?.id &&
    kept.metrics === whole.metrics &&
    kept.stages === whole.stages &&
    kept.scenarios === whole.scenarios &&
    kept.touchpoints === whole.touchpoints
  )
    return kept.reports;
  return stageReports(scenarioView(whole, scenario.id)).map((r) => r.report);
}

/** Each metric of one scenario (default: the first), per stage and per touchpoint, in its latest period. */
export function metricReports(whole: Journey, scenarioId?: string): MetricReport[] {
  const journey = scenarioView(whole, resolveScenario(whole, scenarioId).id);
  const touchpointById = new Map(journey.touchpoints.map((t) => [t.id, t]));
  const stageName = new Map(journey.stages.map((s) => [s.id, s.name]));
  const personaName = new Map(journey.personas.map((p) => [p.id, p.name]));
  return stageReports(journey).map(({ metric, report, latest, values }) => {
    const touchpoints = latest().map((i): TouchpointFigure => {
      const t = touchpointById.get(values.targetId(i))!;
      const target = values.target(i) ?? metric.target;
      const value = values.value(i);
      return {
        touchpointId: t.id,
        title: t.title,
        stage: stageName.get(t.stageId)!,
        persona: personaName.get(t.personaId)!,
        emotion: t.emotion,
        period: values.period(i),
        value,
        target,
        status: targetStatus(value, target, metric.warning, metric.good),
      };
    });
    const pairs = touchpoints.map((t): [number, number] => [t.value, t.emotion]);
    return { ...report, touchpoints, correlation: { pairs: pairs.length, r: pearson(pairs) } };
  });
}

/** Everything off or near its target, worst first: off before near, then by how far. */
export function offTargets(journey: Journey, reports: readonly MetricReport[]): OffTarget[] {
  const metrics = new Map(journey.metrics.map((m) => [m.id, m]));
  const list: OffTarget[] = [];
  for (const report of reports) {
    const metric = metrics.get(report.metricId)!;
    const span =
      metric.min !== null && metric.max !== null && metric.max > metric.min ? metric.max - metric.min : null;
    const gap = (value: number, target: number) =>
      Math.abs(value - target) / (span ?? (Math.abs(target) || 1));
    const base = { metricId: metric.id, metric: metric.name, unit: metric.unit, period: report.period ?? '' };
    for (const s of report.stages)
      if (s.status && s.status !== 'on' && s.value !== null && s.target !== null)
        list.push({
          ...base,
          where: 'stage',
          id: s.stageId,
          name: s.stage,
          stage: s.stage,
          value: s.value,
          target: s.target,
          status: s.status,
          gap: gap(s.value, s.target),
        });
    for (const t of report.touchpoints)
      if (t.status && t.status !== 'on' && t.target !== null)
        list.push({
          ...base,
          where: 'touchpoint',
          id: t.touchpointId,
          name: t.title,
          stage: t.stage,
          value: t.value,
          target: t.target,
          status: t.status,
          gap: gap(t.value, t.target),
        });
  }
  const rank = { off: 0, near: 1 } as const;
  return list.sort((a, b) => rank[a.status] - rank[b.status] || b.gap - a.gap);
}

/** One metric's latest value on a card. */
export interface TouchpointBadge {
  metricId: string;
  metric: string;
  unit: string;
  value: number;
  status: TargetStatus | null;
}

/** Each touchpoint's badges (see `touchpointBadges`), a touchpoint's made at its first `get`. */
export interface TouchpointBadgeIndex {
  /** The touchpoints a metric has a value for, in order of their first value. */
  readonly touchpointIds: readonly string[];
  /** A touchpoint's badges, the same list at every call; undefined for a touchpoint without values. */
  get(touchpointId: string): readonly TouchpointBadge[] | undefined;
}

/** A touchpoint's latest value of each metric, with its standing: what a card's badges show (canvas and exports). */
export function touchpointBadges(
  journey: Pick<Journey, 'metrics' | 'metricValues'>,
): Map<string, readonly TouchpointBadge[]> {
  const index = touchpointBadgeIndex(journey);
  return new Map(index.touchpointIds.map((id) => [id, index.get(id)!]));
}

/** Each touchpoint with a value, in order of its first value, and the row of its latest value of each metric. */
export interface LatestValues {
  touchpointIds: readonly string[];
  /** For each of `touchpointIds`, one row per metric in the journey's order: -1 where it has no value. */
  rows: Int32Array;
}

/** Latest values kept for a journey's values and metrics as they were read (see `keepLatestValues`). */
const keptLatest = new WeakMap<MetricValueTable, { metrics: readonly Metric[]; latest: LatestValues }>();

/**
 * Keep `latest` as the latest values of `journey` while its values and metrics are the lists it has now: those
 * stored with a journey the library read (see storedMeasures), so that drawing the cards as the map opens does not
 * go over every value again.
 */
export function keepLatestValues(
  journey: Pick<Journey, 'metrics' | 'metricValues'>,
  latest: LatestValues,
): void {
  keptLatest.set(valueTable(journey), { metrics: journey.metrics, latest });
}

/** Each touchpoint's latest value of each metric (see `LatestValues`): what its badges show. */
export function latestValues(journey: Pick<Journey, 'metrics' | 'metricValues'>): LatestValues {
  const values = valueTable(journey);
  const kept = keptLatest.get(values);
  if (kept?.metrics === journey.metrics) return kept.latest;
  const position = new Map(journey.metrics.map((m, i) => [m.id, i]));
  // By touchpoint, each metric's latest value at the metric's position, all grouped by codes (see
  // `MetricValueTable.codes`): no text looked up per value (a measured map has tens of thousands), and the
  // badges come out in the metrics' order.
  const type = values.codes('targetType');
  const onTouchpoint = type.names.map((name) => name === 'touchpoint');
  const metric = values.codes('metricId');
  const at = metric.names.map((id) => position.get(id) ?? -1);
  const target = values.codes('targetId');
  const period = values.codes('period');
  // Each period's place in text order (the names are distinct), so that later periods rank higher.
  const rank = new Int32Array(period.names.length);
  [...period.names.keys()]
    .sort((a, b) => (period.names[a]! < period.names[b]! ? -1 : 1))
    .forEach((code, place) => (rank[code] = place));
  const count = journey.metrics.length;
  // Each touchpoint's row of the latest value of each metric, -1 for none; touchpoints in order of appearance.
  const latest = new Int32Array(target.names.length * count).fill(-1);
  const touchpoints: number[] = [];
  const seen = new Uint8Array(target.names.length);
  // Each code list read once (see `soundColumns`): this runs as a measured map opens.
  const [typeOf, metricOf, targetOf, periodOf] = [type.of, metric.of, target.of, period.of];
  const rows = values.length;
  for (let row = 0; row < rows; row++) {
    if (!onTouchpoint[typeOf[row]!]) continue;
    const i = at[metricOf[row]!]!;
    if (i < 0) continue;
    const t = targetOf[row]!;
    if (!seen[t]) {
      seen[t] = 1;
      touchpoints.push(t);
    }
    const slot = t * count + i;
    const before = latest[slot]!;
    if (before < 0 || rank[periodOf[row]!]! > rank[periodOf[before]!]!) latest[slot] = row;
  }
  const byTouchpoint = new Int32Array(touchpoints.length * count);
  touchpoints.forEach((t, k) => byTouchpoint.set(latest.subarray(t * count, (t + 1) * count), k * count));
  return { touchpointIds: touchpoints.map((t) => target.names[t]!), rows: byTouchpoint };
}

/**
 * `touchpointBadges` as an index: each touchpoint's latest values are found at once, its badges made when
 * asked for. The canvas draws the few cards in view of a measured map's thousands.
 */
export function touchpointBadgeIndex(
  journey: Pick<Journey, 'metrics' | 'metricValues'>,
): TouchpointBadgeIndex {
  const values = valueTable(journey);
  const { touchpointIds, rows } = latestValues(journey);
  const count = journey.metrics.length;
  const made = new Map<string, TouchpointBadge[]>();
  const badgesOf = (k: number) => {
    const list: TouchpointBadge[] = [];
    rows.subarray(k * count, (k + 1) * count).forEach((row, i) => {
      if (row < 0) return;
      const metric = journey.metrics[i]!;
      const value = values.value(row);
      list.push({
        metricId: metric.id,
        metric: metric.name,
        unit: metric.unit,
        value,
        status: targetStatus(value, values.target(row) ?? metric.target, metric.warning, metric.good),
      });
    });
    return list;
  };
  const place = new Map(touchpointIds.map((id, k) => [id, k]));
  return {
    touchpointIds,
    get(touchpointId) {
      const k = place.get(touchpointId);
      if (k === undefined) return undefined;
      let list = made.get(touchpointId);
      if (!list) made.set(touchpointId, (list = badgesOf(k)));
      return list;
    },
  };
}

/**
 * The number formats figures are written with, by language and decimals: `toLocaleString` with options makes
 * a new one for every call, 40 times slower than using one again, and a measured map writes thousands.
 */
const figureFormats = new Map<string, Intl.NumberFormat>();
function figureFormat(language: string, decimals: number): Intl.NumberFormat {
  const key = `${decimals} ${language}`;
  let format = figureFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(language, { maximumFractionDigits: decimals });
    figureFormats.set(key, format);
  }
  return format;
}

/** A value as people read it: one decimal at most, the metric's unit after it. */
export function formatFigure(value: number, unit: string, language: string): string {
  const figure = figureFormat(language, Math.abs(value) >= 100 ? 0 : 1).format(value);
  return unit === '%' ? `${figure} %` : unit ? `${figure} ${unit}` : figure;
}

/** The symbol of a standing, so that it reads without colour. */
export const STATUS_SYMBOL: Record<TargetStatus, string> = { on: '✓', near: '!', off: '✗' };

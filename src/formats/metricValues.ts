import { sameMeasurement, type NewMetric, type NewMetricValue } from '../commands/metrics';
import { LIMITS, type Journey, type Metric } from '../model';
import { foldName, metricFromPreset, presetNamed } from '../templates/metricPresets';
import type { Result } from './result';
import {
  eachTableRow,
  importContext,
  readColumnsFile,
  type LeftOutRow,
  type TableFileError,
  type TableImportOptions,
} from './columnsFile';
import type { SheetTable } from './spreadsheet';

/*
 * Metric values from a spreadsheet (CSV or xlsx), e.g. a monthly analytics export: one row per
 * value, matched to the map's stages, touchpoints, personas and metrics by name (case, accents
 * and spacing ignored). Nothing changes until the preview is accepted.
 */

export const METRIC_VALUE_COLUMNS = [
  'stage',
  'touchpoint',
  'persona',
  'metric',
  'value',
  'target',
  'period',
  'source',
  'sample',
  'promoters',
  'passives',
  'detractors',
] as const;
export type MetricValueColumn = (typeof METRIC_VALUE_COLUMNS)[number];
const REQUIRED: MetricValueColumn[] = ['stage', 'metric', 'value'];

/** Spanish headers; the English ones are the column names. */
const SPANISH: Record<MetricValueColumn, string> = {
  stage: 'etapa',
  touchpoint: 'punto_de_contacto',
  persona: 'persona',
  metric: 'métrica',
  value: 'valor',
  target: 'objetivo',
  period: 'periodo',
  source: 'fuente',
  sample: 'muestra',
  promoters: 'promotores',
  passives: 'pasivos',
  detractors: 'detractores',
};
const HEADERS = new Map(
  METRIC_VALUE_COLUMNS.flatMap((c) => [
    [foldName(c), c],
    [foldName(SPANISH[c]), c],
  ]),
);
const columnOf = (header: string) => HEADERS.get(foldName(header));

/** What can keep a metric-values file from being read (shared with the research import). */
export type MetricsFileError = TableFileError;

/** Why a row was left out. */
export type UnmatchedReason =
  | { kind: 'emptyCell'; column: MetricValueColumn }
  | { kind: 'noStage'; stage: string }
  | { kind: 'noPersona'; persona: string }
  | { kind: 'noTouchpoint'; touchpoint: string; stage: string }
  | { kind: 'severalTouchpoints'; touchpoint: string; stage: string; count: number }
  | { kind: 'noMetric'; metric: string }
  | { kind: 'notANumber'; column: MetricValueColumn; text: string }
  | { kind: 'outOfRange'; value: number; min: number | null; max: number | null };

export interface MatchedRow {
  line: number;
  metric: string;
  stage: string;
  touchpoint?: string;
  persona?: string;
  period: string;
  value: number;
  /** It replaces the value of the same period; otherwise it adds to the history. */
  replaces: boolean;
}

export interface MetricsPreview {
  matched: MatchedRow[];
  unmatched: LeftOutRow<UnmatchedReason>[];
  /** What accepting records (see recordMetricValues). */
  values: NewMetricValue[];
  /** Metrics the rows name by a preset's name that the map does not have yet. */
  newMetrics: NewMetric[];
}

/** The rows of a CSV or xlsx file of metric values, with the line each came from. */
export const readMetricsSheet = (
  fileName: string,
  bytes: Uint8Array,
): Promise<Result<SheetTable, MetricsFileError>> =>
  readColumnsFile(fileName, bytes, (header) => HEADERS.get(foldName(header)), REQUIRED);

/** "4,2" (a Spanish decimal comma), "12 %" and "1 200" are numbers too. */
function numberIn(text: string): number | undefined {
  let t = text.trim().replace(/%$/, '').replace(/\s/g, '');
  if (t.includes(',') && !t.includes('.')) t = t.replace(',', '.');
  if (t === '') return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * Match each row to the map (in one scenario, default the first) and say what accepting would
 * record, and why any row was left out.
 */
export function previewMetricValues(
  journey: Journey,
  table: SheetTable,
  options: TableImportOptions = {},
): MetricsPreview {
  const { scenario, makeId } = importContext(journey, options);
  const byName = <T extends { name: string }>(list: readonly T[], name: string) =>
    list.filter((item) => foldName(item.name) === foldName(name));
  const metrics: Metric[] = [...journey.metrics];
  const preview: MetricsPreview = { matched: [], unmatched: [], values: [], newMetrics: [] };

  eachTableRow(table, columnOf, preview.unmatched, ({ line, cell, leave }) => {
    const empty = REQUIRED.find((c) => cell(c) === '');
    if (empty) return leave({ kind: 'emptyCell', column: empty });
    const [stage] = byName(journey.stages, cell('stage'));
    if (!stage) return leave({ kind: 'noStage', stage: cell('stage') });
    const [persona] = cell('persona') ? byName(journey.personas, cell('persona')) : [];
    if (cell('persona') && !persona) return leave({ kind: 'noPersona', persona: cell('persona') });
    let touchpoint: Journey['touchpoints'][number] | undefined;
    if (cell('touchpoint')) {
      const found = journey.touchpoints.filter(
        (t) =>
          t.scenarioId === scenario.id &&
          t.stageId === stage.id &&
          (!persona || t.personaId === persona.id) &&
          foldName(t.title) === foldName(cell('touchpoint')),
      );
      if (found.length !== 1)
        return leave(
          found.length === 0
            ? { kind: 'noTouchpoint', touchpoint: cell('touchpoint'), stage: stage.name }
            : {
                kind: 'severalTouchpoints',
                touchpoint: cell('touchpoint'),
                stage: stage.name,
                count: found.length,
              },
        );
      touchpoint = found[0];
    }
    let [metric] = byName(metrics, cell('metric'));
    if (!metric) {
      const preset = presetNamed(cell('metric'));
      if (!preset) return leave({ kind: 'noMetric', metric: cell('metric') });
      metric = { ...metricFromPreset(preset, journey.language, makeId()), updatedAt: '' };
      metrics.push(metric);
      preview.newMetrics.push(metricFromPreset(preset, journey.language, metric.id));
    }
    const numbers: Partial<Record<MetricValueColumn, number>> = {};
    const bad = (['value', 'target', 'sample', 'promoters', 'passives', 'detractors'] as const).find((c) => {
      if (cell(c) === '') return false;
      numbers[c] = numberIn(cell(c));
      return (
        numbers[c] === undefined ||
        (c !== 'value' &&
          c !== 'target' &&
          (numbers[c]! < 0 || (c !== 'sample' && !Number.isInteger(numbers[c]))))
      );
    });
    if (bad) return leave({ kind: 'notANumber', column: bad, text: cell(bad) });
    const value = numbers.value!;
    if ((metric.min !== null && value < metric.min) || (metric.max !== null && value > metric.max))
      return leave({ kind: 'outOfRange', value, min: metric.min, max: metric.max });
    const counts =
      numbers.promoters !== undefined && numbers.passives !== undefined && numbers.detractors !== undefined
        ? { promoters: numbers.promoters, passives: numbers.passives, detractors: numbers.detractors }
        : undefined;
    const period = [...cell('period')].slice(0, LIMITS.shortText).join('');
    const measured: NewMetricValue = {
      id: makeId(),
      metricId: metric.id,
      ...(touchpoint
        ? { targetType: 'touchpoint' as const, targetId: touchpoint.id }
        : { targetType: 'stage' as const, targetId: stage.id, scenarioId: scenario.id }),
      period,
      value,
      ...(counts ? { counts } : {}),
      ...(numbers.sample !== undefined ? { sample: numbers.sample } : {}),
      ...(numbers.target !== undefined ? { target: numbers.target } : {}),
      source: [...cell('source')].slice(0, LIMITS.shortText).join(''),
    };
    // A later row for the same measurement wins over an earlier one.
    const earlier = preview.values.findIndex((v) => sameMeasurement(v, measured));
    if (earlier >= 0) preview.values.splice(earlier, 1);
    preview.values.push(measured);
    preview.matched.push({
      line,
      metric: metric.name,
      stage: stage.name,
      ...(touchpoint ? { touchpoint: touchpoint.title } : {}),
      ...(persona ? { persona: persona.name } : {}),
      period,
      value,
      replaces: journey.metricValues.some((v) => sameMeasurement(v, measured)),
    });
  });
  return preview;
}

import { LIMITS } from './limits';
import { METRIC_TARGET_TYPES, type MetricValue, type NpsCounts } from './metricsSchema';
import { timestamp } from './fields';

/*
 * A hand-written twin of `metricValueSchema` for the bulk of a journey's values (tens of thousands of records
 * take zod longer to parse than everything else in a map). It only ever accepts: whatever it does not accept
 * goes to the schema, which says why. A test fuzzes it against the schema.
 */

type Fields = Record<string, unknown>;

const isFields = (raw: unknown): raw is Fields =>
  typeof raw === 'object' && raw !== null && !Array.isArray(raw);
const text = (raw: unknown, max: number): raw is string =>
  typeof raw === 'string' && raw.length <= max && !raw.includes('\0');
const isId = (raw: unknown): raw is string => text(raw, LIMITS.id) && raw.length > 0;
const isFigure = (raw: unknown): raw is number => typeof raw === 'number' && Number.isFinite(raw);
const isCount = (raw: unknown): raw is number => Number.isSafeInteger(raw) && (raw as number) >= 0;
const TARGET_TYPES: readonly unknown[] = METRIC_TARGET_TYPES;
/** The pattern zod holds an ISO timestamp to (absent: every value goes to the schema). */
const TIMESTAMP = timestamp._zod.def.pattern;

/** `raw` or an absent field's default, when it is short text; undefined when it is not. */
const shortTextOr = (raw: unknown): string | undefined =>
  raw === undefined ? '' : text(raw, LIMITS.shortText) ? raw : undefined;

function npsCounts(raw: unknown): NpsCounts | undefined {
  if (!isFields(raw)) return undefined;
  const { promoters, passives, detractors } = raw;
  return isCount(promoters) && isCount(passives) && isCount(detractors)
    ? { promoters, passives, detractors }
    : undefined;
}

/** The value `metricValueSchema` makes of `raw` (defaults filled, unknown fields dropped), or undefined. */
export function quickMetricValue(raw: unknown): MetricValue | undefined {
  if (!isFields(raw)) return undefined;
  const { id, metricId, targetType, targetId, value, updatedAt } = raw;
  const period = shortTextOr(raw.period);
  const source = shortTextOr(raw.source);
  if (
    !isId(id) ||
    !isId(metricId) ||
    !TARGET_TYPES.includes(targetType) ||
    !isId(targetId) ||
    period === undefined ||
    !isFigure(value) ||
    source === undefined ||
    typeof updatedAt !== 'string' ||
    !TIMESTAMP?.test(updatedAt)
  )
    return undefined;
  const parsed = { id, metricId, targetType, targetId, period, value, source, updatedAt } as MetricValue;
  // Optional fields: present (even as undefined) in the input, present in the output, as zod does.
  if ('scenarioId' in raw) {
    if (raw.scenarioId !== undefined && !isId(raw.scenarioId)) return undefined;
    parsed.scenarioId = raw.scenarioId;
  }
  if ('counts' in raw) {
    const counts = raw.counts === undefined ? undefined : npsCounts(raw.counts);
    if (raw.counts !== undefined && !counts) return undefined;
    parsed.counts = counts;
  }
  if ('sample' in raw) {
    const { sample } = raw;
    if (sample !== undefined && !(isFigure(sample) && sample >= 0)) return undefined;
    parsed.sample = sample;
  }
  if ('target' in raw) {
    if (raw.target !== undefined && !isFigure(raw.target)) return undefined;
    parsed.target = raw.target;
  }
  return parsed;
}

/** Every value of a list as the schema makes it, or undefined if one of them (or the list's length) is not sound. */
export function quickMetricValues(raw: readonly unknown[]): MetricValue[] | undefined {
  if (raw.length > LIMITS.metricValues) return undefined;
  const values: MetricValue[] = [];
  for (const item of raw) {
    const value = quickMetricValue(item);
    if (!value) return undefined;
    values.push(value);
  }
  return values;
}

import type { Draft } from 'immer';
import { LIMITS, type Journey, type Metric, type MetricValue } from '../model';
import { assignChanged, CommandError, find, remove, updateItem, type Command } from './command';

export type NewMetric = Omit<Metric, 'updatedAt'>;
export type MetricFields = Partial<Omit<Metric, 'id' | 'updatedAt'>>;
export type NewMetricValue = Omit<MetricValue, 'updatedAt'>;

/** The same measurement: one metric, one place, one scenario, one period. A new period adds to the history. */
export const sameMeasurement = (a: NewMetricValue, b: NewMetricValue): boolean =>
  a.metricId === b.metricId &&
  a.targetType === b.targetType &&
  a.targetId === b.targetId &&
  a.scenarioId === b.scenarioId &&
  a.period === b.period;

export function addMetric(metric: NewMetric): Command {
  return {
    type: 'add-metric',
    createdIds: [metric.id],
    apply(draft, { now }) {
      if (draft.metrics.length >= LIMITS.metrics)
        throw new CommandError(`a journey holds at most ${LIMITS.metrics} metrics`);
      draft.metrics.push({ ...metric, updatedAt: now });
    },
  };
}

export const updateMetric = (id: string, patch: MetricFields): Command =>
  updateItem('metric', (draft: Draft<Journey>) => draft.metrics, id, patch);

/** Delete a metric and every value measured for it. */
export function deleteMetric(id: string): Command {
  return {
    type: 'delete-metric',
    apply(draft) {
      remove(draft.metrics, id, 'metric');
      draft.metricValues = draft.metricValues.filter((v) => v.metricId !== id);
    },
  };
}

function requireMeasured(draft: Draft<Journey>, value: NewMetricValue): void {
  find(draft.metrics, value.metricId, 'metric');
  if (value.targetType === 'stage') find(draft.stages, value.targetId, 'stage');
  else find(draft.touchpoints, value.targetId, 'touchpoint');
  if (value.scenarioId !== undefined) find(draft.scenarios, value.scenarioId, 'scenario');
}

/**
 * Record metric values: each replaces the value of the same measurement (metric, place,
 * scenario, period) or is added beside the others, so a new period adds to the history.
 * Metrics created on the way (an import naming a preset) come first.
 */
export function recordMetricValues(
  values: readonly NewMetricValue[],
  newMetrics: readonly NewMetric[] = [],
): Command {
  return {
    type: 'record-metric-values',
    createdIds: newMetrics.map((m) => m.id),
    apply(draft, context) {
      for (const metric of newMetrics) addMetric(metric).apply(draft, context);
      for (const value of values) {
        requireMeasured(draft, value);
        const existing = draft.metricValues.find((v) => sameMeasurement(v, value));
        if (existing) {
          const { id: _keep, ...fields } = value;
          // Fields the new value does not say (no counts, no sample) do not linger from the old one.
          for (const key of ['counts', 'sample', 'target'] as const)
            if (!(key in fields)) delete existing[key];
          assignChanged(existing, fields, context.now);
        } else {
          if (draft.metricValues.length >= LIMITS.metricValues)
            throw new CommandError(`a journey holds at most ${LIMITS.metricValues} metric values`);
          draft.metricValues.push({ ...value, updatedAt: context.now });
        }
      }
    },
  };
}

export function deleteMetricValue(id: string): Command {
  return {
    type: 'delete-metric-value',
    apply(draft) {
      remove(draft.metricValues, id, 'metric value');
    },
  };
}

/**
 * What leaves with deleted touchpoints, stages, scenarios or personas: the values measured
 * there, and the research's links to them (the notes themselves stay: they were said).
 */
export function forgetMeasuresOf(
  draft: Draft<Journey>,
  gone: { touchpointIds?: ReadonlySet<string>; stageId?: string; scenarioId?: string; personaId?: string },
): void {
  const touchpoints = gone.touchpointIds ?? new Set<string>();
  draft.metricValues = draft.metricValues.filter(
    (v) =>
      !(v.targetType === 'touchpoint' ? touchpoints.has(v.targetId) : v.targetId === gone.stageId) &&
      (gone.scenarioId === undefined || v.scenarioId !== gone.scenarioId),
  );
  for (const note of draft.researchNotes) {
    if (note.touchpointIds.some((id) => touchpoints.has(id)))
      note.touchpointIds = note.touchpointIds.filter((id) => !touchpoints.has(id));
    if (gone.personaId !== undefined && note.personaId === gone.personaId) delete note.personaId;
  }
}

import { type Journey, type Metric, type MetricValue, type ResearchNote } from '../../../src/model';
import { decodeRecord, encodeRecord } from '../../../src/storage/journeyColumns';
import { encodeList, isColumns, type Columns } from '../../../src/storage/recordCodec';
import { metricFromPreset } from '../../../src/templates';
import { smallJourney, T0 } from './smallJourney';

/** A metric from a preset, with a fixed id. */
export const presetMetric = (preset: Parameters<typeof metricFromPreset>[0], id = preset): Metric => ({
  ...metricFromPreset(preset, 'en', id),
  updatedAt: T0,
});

let n = 0;
/** A metric value with defaults: on a touchpoint, in no period. */
export const metricValue = (
  fields: Partial<MetricValue> & Pick<MetricValue, 'metricId' | 'targetId' | 'value'>,
): MetricValue => ({
  id: `v${++n}`,
  targetType: 'touchpoint',
  period: '',
  source: '',
  updatedAt: T0,
  ...fields,
});

/** A quote from an interview, linked to `touchpointIds`, with `fields` over those defaults. */
export const researchNote = (
  id: string,
  touchpointIds: string[],
  fields: Partial<ResearchNote> = {},
): ResearchNote => ({
  id,
  kind: 'quote',
  text: `quote ${id}`,
  source: 'interview',
  participant: '',
  touchpointIds,
  createdAt: T0,
  updatedAt: T0,
  ...fields,
});

/** The small journey (stages s1 s2 s3; touchpoints t1, t2 in s1, t3, t4 in s2, t5 in s3) with metrics and values. */
export function measuredJourney(metrics: Metric[], values: MetricValue[]): Journey {
  return { ...smallJourney(), metrics, metricValues: values };
}

/** The columns `encodeList` makes of `values`, which must be plain objects. */
export function columnsOf(values: readonly unknown[]): Columns {
  const columns = encodeList(values);
  if (!isColumns(columns)) throw new Error('expected columns');
  return columns;
}

/** A copy of `journey` whose values and notes (if it has any) are kept as columns, as the library hands it out. */
export function keptAsColumns(journey: Journey): Journey {
  const stored = structuredClone(encodeRecord({ id: journey.id, journey }));
  return (decodeRecord(stored) as { journey: Journey }).journey;
}

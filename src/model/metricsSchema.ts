import { z } from 'zod';
import { emotionScoreSchema } from './emotion';
import { boundedList, id, journeyItem, longText, shortText, timestamp } from './fields';
import { LIMITS } from './limits';

/*
 * What a journey measures (metric definitions and their values) and the research behind its
 * emotions (notes linked to touchpoints). Added in format version 3.
 */

const figure = z.number().finite();

export const METRIC_KINDS = ['score', 'percentage', 'count', 'duration', 'currency'] as const;
export const metricKindSchema = z.enum(METRIC_KINDS);
export type MetricKind = z.infer<typeof metricKindSchema>;

export const GOOD_DIRECTIONS = ['higher', 'lower'] as const;
export type GoodDirection = (typeof GOOD_DIRECTIONS)[number];

export const metricSchema = journeyItem({
  name: shortText,
  kind: metricKindSchema,
  /** The preset it was made from (csat, nps…), to name it in the map's language; '' for a custom one. */
  preset: shortText.default(''),
  /** The unit shown after a value ("min", "€"); percentages and scores need none. */
  unit: shortText.default(''),
  min: figure.nullable().default(null),
  max: figure.nullable().default(null),
  good: z.enum(GOOD_DIRECTIONS).default('higher'),
  target: figure.nullable().default(null),
  /** Between the target and this, a value is "near" the target; beyond it, "off". */
  warning: figure.nullable().default(null),
});
export type Metric = z.infer<typeof metricSchema>;

/** Promoters, passives and detractors: an NPS as the survey counted it. */
export const npsCountsSchema = z.object({
  promoters: z.number().int().min(0),
  passives: z.number().int().min(0),
  detractors: z.number().int().min(0),
});
export type NpsCounts = z.infer<typeof npsCountsSchema>;

export const METRIC_TARGET_TYPES = ['stage', 'touchpoint'] as const;

export const metricValueSchema = journeyItem({
  metricId: id,
  targetType: z.enum(METRIC_TARGET_TYPES),
  /** The stage or touchpoint measured. */
  targetId: id,
  /** A stage's value in one scenario; absent: in every scenario. A touchpoint's value is its scenario's. */
  scenarioId: id.optional(),
  /** When it was measured, e.g. 2026-Q3 or 2026-07; '' when not said. Periods sort as text. */
  period: shortText.default(''),
  value: figure,
  counts: npsCountsSchema.optional(),
  /** How many people or sessions the value stands for: weights percentages across touchpoints. */
  sample: z.number().min(0).finite().optional(),
  /** A target for this value only, overriding the metric's. */
  target: figure.optional(),
  source: shortText.default(''),
});
export type MetricValue = z.infer<typeof metricValueSchema>;

export const RESEARCH_KINDS = ['quote', 'observation'] as const;
export const RESEARCH_SOURCES = [
  'interview',
  'survey',
  'analytics',
  'support-ticket',
  'observation',
  'other',
] as const;
export type ResearchSource = (typeof RESEARCH_SOURCES)[number];

export const researchNoteSchema = journeyItem({
  kind: z.enum(RESEARCH_KINDS).default('quote'),
  text: longText,
  source: z.enum(RESEARCH_SOURCES).default('other'),
  participant: shortText.default(''),
  personaId: id.optional(),
  /** The day it was said or seen, YYYY-MM-DD. */
  date: z.iso.date().optional(),
  sentiment: emotionScoreSchema.optional(),
  /** The touchpoints it is evidence for (many-to-many). */
  touchpointIds: boundedList(id, LIMITS.listItems),
  createdAt: timestamp,
});
export type ResearchNote = z.infer<typeof researchNoteSchema>;

/** The journey's metric and research lists (spread into journeySchema). */
export const measuresShape = {
  metrics: boundedList(metricSchema, LIMITS.metrics),
  metricValues: boundedList(metricValueSchema, LIMITS.metricValues),
  researchNotes: boundedList(researchNoteSchema, LIMITS.researchNotes),
};

/** A journey's metric and research lists before anything is measured or researched. */
const measuresSchema = z.object(measuresShape);
export const noMeasures = (): z.infer<typeof measuresSchema> => measuresSchema.parse({});

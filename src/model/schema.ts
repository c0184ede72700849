import { z } from 'zod';
import { emotionScoreSchema } from './emotion';
import { LIMITS } from './limits';
import { measuresShape } from './metricsSchema';
import { boundedList, color, id, journeyItem, longText, shortText, timestamp } from './fields';
import { BLUEPRINT_MERGEABLE_TYPES, blueprintFields } from './blueprintSchema';

export const LANGUAGES = ['en', 'es'] as const;
export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;

export const stageSchema = journeyItem({
  name: shortText,
  description: longText.default(''),
  color: color.default('#64748b'),
  /** Actions the stage model suggests for this stage; one click turns one into a touchpoint. */
  suggestions: boundedList(shortText, LIMITS.listItems),
});
export type Stage = z.infer<typeof stageSchema>;

export const personaSchema = journeyItem({
  name: shortText,
  role: shortText.default(''),
  summary: longText.default(''),
  goals: longText.default(''),
  needs: longText.default(''),
  frustrations: longText.default(''),
  quote: longText.default(''),
  /** An emoji, or a small image as a data: URL. */
  avatar: z.string().max(LIMITS.avatar).default('🙂'),
  color: color.default('#2563eb'),
});
export type Persona = z.infer<typeof personaSchema>;

export const CHANNEL_KINDS = [
  'web',
  'email',
  'phone',
  'in-person',
  'social',
  'app',
  'chat',
  'advertising',
  'mail',
  'other',
] as const;
export const channelKindSchema = z.enum(CHANNEL_KINDS);
export type ChannelKind = z.infer<typeof channelKindSchema>;

export const channelSchema = journeyItem({
  name: shortText,
  kind: channelKindSchema.default('other'),
  color: color.default('#0891b2'),
  /** An icon key the renderer draws as SVG (defaults to the kind's icon). */
  icon: shortText.default(''),
});
export type Channel = z.infer<typeof channelSchema>;

/**
 * One version of the map's touchpoint layer ("today", "best case", "worst case"): stages,
 * personas and channels are shared, each touchpoint belongs to exactly one scenario.
 */
export const scenarioSchema = journeyItem({
  name: shortText,
  description: longText.default(''),
});
export type Scenario = z.infer<typeof scenarioSchema>;

export const touchpointSchema = journeyItem({
  scenarioId: id,
  personaId: id,
  stageId: id,
  /** Position within its (scenario, persona, stage) cell: dense, 0..n-1. */
  order: z.number().int().min(0),
  title: shortText,
  description: longText.default(''),
  channelIds: boundedList(id, LIMITS.channels),
  emotion: emotionScoreSchema.default(0),
  doing: longText.default(''),
  thinking: longText.default(''),
  feeling: longText.default(''),
  momentOfTruth: z.boolean().default(false),
});
export type Touchpoint = z.infer<typeof touchpointSchema>;

export const ANNOTATION_KINDS = ['pain-point', 'opportunity', 'idea', 'question', 'comment'] as const;
export const annotationKindSchema = z.enum(ANNOTATION_KINDS);
export type AnnotationKind = z.infer<typeof annotationKindSchema>;

export const TARGET_TYPES = ['touchpoint', 'stage', 'persona', 'journey'] as const;
export const targetTypeSchema = z.enum(TARGET_TYPES);
export type TargetType = z.infer<typeof targetTypeSchema>;

export const PRIORITIES = ['low', 'medium', 'high'] as const;
export const prioritySchema = z.enum(PRIORITIES);
export type Priority = z.infer<typeof prioritySchema>;

export const ANNOTATION_STATUSES = ['open', 'resolved'] as const;
export const annotationStatusSchema = z.enum(ANNOTATION_STATUSES);
export type AnnotationStatus = z.infer<typeof annotationStatusSchema>;

export const replySchema = z.object({
  id,
  author: shortText.default(''),
  text: longText,
  createdAt: timestamp,
});
export type Reply = z.infer<typeof replySchema>;

export const annotationSchema = z.object({
  id,
  targetType: targetTypeSchema,
  /** The touchpoint, stage or persona id, or the journey's own id. */
  targetId: id,
  kind: annotationKindSchema,
  text: longText,
  author: shortText.default(''),
  priority: prioritySchema.default('medium'),
  status: annotationStatusSchema.default('open'),
  createdAt: timestamp,
  updatedAt: timestamp,
  replies: boundedList(replySchema, LIMITS.replies),
});
export type Annotation = z.infer<typeof annotationSchema>;

export const MERGEABLE_TYPES = [
  'journey',
  'scenario',
  'stage',
  'persona',
  'channel',
  'touchpoint',
  'metric',
  'metricValue',
  'researchNote',
  ...BLUEPRINT_MERGEABLE_TYPES,
] as const;

/** The same item changed on both sides of a merge: the newer version is kept, the other waits here. */
export const mergeConflictSchema = z.object({
  id,
  itemType: z.enum(MERGEABLE_TYPES),
  itemId: id,
  kept: z.enum(['mine', 'theirs']),
  mine: z.record(z.string(), z.unknown()),
  theirs: z.record(z.string(), z.unknown()),
  /** Whose the other copy was: the teammate's name, or the file it came from. */
  theirsFrom: shortText.optional(),
  detectedAt: timestamp,
});
export type MergeConflict = z.infer<typeof mergeConflictSchema>;

export const journeySchema = z.object({
  id,
  title: shortText,
  /** The situation the map describes, e.g. "Buying a family car after a second child". */
  situation: shortText.default(''),
  description: longText.default(''),
  language: languageSchema.default('en'),
  author: shortText.default(''),
  /** The stage model the journey was created from (see src/templates), if any. */
  templateId: shortText.default('blank'),
  createdAt: timestamp,
  updatedAt: timestamp,
  /** At least one; the first is the one a journey opens with. */
  scenarios: z.array(scenarioSchema).min(1).max(LIMITS.scenarios),
  stages: z.array(stageSchema).max(LIMITS.stages),
  personas: z.array(personaSchema).max(LIMITS.personas),
  channels: z.array(channelSchema).max(LIMITS.channels),
  touchpoints: z.array(touchpointSchema).max(LIMITS.touchpoints),
  annotations: z.array(annotationSchema).max(LIMITS.annotations),
  ...measuresShape,
  ...blueprintFields,
  /** Unresolved merge conflicts; absent in journeys that never had one. */
  conflicts: z
    .array(mergeConflictSchema)
    .max(LIMITS.listItems * 10)
    .optional(),
});
export type Journey = z.infer<typeof journeySchema>;
/** The journey's own fields a user edits (and a merge compares as one item). */
export const JOURNEY_META_KEYS = ['title', 'situation', 'description', 'language', 'author'] as const;
export type JourneyMeta = Pick<Journey, (typeof JOURNEY_META_KEYS)[number]>;
/** A journey as it may come from outside, before defaults are filled in. */
export type JourneyInput = z.input<typeof journeySchema>;

import { z } from 'zod';
import { LIMITS } from './limits';
import { boundedList, color, id, journeyItem, longText, shortText } from './fields';

/** A department or team that carries part of the journey: Marketing, Sales, Operations… */
export const ownerSchema = journeyItem({
  name: shortText,
  color: color.default('#7c3aed'),
});
export type Owner = z.infer<typeof ownerSchema>;

/** Frontstage: what the customer sees staff or systems do; backstage: out of sight; support: processes and systems. */
export const BLUEPRINT_LAYER_KINDS = ['frontstage', 'backstage', 'support'] as const;
export const blueprintLayerKindSchema = z.enum(BLUEPRINT_LAYER_KINDS);
export type BlueprintLayerKind = z.infer<typeof blueprintLayerKindSchema>;

/** A row of the service blueprint below the customer's lanes; rows are drawn in list order. */
export const blueprintLayerSchema = journeyItem({
  kind: blueprintLayerKindSchema,
  /** Empty: the kind's name in the reader's language. */
  name: shortText.default(''),
  hidden: z.boolean().default(false),
});
export type BlueprintLayer = z.infer<typeof blueprintLayerSchema>;

/** What the company does in one layer and stage; items of one cell are shown in list order. */
export const blueprintItemSchema = journeyItem({
  layerId: id,
  stageId: id,
  title: shortText,
  description: longText.default(''),
  ownerId: id.optional(),
  /** The touchpoints the item serves. */
  touchpointIds: boundedList(id, LIMITS.listItems),
});
export type BlueprintItem = z.infer<typeof blueprintItemSchema>;

/** Share of customers, in percent. */
const share = z.number().min(0).max(100).optional();

/** Customers going back from a touchpoint or a stage to an earlier stage (the lifecycle is a cycle). */
export const loopSchema = journeyItem({
  fromType: z.enum(['touchpoint', 'stage']),
  fromId: id,
  toStageId: id,
  share,
  label: shortText.default(''),
});
export type Loop = z.infer<typeof loopSchema>;

/** An alternative next step of a touchpoint ("abandons the cart"), drawn as a fork of the persona's curve. */
export const branchSchema = journeyItem({
  touchpointId: id,
  toTouchpointId: id,
  share,
  label: shortText.default(''),
});
export type Branch = z.infer<typeof branchSchema>;

export const PLAN_STATUSES = ['idea', 'planned', 'in-progress', 'done'] as const;
export const planStatusSchema = z.enum(PLAN_STATUSES);
export type PlanStatus = z.infer<typeof planStatusSchema>;
const score = z.number().int().min(1).max(5).optional();

/** An opportunity in the action plan; `id` is the opportunity's own id (one entry per opportunity). */
export const planEntrySchema = journeyItem({
  impact: score,
  effort: score,
  ownerId: id.optional(),
  /** A calendar day, e.g. 2026-12-31. */
  due: z.iso.date().optional(),
  status: planStatusSchema.default('idea'),
});
export type PlanEntry = z.infer<typeof planEntrySchema>;

/** The journey's blueprint fields, spread into journeySchema. */
export const blueprintFields = {
  owners: boundedList(ownerSchema, LIMITS.owners),
  blueprintLayers: boundedList(blueprintLayerSchema, LIMITS.blueprintLayers),
  blueprintItems: boundedList(blueprintItemSchema, LIMITS.blueprintItems),
  loops: boundedList(loopSchema, LIMITS.loops),
  branches: boundedList(branchSchema, LIMITS.branches),
  plan: boundedList(planEntrySchema, LIMITS.planEntries),
};

/** Merge conflict item types of the blueprint's lists. */
export const BLUEPRINT_MERGEABLE_TYPES = [
  'owner',
  'blueprintLayer',
  'blueprintItem',
  'loop',
  'branch',
  'plan',
] as const;

/** Each mergeable blueprint type's schema and list in the journey. */
export const BLUEPRINT_SCHEMAS = {
  owner: ownerSchema,
  blueprintLayer: blueprintLayerSchema,
  blueprintItem: blueprintItemSchema,
  loop: loopSchema,
  branch: branchSchema,
  plan: planEntrySchema,
} as const;
export const BLUEPRINT_LISTS = {
  owner: 'owners',
  blueprintLayer: 'blueprintLayers',
  blueprintItem: 'blueprintItems',
  loop: 'loops',
  branch: 'branches',
  plan: 'plan',
} as const;

/** A journey's blueprint fields before anything is added: what the schema fills in for a map without them. */
const blueprintListsSchema = z.object(blueprintFields);
export const emptyBlueprint = (): z.infer<typeof blueprintListsSchema> => blueprintListsSchema.parse({});

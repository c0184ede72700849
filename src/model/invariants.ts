import type { z } from 'zod';
import { journeySchema, type Annotation, type Journey, type Touchpoint } from './schema';
import {
  quickMetricColumns,
  quickMetricValues,
  quickNoteColumns,
  quickResearchNotes,
} from './metricValuesCheck';
import { defineLazyResearchNotes, lazyResearchNotes, noteTable } from './noteTable';
import { defineLazyMetricValues, lazyMetricValues, valueTable } from './valueTable';
import { blueprintIds, blueprintReferences, type BlueprintTarget } from './blueprintInvariants';

/** Which rule is broken, with what (for messages in any language). */
type NoSuchTarget = {
  kind: 'noSuchTarget';
  target: 'scenario' | 'channel' | 'metric' | Annotation['targetType'] | BlueprintTarget;
  id: string;
};

export type InvariantRule =
  | { kind: 'duplicateId'; id: string; firstPath: string }
  | NoSuchTarget
  | { kind: 'ordersNotDense'; scenarioId: string; personaId: string; stageId: string; orders: string };

/** One broken rule in a journey, located by a JSON path such as `touchpoints[12].stageId`. */
export type InvariantViolation = InvariantRule & {
  path: string;
  /** The rule in English, for logs and developers. */
  message: string;
};

/**
 * The JSON path of an item's field, `list[index].field` (then `[sub]` for an element of the field's list), or
 * `list` alone when it is a whole path already. Written only for the items that break a rule: a path string
 * made for each of the tens of thousands of items of a measured map was most of what checking it cost.
 */
const pathOf = (list: string, index = -1, field = 'id', sub = -1) =>
  index < 0 ? list : `${list}[${index}].${field}${sub < 0 ? '' : `[${sub}]`}`;

/** What a check may leave to a second one: see `checkInvariants`. */
export interface InvariantOptions {
  /**
   * False: the ids of the metric values and research notes are not checked for uniqueness (every other rule is).
   * On a measured map they are most of the ids, and most of what the check costs; a duplicate among them breaks
   * nothing the map draws, so a map can open without it while its whole check runs on another thread.
   */
  measureIds?: boolean;
}

/**
 * The rules the schema alone cannot express: unique ids, references that resolve,
 * dense touchpoint orders in every (scenario, persona, stage) cell.
 */
export function checkInvariants(
  journey: Journey,
  { measureIds = true }: InvariantOptions = {},
): InvariantViolation[] {
  const violations: InvariantViolation[] = [];
  /** Claims ids in one namespace: a second claim of an id is a violation. */
  const claimer = () => {
    // Where each id was first claimed, as the arguments of `pathOf` (no string made per item).
    const seen = new Map<string, number>();
    const lists: string[] = [];
    const indexes: number[] = [];
    const fields: string[] = [];
    return (idValue: string, list: string, index = -1, field = 'id') => {
      const first = seen.get(idValue);
      if (first !== undefined) {
        const firstPath = pathOf(lists[first]!, indexes[first], fields[first]);
        violations.push({
          kind: 'duplicateId',
          id: idValue,
          firstPath,
          path: pathOf(list, index, field),
          message: `duplicate id "${idValue}" (also used at ${firstPath})`,
        });
      } else {
        seen.set(idValue, lists.length);
        lists.push(list);
        indexes.push(index);
        fields.push(field);
      }
    };
  };
  const claim = claimer();
  claim(journey.id, 'id');
  journey.scenarios.forEach((s, i) => claim(s.id, 'scenarios', i));
  journey.stages.forEach((s, i) => claim(s.id, 'stages', i));
  journey.personas.forEach((p, i) => claim(p.id, 'personas', i));
  journey.channels.forEach((c, i) => claim(c.id, 'channels', i));
  journey.touchpoints.forEach((t, i) => claim(t.id, 'touchpoints', i));
  journey.annotations.forEach((a, i) => {
    claim(a.id, 'annotations', i);
    a.replies.forEach((r, j) => claim(r.id, 'annotations', i, `replies[${j}].id`));
  });
  journey.metrics.forEach((m, i) => claim(m.id, 'metrics', i));
  if (measureIds) {
    journey.metricValues.forEach((v, i) => claim(v.id, 'metricValues', i));
    journey.researchNotes.forEach((n, i) => claim(n.id, 'researchNotes', i));
  }
  for (const [value, path] of blueprintIds(journey)) claim(value, path);
  // A plan entry is keyed by its opportunity's id: one per opportunity, in a namespace of their own.
  const claimPlan = claimer();
  journey.plan.forEach((p, i) => claimPlan(p.id, 'plan', i));

  const scenarioIds = new Set(journey.scenarios.map((s) => s.id));
  const stageIds = new Set(journey.stages.map((s) => s.id));
  const personaIds = new Set(journey.personas.map((p) => p.id));
  const channelIds = new Set(journey.channels.map((c) => c.id));
  const touchpointIds = new Set(journey.touchpoints.map((t) => t.id));

  /** A reference at `pathOf(list, index, field, sub)` to an id that is not among `ids`. */
  const resolve = (
    ids: Set<string>,
    target: NoSuchTarget['target'],
    id: string,
    list: string,
    index?: number,
    field?: string,
    sub?: number,
  ) => {
    if (ids.has(id)) return;
    const path = pathOf(list, index, field, sub);
    violations.push({ kind: 'noSuchTarget', target, id, path, message: `no ${target} with id "${id}"` });
  };
  journey.touchpoints.forEach((t, i) => {
    resolve(scenarioIds, 'scenario', t.scenarioId, 'touchpoints', i, 'scenarioId');
    resolve(stageIds, 'stage', t.stageId, 'touchpoints', i, 'stageId');
    resolve(personaIds, 'persona', t.personaId, 'touchpoints', i, 'personaId');
    t.channelIds.forEach((c, j) => resolve(channelIds, 'channel', c, 'touchpoints', i, 'channelIds', j));
  });

  journey.annotations.forEach((a, i) => {
    const targets =
      a.targetType === 'touchpoint'
        ? touchpointIds
        : a.targetType === 'stage'
          ? stageIds
          : a.targetType === 'persona'
            ? personaIds
            : new Set([journey.id]);
    resolve(targets, a.targetType, a.targetId, 'annotations', i, 'targetId');
  });

  const metricIds = new Set(journey.metrics.map((m) => m.id));
  // Read through the table: values still kept as columns are checked there, without making their objects;
  // each distinct id is looked up once (see `MetricValueTable.codes`), a value's only when it is not found.
  const values = valueTable(journey);
  const metric = values.codes('metricId');
  const metricFound = metric.names.map((id) => metricIds.has(id));
  const type = values.codes('targetType');
  const onStage = type.names.map((name) => name === 'stage');
  const target = values.codes('targetId');
  const stageFound = target.names.map((id) => stageIds.has(id));
  const touchpointFound = target.names.map((id) => touchpointIds.has(id));
  // Each code list read once (see `soundColumns`): this runs as a measured map opens.
  const [metricOf, typeOf, targetOf] = [metric.of, type.of, target.of];
  const rows = values.length;
  const scoped = values.has('scenarioId');
  // No value to look at when every metric is found, every value's target is of one type and found, and no value
  // names a scenario: a measured map's usual values, on touchpoints.
  const ofOneType = type.names.length === 1 ? (onStage[0] ? stageFound : touchpointFound) : undefined;
  const allFound = !scoped && metricFound.every(Boolean) && ofOneType?.every(Boolean) === true;
  for (let i = 0; i < (allFound ? 0 : rows); i++) {
    if (!metricFound[metricOf[i]!])
      resolve(metricIds, 'metric', values.metricId(i), 'metricValues', i, 'metricId');
    const stage = onStage[typeOf[i]!]!;
    if (!(stage ? stageFound : touchpointFound)[targetOf[i]!])
      resolve(
        stage ? stageIds : touchpointIds,
        values.targetType(i),
        values.targetId(i),
        'metricValues',
        i,
        'targetId',
      );
    // Read only if some value has one (a stage's value of one scenario): not a call per value of every map.
    const scenarioId = scoped ? values.scenarioId(i) : undefined;
    if (scenarioId !== undefined)
      resolve(scenarioIds, 'scenario', scenarioId, 'metricValues', i, 'scenarioId');
  }
  // Read through the table too: notes still kept as columns are checked there, without making their objects.
  const notes = noteTable(journey);
  for (let i = 0; i < notes.length; i++) {
    const personaId = notes.personaId(i);
    if (personaId !== undefined) resolve(personaIds, 'persona', personaId, 'researchNotes', i, 'personaId');
    const linked = notes.touchpointIds(i);
    for (let j = 0; j < linked.length; j++)
      resolve(touchpointIds, 'touchpoint', linked[j]!, 'researchNotes', i, 'touchpointIds', j);
  }
  const blueprintTargets = {
    stage: stageIds,
    touchpoint: touchpointIds,
    owner: new Set(journey.owners.map((o) => o.id)),
    blueprintLayer: new Set(journey.blueprintLayers.map((l) => l.id)),
    opportunity: new Set(journey.annotations.filter((a) => a.kind === 'opportunity').map((a) => a.id)),
  };
  for (const ref of blueprintReferences(journey, blueprintTargets))
    resolve(blueprintTargets[ref.target], ref.target, ref.id, ref.path);

  for (const cell of groupByCell(journey.touchpoints).values()) {
    const orders = cell.map((t) => t.order).sort((x, y) => x - y);
    if (orders.some((order, i) => order !== i)) {
      const { scenarioId, personaId, stageId } = cell[0]!;
      violations.push({
        kind: 'ordersNotDense',
        scenarioId,
        personaId,
        stageId,
        orders: orders.join(', '),
        path: 'touchpoints',
        message: `orders in the cell of scenario "${scenarioId}", persona "${personaId}", stage "${stageId}" are not 0..${cell.length - 1}: ${orders.join(', ')}`,
      });
    }
  }
  return violations;
}

/** Where a touchpoint sits: its scenario, its persona's lane and its stage's column. */
export type Cell = Pick<Touchpoint, 'scenarioId' | 'personaId' | 'stageId'>;

/** A map key made of ids: any character may be in an id, so they are not joined by a separator that could collide. */
export const compoundKey = (...ids: string[]): string => JSON.stringify(ids);

export function cellKey({ scenarioId, personaId, stageId }: Cell): string {
  return compoundKey(scenarioId, personaId, stageId);
}

/** Touchpoints grouped by cell, each group sorted by order. */
export function groupByCell<T extends Touchpoint>(touchpoints: readonly T[]): Map<string, T[]> {
  const cells = new Map<string, T[]>();
  for (const t of touchpoints) {
    const key = cellKey(t);
    const cell = cells.get(key);
    if (cell) cell.push(t);
    else cells.set(key, [t]);
  }
  for (const cell of cells.values()) cell.sort((a, b) => a.order - b.order);
  return cells;
}

/** Why a value is not a sound journey: what the schema refuses, or — once it parses — the rules it breaks. */
export type JourneyFault =
  | { kind: 'schema'; issues: readonly z.core.$ZodIssue[] }
  | { kind: 'invariants'; violations: InvariantViolation[] };

/**
 * `journeySchema.safeParse`, with the metric values and research notes (the bulk of a measured map) checked by
 * their quick twins; if one of them is not sound, the schema parses the whole journey and says why.
 */
function parseJourney(raw: unknown): ReturnType<typeof journeySchema.safeParse> {
  const fields = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<
    Record<keyof Journey, unknown>
  >;
  // Lists still kept as columns are checked there, and stay columns: only lists that fail make objects.
  const columns = lazyMetricValues(fields);
  const asStored = columns && quickMetricColumns(columns) ? columns : undefined;
  const metricValues =
    asStored || !Array.isArray(fields.metricValues) ? undefined : quickMetricValues(fields.metricValues);
  const noteColumns = lazyResearchNotes(fields);
  const notesAsStored = noteColumns && quickNoteColumns(noteColumns) ? noteColumns : undefined;
  const researchNotes =
    notesAsStored || !Array.isArray(fields.researchNotes)
      ? undefined
      : quickResearchNotes(fields.researchNotes);
  if ((!asStored && !metricValues) || (!notesAsStored && !researchNotes)) return journeySchema.safeParse(raw);
  const parsed = journeySchema.safeParse(withEmptyMeasures(fields));
  if (parsed.success) {
    if (notesAsStored) defineLazyResearchNotes(parsed.data, notesAsStored);
    else parsed.data.researchNotes = researchNotes!;
    if (asStored) defineLazyMetricValues(parsed.data, asStored);
    else parsed.data.metricValues = metricValues!;
  }
  return parsed;
}

/** The journey's fields with empty measures, its own not read (reading lists kept as columns makes them). */
function withEmptyMeasures(fields: object): object {
  const copy: Record<string, unknown> = { metricValues: [], researchNotes: [] };
  for (const key of Object.keys(fields))
    if (!(key in copy)) copy[key] = (fields as Record<string, unknown>)[key];
  return copy;
}

/**
 * The one check of a journey from outside (a file, IndexedDB): parsed by the schema (defaults filled), then
 * held to the invariants. Readers and the library only turn the fault into their own errors.
 */
export function checkJourney(
  raw: unknown,
  options?: InvariantOptions,
): { ok: true; journey: Journey } | { ok: false; fault: JourneyFault } {
  const parsed = parseJourney(raw);
  if (!parsed.success) return { ok: false, fault: { kind: 'schema', issues: parsed.error.issues } };
  const violations = checkInvariants(parsed.data, options);
  if (violations.length) return { ok: false, fault: { kind: 'invariants', violations } };
  return { ok: true, journey: parsed.data };
}

import type { Journey } from './schema';

/** What a blueprint field may point at that is not there. */
export type BlueprintTarget = 'owner' | 'blueprintLayer' | 'opportunity';

/** The ids the blueprint's items claim in the journey's one id space, with their paths. */
export function blueprintIds(journey: Journey): [string, string][] {
  return [
    ...journey.owners.map((o, i): [string, string] => [o.id, `owners[${i}].id`]),
    ...journey.blueprintLayers.map((l, i): [string, string] => [l.id, `blueprintLayers[${i}].id`]),
    ...journey.blueprintItems.map((b, i): [string, string] => [b.id, `blueprintItems[${i}].id`]),
    ...journey.loops.map((l, i): [string, string] => [l.id, `loops[${i}].id`]),
    ...journey.branches.map((b, i): [string, string] => [b.id, `branches[${i}].id`]),
  ];
}

type Target = BlueprintTarget | 'stage' | 'touchpoint';
export interface BlueprintReference {
  target: Target;
  id: string;
  path: string;
}

/**
 * The references the blueprint, loops, branches and plan make that do not resolve among the `known` ids. Paths
 * are written only for those: a large blueprint makes thousands of references, nearly always all sound.
 */
export function blueprintReferences(
  journey: Journey,
  known: Record<Target, ReadonlySet<string>>,
): BlueprintReference[] {
  const refs: BlueprintReference[] = [];
  const ref = (
    target: Target,
    id: string | undefined,
    list: string,
    i: number,
    field: string,
    j?: number,
  ) => {
    if (id !== undefined && !known[target].has(id))
      refs.push({ target, id, path: `${list}[${i}].${field}${j === undefined ? '' : `[${j}]`}` });
  };
  journey.blueprintItems.forEach((b, i) => {
    ref('blueprintLayer', b.layerId, 'blueprintItems', i, 'layerId');
    ref('stage', b.stageId, 'blueprintItems', i, 'stageId');
    ref('owner', b.ownerId, 'blueprintItems', i, 'ownerId');
    b.touchpointIds.forEach((t, j) => ref('touchpoint', t, 'blueprintItems', i, 'touchpointIds', j));
  });
  journey.loops.forEach((l, i) => {
    ref(l.fromType, l.fromId, 'loops', i, 'fromId');
    ref('stage', l.toStageId, 'loops', i, 'toStageId');
  });
  journey.branches.forEach((b, i) => {
    ref('touchpoint', b.touchpointId, 'branches', i, 'touchpointId');
    ref('touchpoint', b.toTouchpointId, 'branches', i, 'toTouchpointId');
  });
  journey.plan.forEach((p, i) => {
    ref('opportunity', p.id, 'plan', i, 'id');
    ref('owner', p.ownerId, 'plan', i, 'ownerId');
  });
  return refs;
}

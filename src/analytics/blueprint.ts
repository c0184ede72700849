import type { Annotation, Journey, Touchpoint } from '../model';

export interface StageOwners {
  stageId: string;
  stage: string;
  /** Who carries the stage: each owner with the number of blueprint items it has there, most first. */
  owners: { ownerId: string; owner: string; items: number }[];
  /** Items in the stage with no owner. */
  unowned: number;
}

/** Owners per stage, in stage order; owners of equal weight in the journey's owner order. */
export function ownersPerStage(journey: Journey): StageOwners[] {
  const ownerIndex = new Map(journey.owners.map((o, i) => [o.id, i]));
  return journey.stages.map((stage) => {
    const counts = new Map<string, number>();
    let unowned = 0;
    for (const item of journey.blueprintItems) {
      if (item.stageId !== stage.id) continue;
      if (item.ownerId === undefined) unowned++;
      else counts.set(item.ownerId, (counts.get(item.ownerId) ?? 0) + 1);
    }
    const owners = [...counts]
      .map(([ownerId, items]) => ({
        ownerId,
        owner: journey.owners[ownerIndex.get(ownerId)!]!.name,
        items,
      }))
      .sort((a, b) => b.items - a.items || ownerIndex.get(a.ownerId)! - ownerIndex.get(b.ownerId)!);
    return { stageId: stage.id, stage: stage.name, owners, unowned };
  });
}

/** Owner ids behind each touchpoint: the owners of the blueprint items linked to it. */
export function ownersByTouchpoint(journey: Journey): Map<string, Set<string>> {
  const owners = new Map<string, Set<string>>();
  for (const item of journey.blueprintItems) {
    if (item.ownerId === undefined) continue;
    for (const id of item.touchpointIds) {
      const set = owners.get(id) ?? new Set<string>();
      set.add(item.ownerId);
      owners.set(id, set);
    }
  }
  return owners;
}

/** Touchpoints no owned blueprint item serves: moments nobody in the company answers for. */
export function touchpointsWithoutOwner(journey: Journey): Touchpoint[] {
  const owned = ownersByTouchpoint(journey);
  const stageIndex = new Map(journey.stages.map((s, i) => [s.id, i]));
  const personaIndex = new Map(journey.personas.map((p, i) => [p.id, i]));
  return journey.touchpoints
    .filter((t) => !owned.has(t.id))
    .sort(
      (a, b) =>
        stageIndex.get(a.stageId)! - stageIndex.get(b.stageId)! ||
        personaIndex.get(a.personaId)! - personaIndex.get(b.personaId)! ||
        a.order - b.order,
    );
}

/**
 * Whether an owner answers for a note's target: a touchpoint one of its items serves, or a stage
 * where it has an item.
 */
export function ownedBy(journey: Journey, ownerId: string): (note: Annotation) => boolean {
  const touchpoints = ownersByTouchpoint(journey);
  const stages = new Set(journey.blueprintItems.filter((b) => b.ownerId === ownerId).map((b) => b.stageId));
  return (note) =>
    (note.targetType === 'touchpoint' && (touchpoints.get(note.targetId)?.has(ownerId) ?? false)) ||
    (note.targetType === 'stage' && stages.has(note.targetId));
}

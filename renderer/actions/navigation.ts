import type { Journey, Touchpoint } from '../../src/model';

export type Direction = 'left' | 'right' | 'up' | 'down';

/** Touchpoints of a persona in journey order (stage, then order in the cell). */
export function personaPath(journey: Journey, personaId: string): Touchpoint[] {
  const stageIndex = new Map(journey.stages.map((s, i) => [s.id, i]));
  return journey.touchpoints
    .filter((t) => t.personaId === personaId)
    .sort((a, b) => stageIndex.get(a.stageId)! - stageIndex.get(b.stageId)! || a.order - b.order);
}

/**
 * Keyboard navigation between cards: left/right walk the persona's journey, up/down jump
 * to the nearest card of the lane above/below (same stage if it has one).
 */
export function neighbour(
  journey: Journey,
  fromId: string | undefined,
  direction: Direction,
): Touchpoint | undefined {
  const from = journey.touchpoints.find((t) => t.id === fromId);
  if (!from) return personaPath(journey, journey.personas[0]?.id ?? '')[0] ?? journey.touchpoints[0];
  if (direction === 'left' || direction === 'right') {
    const path = personaPath(journey, from.personaId);
    const i = path.findIndex((t) => t.id === from.id);
    return path[direction === 'left' ? i - 1 : i + 1];
  }
  const lane = journey.personas.findIndex((p) => p.id === from.personaId);
  const stageIndex = new Map(journey.stages.map((s, i) => [s.id, i]));
  const here = stageIndex.get(from.stageId)!;
  for (
    let l = lane + (direction === 'up' ? -1 : 1);
    l >= 0 && l < journey.personas.length;
    l += direction === 'up' ? -1 : 1
  ) {
    const path = personaPath(journey, journey.personas[l]!.id);
    if (!path.length) continue;
    return path.reduce((best, t) =>
      Math.abs(stageIndex.get(t.stageId)! - here) < Math.abs(stageIndex.get(best.stageId)! - here) ? t : best,
    );
  }
  return undefined;
}

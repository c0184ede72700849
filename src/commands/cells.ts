import type { Draft } from 'immer';
import type { Journey, Touchpoint } from '../model';

type DraftTouchpoint = Draft<Touchpoint>;

/** The touchpoints of one (persona, stage) cell in order, as drafts. */
export function cellOf(draft: Draft<Journey>, personaId: string, stageId: string): DraftTouchpoint[] {
  return draft.touchpoints
    .filter((t) => t.personaId === personaId && t.stageId === stageId)
    .sort((a, b) => a.order - b.order);
}

/** Renumber a cell 0..n-1 keeping its current order: orders stay dense after every edit. */
export function renumberCell(draft: Draft<Journey>, personaId: string, stageId: string): void {
  cellOf(draft, personaId, stageId).forEach((t, i) => {
    if (t.order !== i) t.order = i;
  });
}

/**
 * Put `moving` touchpoints into a cell at `index` (clamped), in the given sequence,
 * and renumber the cells they left and the one they joined.
 */
export function placeInCell(
  draft: Draft<Journey>,
  moving: DraftTouchpoint[],
  personaId: string,
  stageId: string,
  index: number,
  now: string,
): void {
  const movingIds = new Set(moving.map((t) => t.id));
  const leftCells = new Set(moving.map((t) => `${t.personaId}\u0000${t.stageId}`));
  const others = cellOf(draft, personaId, stageId).filter((t) => !movingIds.has(t.id));
  const at = Math.max(0, Math.min(index, others.length));
  const sequence = [...others.slice(0, at), ...moving, ...others.slice(at)];
  for (const t of moving) {
    if (t.personaId !== personaId || t.stageId !== stageId) {
      t.personaId = personaId;
      t.stageId = stageId;
      t.updatedAt = now;
    }
  }
  sequence.forEach((t, i) => {
    if (t.order !== i) {
      t.order = i;
      if (movingIds.has(t.id)) t.updatedAt = now;
    }
  });
  for (const key of leftCells) {
    const [p, s] = key.split('\u0000') as [string, string];
    renumberCell(draft, p, s);
  }
}

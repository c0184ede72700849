import type { Draft } from 'immer';
import { cellKey, type Cell, type Journey, type Touchpoint } from '../model';

type DraftTouchpoint = Draft<Touchpoint>;

const inCell = (t: Cell, cell: Cell) =>
  t.scenarioId === cell.scenarioId && t.personaId === cell.personaId && t.stageId === cell.stageId;

/** The touchpoints of one cell in order, as drafts. */
export function cellOf(draft: Draft<Journey>, cell: Cell): DraftTouchpoint[] {
  return draft.touchpoints.filter((t) => inCell(t, cell)).sort((a, b) => a.order - b.order);
}

/** Renumber a cell 0..n-1 keeping its current order: orders stay dense after every edit. */
export function renumberCell(draft: Draft<Journey>, cell: Cell): void {
  cellOf(draft, cell).forEach((t, i) => {
    if (t.order !== i) t.order = i;
  });
}

/** The cells these touchpoints are in now (each once). */
export function cellsOf(touchpoints: readonly Cell[]): Cell[] {
  const cells = new Map<string, Cell>();
  for (const { scenarioId, personaId, stageId } of touchpoints)
    cells.set(cellKey({ scenarioId, personaId, stageId }), { scenarioId, personaId, stageId });
  return [...cells.values()];
}

/**
 * Put `moving` touchpoints into a cell at `index` (clamped), in the given sequence,
 * and renumber the cells they left and the one they joined.
 */
export function placeInCell(
  draft: Draft<Journey>,
  moving: DraftTouchpoint[],
  cell: Cell,
  index: number,
  now: string,
): void {
  const movingIds = new Set(moving.map((t) => t.id));
  const leftCells = cellsOf(moving);
  const others = cellOf(draft, cell).filter((t) => !movingIds.has(t.id));
  const at = Math.max(0, Math.min(index, others.length));
  const sequence = [...others.slice(0, at), ...moving, ...others.slice(at)];
  for (const t of moving) {
    if (!inCell(t, cell)) {
      Object.assign(t, cell);
      t.updatedAt = now;
    }
  }
  sequence.forEach((t, i) => {
    if (t.order !== i) {
      t.order = i;
      if (movingIds.has(t.id)) t.updatedAt = now;
    }
  });
  for (const left of leftCells) renumberCell(draft, left);
}

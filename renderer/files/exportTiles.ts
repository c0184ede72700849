import type { CanvasNode, MapLayout } from '../canvas/layout';

/** An image of a map with more cards than this is drawn in vertical slices, one task each. */
export const CARDS_PER_TILE = 600;
/** Fewer where cards are drawn in full detail (four times as many elements each). */
export const DETAILED_CARDS_PER_TILE = 400;

/**
 * Where to cut the map, in flow units: groups of whole stage columns holding at most `cardsPerTile`
 * cards (a column with more is a slice of its own). The first slice starts at the map's left edge
 * (lane headers included), the last ends at its right edge. One slice: nothing to cut.
 */
export function tileCuts(
  layout: Pick<MapLayout, 'columns' | 'nodes'>,
  cardsPerTile = CARDS_PER_TILE,
): number[] {
  const cardsIn = new Map<number, number>();
  for (const node of layout.nodes) {
    if (node.type !== 'touchpoint') continue;
    const column = layout.columns.findIndex((c) => node.position.x >= c.x && node.position.x < c.x + c.width);
    cardsIn.set(column, (cardsIn.get(column) ?? 0) + 1);
  }
  const cuts: number[] = [];
  let inTile = 0;
  layout.columns.forEach((column, i) => {
    const cards = cardsIn.get(i) ?? 0;
    if (inTile > 0 && inTile + cards > cardsPerTile) {
      cuts.push(column.x);
      inTile = 0;
    }
    inTile += cards;
  });
  return cuts;
}

/**
 * The nodes one slice [left, right) draws: those overlapping it, every curve, and the cards at both ends
 * of each curve segment that crosses it (so the curve runs on across the cut, where it is clipped).
 */
export function tileNodes(nodes: readonly CanvasNode[], left: number, right: number): CanvasNode[] {
  const overlaps = (x: number, width: number) => x < right && x + width > left;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const ends = new Set<string>();
  for (const curve of nodes) {
    if (curve.type !== 'curve') continue;
    const ids = curve.data.touchpointIds;
    for (let i = 1; i < ids.length; i++) {
      const [a, b] = [byId.get(ids[i - 1]!), byId.get(ids[i]!)];
      if (!a || !b) continue;
      const from = Math.min(a.position.x, b.position.x);
      const to = Math.max(a.position.x + (a.width ?? 0), b.position.x + (b.width ?? 0));
      if (overlaps(from, to - from)) ends.add(a.id).add(b.id);
    }
  }
  return nodes.filter((n) => n.type === 'curve' || ends.has(n.id) || overlaps(n.position.x, n.width ?? 0));
}

/**
 * The edges of the slices on the exported sheet, in CSS pixels: `cuts` (map units) moved by the sheet's
 * left padding and snapped so that each falls on a whole device pixel at `pixelRatio` — slices drawn side
 * by side then meet without a seam.
 */
export function tileEdges(
  cuts: readonly number[],
  sheetLeft: number,
  sheetWidth: number,
  pixelRatio: number,
): number[] {
  const snap = (x: number) => Math.round(x * pixelRatio) / pixelRatio;
  return [0, ...cuts.map((x) => snap(sheetLeft + x)), sheetWidth];
}

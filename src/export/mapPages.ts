import { cardLeftInCell, GEOMETRY } from '../layout/geometry';
import type { MapGrid } from '../layout/mapGrid';

/** The smallest a card title may be printed, in points. */
export const MIN_TITLE_PT = 6;
/** A card title's size in map units (src/drawing/card.ts). */
const TITLE_UNITS = 14;

/** A part of the map's body, in map units: whole lanes down, and across whole stages or, in a stage wider than a page, whole cards. */
export interface MapPage {
  /** The stages (column indexes) the page shows all or part of, first and last, inclusive. */
  columns: [number, number];
  lanes: [number, number];
  x: number;
  width: number;
  y: number;
  height: number;
  /** Map units → points. */
  scale: number;
}

/** Consecutive runs of `sizes` whose sum stays within `room` (a run holds at least one). */
function runs(sizes: number[], room: number): [number, number][] {
  const out: [number, number][] = [];
  let [start, sum] = [0, 0];
  sizes.forEach((size, i) => {
    if (i > start && sum + size > room) {
      out.push([start, i - 1]);
      [start, sum] = [i, 0];
    }
    sum += size;
  });
  if (sizes.length) out.push([start, sizes.length - 1]);
  return out;
}

/** The columns as pieces no wider than `room`: a wider stage is cut between cards, never through one. */
function columnPieces(columns: MapGrid['columns'], room: number) {
  const step = GEOMETRY.cardWidth + GEOMETRY.cardGap;
  const pieces: { column: number; x: number; width: number }[] = [];
  for (const column of columns) {
    if (column.width <= room) {
      pieces.push({ column: column.index, x: column.x, width: column.width });
      continue;
    }
    const perPiece = Math.max(1, Math.floor((room - 2 * GEOMETRY.cellPadding + GEOMETRY.cardGap) / step));
    const cuts = [0];
    for (let slot = perPiece; cardLeftInCell(slot) + GEOMETRY.cardWidth <= column.width; slot += perPiece)
      cuts.push(cardLeftInCell(slot) - GEOMETRY.cardGap / 2);
    cuts.push(column.width);
    for (let i = 0; i + 1 < cuts.length; i++)
      pieces.push({ column: column.index, x: column.x + cuts[i]!, width: cuts[i + 1]! - cuts[i]! });
  }
  return pieces;
}

/**
 * The map on pages of `area` points: all of it on one page, fitted both ways, when its card titles stay
 * at least 6 pt; otherwise split by whole stages (a stage wider than a page between its cards, and by
 * whole lanes when the lanes do not fit down the page), each page repeating the stage headers and the
 * persona column, so that no card is ever cut by a page edge.
 */
export function planMapPages(
  grid: Pick<MapGrid, 'columns' | 'lanes' | 'width' | 'height'>,
  area: { width: number; height: number },
): MapPage[] {
  const head = { x: GEOMETRY.laneHeaderWidth, y: GEOMETRY.stageHeaderHeight };
  const fit = Math.min(1, area.width / grid.width, area.height / grid.height);
  const allLanes: [number, number] = [0, grid.lanes.length - 1];
  const lanesRange = (lanes: [number, number]) => {
    const [l0, l1] = [grid.lanes[lanes[0]], grid.lanes[lanes[1]]];
    const y = l0?.y ?? head.y;
    return { lanes, y, height: l1 ? l1.y + l1.height - y : 0 };
  };
  if (fit * TITLE_UNITS >= MIN_TITLE_PT)
    return [
      {
        columns: [0, grid.columns.length - 1],
        x: head.x,
        width: grid.width - head.x,
        ...lanesRange(allLanes),
        scale: fit,
      },
    ];
  // As much on each page as 6 pt titles allow, then every page at the one scale that fits them all.
  const least = MIN_TITLE_PT / TITLE_UNITS;
  const room = { x: area.width / least - head.x, y: area.height / least - head.y };
  const pieces = columnPieces(grid.columns, room.x);
  const parts: Omit<MapPage, 'scale'>[] = [];
  for (const lanes of runs(
    grid.lanes.map((l) => l.height),
    room.y,
  ))
    for (const [first, last] of runs(
      pieces.map((p) => p.width),
      room.x,
    )) {
      const [a, b] = [pieces[first]!, pieces[last]!];
      parts.push({ columns: [a.column, b.column], x: a.x, width: b.x + b.width - a.x, ...lanesRange(lanes) });
    }
  const scale = Math.min(
    1,
    ...parts.map((p) => Math.min(area.width / (head.x + p.width), area.height / (head.y + p.height))),
  );
  const pages = parts.map((part) => ({ ...part, scale }));
  return pages;
}

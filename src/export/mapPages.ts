import { GEOMETRY } from '../layout/geometry';
import type { MapGrid } from '../layout/mapGrid';

/** The smallest a card title may be printed, in points. */
export const MIN_TITLE_PT = 6;
/** A card title's size in map units (src/drawing/card.ts). */
const TITLE_UNITS = 14;

/** A range of the map's body, in map units: whole stages across, whole lanes down. */
export interface MapPage {
  /** The stages (column indexes) on the page, first and last, inclusive. */
  columns: [number, number];
  lanes: [number, number];
  /** The body's part on this page, in map units. */
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

/**
 * The map on pages of `area` points: all of it on one page, fitted both ways, when its card titles stay
 * at least 6 pt; otherwise split by whole stages (and whole lanes, when even the lanes do not fit down the
 * page at that size), each page repeating the stage headers and the persona column, so that no card is
 * ever cut by a page edge.
 */
export function planMapPages(
  grid: Pick<MapGrid, 'columns' | 'lanes' | 'width' | 'height'>,
  area: { width: number; height: number },
): MapPage[] {
  const head = { x: GEOMETRY.laneHeaderWidth, y: GEOMETRY.stageHeaderHeight };
  const whole = (scale: number, columns: [number, number], lanes: [number, number]): MapPage => {
    const [c0, c1] = [grid.columns[columns[0]], grid.columns[columns[1]]];
    const [l0, l1] = [grid.lanes[lanes[0]], grid.lanes[lanes[1]]];
    const x = c0?.x ?? head.x;
    const y = l0?.y ?? head.y;
    return {
      columns,
      lanes,
      x,
      width: c1 ? c1.x + c1.width - x : 0,
      y,
      height: l1 ? l1.y + l1.height - y : 0,
      scale,
    };
  };
  const fit = Math.min(1, area.width / grid.width, area.height / grid.height);
  const all: [number, number] = [0, grid.columns.length - 1];
  const allLanes: [number, number] = [0, grid.lanes.length - 1];
  if (fit * TITLE_UNITS >= MIN_TITLE_PT) return [whole(fit, all, allLanes)];
  const least = MIN_TITLE_PT / TITLE_UNITS;
  const scale = Math.max(least, Math.min(1, area.height / grid.height));
  const columnRuns = runs(
    grid.columns.map((c) => c.width),
    area.width / scale - head.x,
  );
  const laneRuns = runs(
    grid.lanes.map((l) => l.height),
    area.height / scale - head.y,
  );
  const pages: MapPage[] = [];
  for (const lanes of laneRuns)
    for (const columns of columnRuns) {
      const page = whole(scale, columns, lanes);
      // A single stage or lane wider than a page: that page alone is printed smaller.
      const own = Math.min(scale, area.width / (head.x + page.width), area.height / (head.y + page.height));
      pages.push({ ...page, scale: own });
    }
  return pages;
}

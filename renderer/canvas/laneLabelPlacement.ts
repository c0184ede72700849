import { GEOMETRY } from './geometry';
import type { LanePlacement } from './layout';

/** The tallest a lane label is drawn, in screen pixels: full (avatar, two lines of name) or compact (one line). */
export const LANE_LABEL_HEIGHT = { full: 84, compact: 44 } as const;
/** The widest a lane label is drawn, in screen pixels. */
export const LANE_LABEL_WIDTH = 320;
/** Below this zoom the lane headers' names (18 px in flow units) are too small to read from the back of a room. */
export const READABLE_HEADER_ZOOM = 0.75;

export type LaneLabelSize = keyof typeof LANE_LABEL_HEIGHT;

/** The canvas viewport: flow → screen is `screen = flow × zoom + (x, y)`; `height` of the canvas on screen. */
export interface ViewBox {
  x: number;
  y: number;
  zoom: number;
  height: number;
}

/**
 * Whether the lanes need labels pinned to the canvas edge: the lane headers (the map's left column) have
 * a quarter or more of their width past the left edge, or are drawn too small to read.
 */
export function laneLabelsNeeded(view: Pick<ViewBox, 'x' | 'zoom'>): boolean {
  return view.zoom < READABLE_HEADER_ZOOM || view.x < -0.25 * GEOMETRY.laneHeaderWidth * view.zoom;
}

/** Where a lane's label goes: the screen y of its centre, and how big it is drawn. */
export interface LaneLabelSpot {
  centre: number;
  size: LaneLabelSize;
}

/**
 * Each lane's label: centred on the part of the lane in view, kept inside the lane so that a label
 * leaves with its lane; compact in a lane drawn too short for a full one. A lane out of view, or too
 * short even for a compact label, gets none (`null`).
 */
export function laneLabelSpots(
  lanes: readonly LanePlacement[],
  view: Pick<ViewBox, 'y' | 'zoom' | 'height'>,
): (LaneLabelSpot | null)[] {
  return lanes.map((lane) => {
    const top = view.y + lane.y * view.zoom;
    const bottom = top + lane.height * view.zoom;
    const inViewTop = Math.max(top, 0);
    const inViewBottom = Math.min(bottom, view.height);
    const drawn = bottom - top;
    const size: LaneLabelSize | null =
      drawn >= LANE_LABEL_HEIGHT.full ? 'full' : drawn >= LANE_LABEL_HEIGHT.compact ? 'compact' : null;
    if (!size || inViewBottom <= inViewTop) return null;
    const half = LANE_LABEL_HEIGHT[size] / 2;
    return { centre: Math.min(bottom - half, Math.max(top + half, (inViewTop + inViewBottom) / 2)), size };
  });
}

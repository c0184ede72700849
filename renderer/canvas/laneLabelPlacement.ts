import type { LanePlacement } from './layout';

/** The tallest a lane label is drawn, in screen pixels: full (avatar, two lines of name) or compact (one line). */
export const LANE_LABEL_HEIGHT = { full: 84, compact: 44 } as const;

export type LaneLabelSize = keyof typeof LANE_LABEL_HEIGHT;

/** The canvas viewport, vertically: flow → screen is `screen = flow × zoom + y`; `height` of the canvas on screen. */
export interface ViewBox {
  y: number;
  zoom: number;
  height: number;
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
export function laneLabelSpots(lanes: readonly LanePlacement[], view: ViewBox): (LaneLabelSpot | null)[] {
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

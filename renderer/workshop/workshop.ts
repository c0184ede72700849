import type { Viewport } from '@xyflow/react';
import { fitViewport, GEOMETRY, MAX_ZOOM, MIN_ZOOM } from '../canvas/geometry';
import type { CanvasFlow, MapLayout } from '../canvas/layout';
import { useEditor } from '../state/editorStore';
import { useUi } from '../state/uiStore';

/** Card titles in workshop mode, in flow units (`.in-workshop .card-title` in renderer/styles/workshop.css). */
export const WORKSHOP_TITLE_SIZE = 15;
/** The smallest a card title may be drawn on a projector, in screen pixels, when the view is ours to choose. */
export const WORKSHOP_READABLE_TITLE = 18;
const READABLE_ZOOM = WORKSHOP_READABLE_TITLE / WORKSHOP_TITLE_SIZE;
/** Larger than this, a card fills a good part of a projector: nothing more to read. */
const WORKSHOP_MAX_ZOOM = 1.6;
const MARGIN = 0.04; // of the canvas, on each side

type StageLayout = Pick<MapLayout, 'columns' | 'lanes' | 'height'>;

/** Place `[from, to]` (flow units) on a screen `size` px long at `zoom`: centred if it fits, else its start in view. */
function place(from: number, to: number, size: number, zoom: number): number {
  const span = (to - from) * zoom;
  return span <= size * (1 - 2 * MARGIN) ? size / 2 - ((from + to) / 2) * zoom : size * MARGIN - from * zoom;
}

/**
 * The viewport of a workshop step on a stage: its column with every lane, as large as the canvas allows
 * and never larger than a card needs. When every lane would make the titles too small to read from the
 * back of the room, the stage header and one lane (`laneIndex`) instead — the facilitator moves between
 * lanes. `zoom`, when the facilitator chose one, wins; the stage is still framed at it.
 */
export function stageViewport(
  layout: StageLayout,
  stageId: string,
  laneIndex: number,
  box: { width: number; height: number },
  zoom: number | null = null,
): Viewport | undefined {
  const column = layout.columns.find((c) => c.stage.id === stageId);
  if (!column) return undefined;
  const fill = (height: number) =>
    Math.min(
      WORKSHOP_MAX_ZOOM,
      (box.height * (1 - 2 * MARGIN)) / height,
      // A very wide stage may run past the edge rather than shrink its titles below readable.
      Math.max(READABLE_ZOOM, (box.width * (1 - 2 * MARGIN)) / column.width),
    );
  const lane = layout.lanes[Math.max(0, Math.min(layout.lanes.length - 1, laneIndex))];
  const everyLane = fill(layout.height);
  // The lane with the stage header above it (for the first lane), or the end of the lane above (the others).
  const [top, bottom] =
    everyLane >= READABLE_ZOOM || !lane
      ? [0, layout.height]
      : [lane.y - GEOMETRY.stageHeaderHeight, lane.y + lane.height];
  const shown = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom ?? fill(bottom - top)));
  return {
    x: place(column.x, column.x + column.width, box.width, shown),
    y: place(top, bottom, box.height, shown),
    zoom: shown,
  };
}

/** The workshop's last step: the whole map. */
export function wholeMapViewport(
  layout: Pick<MapLayout, 'width' | 'height'>,
  box: { width: number; height: number },
) {
  return fitViewport(layout, box, WORKSHOP_MAX_ZOOM);
}

export function enterWorkshop(flow: CanvasFlow | null): void {
  const { journey, selection } = useEditor.getState();
  if (!journey || journey.stages.length === 0) return;
  const stageIndex =
    selection.kind === 'stage'
      ? Math.max(
          0,
          journey.stages.findIndex((s) => s.id === selection.id),
        )
      : 0;
  const personaId = selection.kind === 'persona' ? selection.id : (journey.personas[0]?.id ?? null);
  const laneIndex =
    useUi.getState().mode === 'personas' ? journey.personas.findIndex((p) => p.id === personaId) : 0;
  useUi.getState().setWorkshop({
    stageIndex,
    personaId,
    laneIndex: Math.max(0, laneIndex),
    zoom: null,
    returnTo: flow?.getViewport(),
  });
  void document.documentElement.requestFullscreen?.().catch(() => {});
}

export function leaveWorkshop(flow: CanvasFlow | null): void {
  const returnTo = useUi.getState().workshop?.returnTo;
  useUi.getState().setWorkshop(null);
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
  if (returnTo) void flow?.setViewport(returnTo, { duration: 250 });
}

import type { Viewport } from '@xyflow/react';
import { LANE_LABEL_WIDTH } from '../canvas/laneLabelPlacement';
import type { MapLayout } from '../canvas/layout';
import { useEditor } from '../state/editorStore';
import { useUi } from '../state/uiStore';
import { canvasFlow } from './useActionShortcuts';

// Where the facilitator was before the workshop, to come back to it.
let before: Viewport | undefined;

/**
 * The viewport that shows one stage's column (header and every lane) as large as the canvas allows:
 * centred, but clear of the lane labels pinned to the left edge.
 */
export function stageViewport(
  layout: Pick<MapLayout, 'columns' | 'height'>,
  stageId: string,
  box: { width: number; height: number },
): Viewport | undefined {
  const column = layout.columns.find((c) => c.stage.id === stageId);
  if (!column) return undefined;
  // On a narrow canvas the labels may cover part of the column rather than shrink it to nothing.
  const gutter = Math.min(LANE_LABEL_WIDTH, box.width / 2);
  const zoom = Math.min(
    1.6,
    ((box.width - gutter) * 0.9) / column.width,
    (box.height * 0.94) / layout.height,
  );
  const centred = box.width / 2 - (column.x + column.width / 2) * zoom;
  const x = Math.max(centred, gutter - column.x * zoom);
  return { x, y: box.height / 2 - (layout.height / 2) * zoom, zoom };
}

export function enterPresentation(): void {
  const { journey, selection } = useEditor.getState();
  if (!journey || journey.stages.length === 0) return;
  before = canvasFlow.current?.getViewport();
  const stageIndex =
    selection.kind === 'stage'
      ? Math.max(
          0,
          journey.stages.findIndex((s) => s.id === selection.id),
        )
      : 0;
  const personaId = selection.kind === 'persona' ? selection.id : (journey.personas[0]?.id ?? null);
  useUi.getState().setPresentation({ stageIndex, personaId });
  void document.documentElement.requestFullscreen?.().catch(() => {});
}

export function leavePresentation(): void {
  useUi.getState().setPresentation(null);
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
  if (before) void canvasFlow.current?.setViewport(before, { duration: 250 });
}

import type { Viewport } from '@xyflow/react';
import { useEditor } from '../state/editorStore';
import { useUi } from '../state/uiStore';
import { canvasFlow } from './useActionShortcuts';

// Where the facilitator was before the workshop, to come back to it.
let before: Viewport | undefined;

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

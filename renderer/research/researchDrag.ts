import type { DragEvent } from 'react';
import { linkResearchNotes } from '../../src/commands';
import { useEditor } from '../state/editorStore';

/** What a research note carries while dragged onto a card: its id. */
export const RESEARCH_DRAG_TYPE = 'application/x-trayecto-research-note';

export function startResearchDrag(event: DragEvent, noteId: string): void {
  event.dataTransfer.setData(RESEARCH_DRAG_TYPE, noteId);
  event.dataTransfer.effectAllowed = 'link';
}

/** A research note dropped on a card becomes evidence for it (one undo step). */
export function linkDroppedResearch(event: DragEvent, touchpointId: string): void {
  const noteId = event.dataTransfer.getData(RESEARCH_DRAG_TYPE);
  if (!noteId) return;
  event.preventDefault();
  event.stopPropagation();
  useEditor.getState().dispatch(linkResearchNotes([noteId], touchpointId));
}

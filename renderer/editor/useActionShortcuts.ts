import type { CanvasFlow } from '../canvas/layout';
import { useEffect } from 'react';
import { ACTIONS, type ActionContext } from '../actions/registry';
import { matchesShortcut } from '../actions/shortcuts';
import { useEditor } from '../state/editorStore';
import { getShownJourney } from '../state/shownJourney';

/** The canvas on screen, for commands that come from outside React (the native menu). */
export const canvasFlow: { current: CanvasFlow | null } = { current: null };

/** Fields keep their own keys (typing, native text undo); the canvas gets the rest. */
export function isTextEntry(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable ||
      ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) ||
      target.closest('[role="dialog"]') !== null)
  );
}

/** A scrolling region (a wide table) moves by the arrow keys while it has the focus. */
const scrollsByArrows = (event: KeyboardEvent) =>
  event.target instanceof HTMLElement &&
  event.target.closest('[role="region"][tabindex]') !== null &&
  event.key.startsWith('Arrow');

export function actionContext(flow: CanvasFlow | null): ActionContext | undefined {
  const editor = useEditor.getState();
  const journey = getShownJourney();
  if (!journey) return undefined;
  return {
    editor,
    journey,
    selectedIds: editor.selection.kind === 'touchpoints' ? editor.selection.ids : [],
    flow,
  };
}

/** Run an action by id if it can run now; used by toolbar buttons and the native menu. */
export function runAction(id: string, flow: CanvasFlow | null): boolean {
  const context = actionContext(flow);
  const action = ACTIONS.find((a) => a.id === id);
  if (!context || !action || !action.canRun(context)) return false;
  action.run(context);
  return true;
}

export function useActionShortcuts(flow: CanvasFlow | null, enabled: boolean) {
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const context = actionContext(flow);
      if (!context) return;
      const action = ACTIONS.find((a) => a.shortcuts.some((s) => matchesShortcut(event, s)));
      const theirKeys = (isTextEntry(event.target) && !action?.anywhere) || scrollsByArrows(event);
      if (!action || action.clipboardEvent || theirKeys || !action.canRun(context)) return;
      event.preventDefault();
      action.run(context);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [flow, enabled]);
}

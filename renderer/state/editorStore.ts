import { freeze } from 'immer';
import { create } from 'zustand';
import { immer } from 'zustand/middleware/immer';
import {
  amend,
  canRedo,
  canUndo,
  CommandError,
  emptyHistory,
  execute,
  record,
  redo,
  seal,
  undo,
  type Command,
  type History,
} from '../../src/commands';
import type { Journey } from '../../src/model';

/** What is selected on the canvas. Session state: never saved. */
export type Selection =
  | { kind: 'none' }
  | { kind: 'touchpoints'; ids: string[] }
  | { kind: 'stage'; id: string }
  | { kind: 'persona'; id: string }
  | { kind: 'blueprintItem'; id: string }
  | { kind: 'journey' };

export interface EditorState {
  journey: Journey | null;
  history: History;
  selection: Selection;
  /** The last command error, shown as a notice. */
  error: string | null;
  load(journey: Journey): void;
  close(): void;
  /**
   * Run a command as one undo step (or, with `amend`, as part of the last one); returns false
   * (and sets `error`) if it was refused.
   */
  dispatch(command: Command, options?: { amend?: boolean }): boolean;
  undo(): void;
  redo(): void;
  /** End the current undo step (a text field lost focus). */
  seal(): void;
  select(selection: Selection): void;
  clearError(): void;
}

const nothing: Selection = { kind: 'none' };

/** Drop selected ids that an undo, redo or delete made disappear. */
function reconcile(selection: Selection, journey: Journey): Selection {
  switch (selection.kind) {
    case 'touchpoints': {
      const ids = selection.ids.filter((id) => journey.touchpoints.some((t) => t.id === id));
      return ids.length ? { kind: 'touchpoints', ids } : nothing;
    }
    case 'stage':
      return journey.stages.some((s) => s.id === selection.id) ? selection : nothing;
    case 'persona':
      return journey.personas.some((p) => p.id === selection.id) ? selection : nothing;
    case 'blueprintItem':
      return journey.blueprintItems.some((b) => b.id === selection.id) ? selection : nothing;
    default:
      return selection;
  }
}

/**
 * Freeze a map just opened, deeply, a list item at a time while the page is idle: immer freezes all of a
 * command's result that is not frozen yet, so, left to it, the first edit of a map would freeze everything in
 * it (tens of thousands of objects on a measured map, 65 ms). In slices, no frame waits for it. The map itself
 * is frozen last: an edit before the end finds it unfrozen, and immer finishes the work (skipping what is done).
 * Metric values read from the library stay columns until something reads them (see valueTable): the first
 * edit then makes them, frozen, in one go (40,000 values: ≈ 15 ms in Node), not every open while idle.
 */
function freezeWhenIdle(journey: Journey): void {
  if (typeof requestIdleCallback !== 'function') return; // immer does it at the first edit, as it would
  // The lists, each read in a slice. Metric values still kept as columns (a getter) are left as they are:
  // reading them would make tens of thousands of objects nothing needs yet, and they are frozen when made.
  const properties = Object.entries(Object.getOwnPropertyDescriptors(journey));
  const keys = properties
    .filter(([, property]) => Array.isArray(property.value))
    .map(([key]) => key as keyof Journey);
  let list = 0;
  let item = 0;
  const slice = (deadline: IdleDeadline) => {
    // Another map opened (or none): this one is no one's to edit any more.
    if (useEditor.getState().journey?.id !== journey.id) return;
    while (deadline.timeRemaining() > 1) {
      if (list === keys.length) {
        for (const [, property] of properties) if (!property.get) freeze(property.value, true);
        Object.freeze(journey);
        return;
      }
      const items: unknown = journey[keys[list]!];
      if (Array.isArray(items) && item < items.length) freeze(items[item++], true);
      else {
        list++;
        item = 0;
      }
    }
    requestIdleCallback(slice);
  };
  requestIdleCallback(slice);
}

export const useEditor = create<EditorState>()(
  immer((set, get) => ({
    journey: null,
    history: emptyHistory(),
    selection: nothing,
    error: null,
    load(journey) {
      set({ journey, history: emptyHistory(), selection: nothing, error: null });
      freezeWhenIdle(journey);
    },
    close() {
      set({ journey: null, history: emptyHistory(), selection: nothing });
    },
    dispatch(command, { amend: amending = false } = {}) {
      const { journey, history } = get();
      if (!journey) return false;
      try {
        const start = performance.now();
        const result = execute(journey, command, { now: new Date().toISOString() });
        set((state) => {
          state.journey = result.journey;
          state.history = amending
            ? amend(history, command.type, result, Date.now())
            : record(history, command.type, result, Date.now(), command.coalesceKey);
          state.selection = reconcile(state.selection as Selection, result.journey);
        });
        // User Timing, for profilers and `npm run bench`: the command ran and its result is in the store.
        performance.clearMeasures('trayecto:commit'); // only the latest: one per edit would pile up over a session
        performance.measure('trayecto:commit', { start });
        return true;
      } catch (error) {
        if (!(error instanceof CommandError)) throw error;
        set({ error: error.message });
        return false;
      }
    },
    undo() {
      const { journey, history } = get();
      const step = journey && undo(history, journey);
      if (step) set({ ...step, selection: reconcile(get().selection, step.journey) });
    },
    redo() {
      const { journey, history } = get();
      const step = journey && redo(history, journey);
      if (step) set({ ...step, selection: reconcile(get().selection, step.journey) });
    },
    seal() {
      set({ history: seal(get().history) });
    },
    select(selection) {
      set({ selection });
    },
    clearError() {
      set({ error: null });
    },
  })),
);

export const selectCanUndo = (state: EditorState) => canUndo(state.history);
export const selectCanRedo = (state: EditorState) => canRedo(state.history);

import {
  createDocumentSaver,
  InvalidJourneyError,
  writeViewJournal,
  type DocumentSaver,
  type DocumentSaverEvents,
  type JourneyLibrary,
  type ViewJournalEntry,
} from '../../src/storage';
import { useEditor } from '../state/editorStore';
import { useUi, type ViewState } from '../state/uiStore';
import { VIEW_KEYS } from './stateStorage';
import { workerWriter } from './workerWriter';

export interface DocumentSession {
  readonly journeyId: string;
  readonly saver: DocumentSaver;
  /** The window hides or closes: journal what the library does not have yet (synchronous, never throws). */
  saveBeforeLeaving(): void;
  /** Write everything now; true when the library has it all. */
  flush(): Promise<boolean>;
  dispose(): void;
}

export interface DocumentSessionOptions extends DocumentSaverEvents {
  library: JourneyLibrary;
  journeyId: string;
  /** This window's id, for its journal entries. */
  tabId: string;
  copySuffix: string;
  /** Asked once the map is read, before it is shown: false if another map was asked for meanwhile. */
  stillWanted?: () => boolean;
  /** The whole check, made as the map opens, found it broken: nothing of it can be saved. */
  onBroken?: (error: InvalidJourneyError) => void;
}

const viewOf = (state: ViewState): ViewState =>
  Object.fromEntries(VIEW_KEYS.map((key) => [key, state[key]])) as unknown as ViewState;

/**
 * One open map: loads it (checked) with its view, binds the editor store to its autosave and
 * journal, persists its view, and listens for the window hiding or closing. Everything it starts
 * is stopped by `dispose()`, as one. Returns undefined if the journey is not in the library
 * (or is no longer wanted).
 */
export async function openDocumentSession({
  library,
  journeyId,
  tabId,
  copySuffix,
  stillWanted = () => true,
  onStatus,
  onReplaced,
  onRestored,
  onBroken,
}: DocumentSessionOptions): Promise<DocumentSession | undefined> {
  // Checked but for its measures' ids, the slowest part on a measured map: the writer checks it whole meanwhile.
  // Its view is read meanwhile, not after it: one wait for the library instead of two.
  const [stored, view] = await Promise.all([
    library.getToOpen(journeyId),
    library.getViewState<ViewState>(journeyId).catch(() => undefined),
  ]);
  if (!stored || !stillWanted()) return undefined;
  useUi.getState().restoreView(view);
  useEditor.getState().load(stored.journey);

  const writer = workerWriter(library);
  let disposed = false;
  const checkWhole = () =>
    void writer.check(journeyId).catch((error: unknown) => {
      // Other failures (a full disk, the map deleted meanwhile) are the saves' to report, as they happen.
      if (error instanceof InvalidJourneyError && !disposed) onBroken?.(error);
    });
  // Once the map is drawn and the page idle: the worker's own read and check of a measured map, on another
  // thread, still took a core from drawing it on a two-core machine. Saves check the whole map meanwhile.
  const idleCheck =
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(checkWhole, { timeout: 2000 })
      : undefined;
  if (idleCheck === undefined) checkWhole();
  const saver = createDocumentSaver({
    library,
    journal: localStorage,
    tabId,
    stored,
    writer,
    copySuffix,
    onStatus,
    onReplaced: (theirs, copy) => {
      useEditor.getState().load(theirs);
      onReplaced?.(theirs, copy);
    },
    onRestored,
  });
  const stopEditor = useEditor.subscribe(({ journey }) => {
    // A journey the saver handed to the editor (after a conflict) is `saver.current` already.
    if (journey?.id === journeyId) saver.edit(journey);
  });

  /** The view while its write to the library has not finished. */
  let pendingView: ViewJournalEntry | undefined;
  const stopView = useUi.subscribe((state, previous) => {
    if (VIEW_KEYS.every((key) => state[key] === previous[key])) return;
    const entry = { journeyId, state: viewOf(state) };
    pendingView = entry;
    void library
      .setViewState(journeyId, entry.state)
      .catch(() => {}) // kept in pendingView, journalled if the window closes
      .finally(() => {
        if (pendingView === entry) pendingView = undefined;
      });
  });

  const saveBeforeLeaving = () => {
    if (pendingView) writeViewJournal(localStorage, pendingView);
    // Start the write first: the journal is the fallback if the window goes before it ends.
    void saver.flush();
    saver.journalNow();
  };
  const onHidden = () => document.visibilityState === 'hidden' && saveBeforeLeaving();
  /** Closing with a change that failed to save: ask the browser to confirm (it is journalled too). */
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (saver.status.kind === 'failed') event.preventDefault();
  };
  document.addEventListener('visibilitychange', onHidden);
  window.addEventListener('pagehide', saveBeforeLeaving);
  window.addEventListener('beforeunload', onBeforeUnload);

  return {
    journeyId,
    saver,
    saveBeforeLeaving,
    flush: () => saver.flush(),
    dispose() {
      disposed = true;
      if (idleCheck !== undefined) cancelIdleCallback(idleCheck);
      stopEditor();
      stopView();
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', saveBeforeLeaving);
      window.removeEventListener('beforeunload', onBeforeUnload);
      saver.dispose();
    },
  };
}

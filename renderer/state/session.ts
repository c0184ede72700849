import i18next from 'i18next';
import { create } from 'zustand';
import type { Journey } from '../../src/model';
import { createSampleJourney } from '../../src/templates';
import {
  clearJournal,
  createJourneyAutosaver,
  recoverJournal,
  recoverViewJournal,
  writeJournal,
  writeViewJournal,
  JourneyLibrary,
  RevisionConflictError,
  StorageFullError,
  type Autosaver,
  type JourneyRecord,
  type ViewJournalEntry,
} from '../../src/storage';
import { systemLanguage } from '../i18n';
import { useEditor } from './editorStore';
import { useSettings, type Settings } from './settingsStore';
import { useUi, type ViewState } from './uiStore';

/** Where the app is and what the library holds. */
interface SessionState {
  ready: boolean;
  screen: 'library' | 'editor';
  entries: JourneyRecord[];
  trash: JourneyRecord[];
  /** A message for the user (saved elsewhere, storage full…). */
  notice: string | null;
  saving: boolean;
}

export const useSession = create<SessionState>()(() => ({
  ready: false,
  screen: 'library',
  entries: [],
  trash: [],
  notice: null,
  saving: false,
}));

let library: JourneyLibrary | undefined;
let autosaver: (Autosaver & { readonly revision: number }) | undefined;
let stopWatching: (() => void) | undefined;

export function getLibrary(): JourneyLibrary {
  library ??= new JourneyLibrary();
  return library;
}

const notify = (notice: string | null) => useSession.setState({ notice });

function describeStorageError(error: unknown): string {
  const message = error instanceof StorageFullError || error instanceof Error ? error.message : String(error);
  return i18next.t('storage.failed', { message });
}

export async function refreshLibrary(): Promise<void> {
  const lib = getLibrary();
  const [entries, trash] = await Promise.all([lib.records('library'), lib.records('trash')]);
  useSession.setState({ entries, trash });
}

let started: Promise<void> | undefined;

/** Open the library, add the sample on the very first run, restore settings. Once per page. */
export function startSession(): Promise<void> {
  started ??= start();
  return started;
}

async function start(): Promise<void> {
  const lib = getLibrary();
  const saved = (await lib.getSetting<Partial<Settings>>('settings')) ?? {};
  useSettings
    .getState()
    .hydrate(
      saved,
      (settings) => void lib.setSetting('settings', settings).catch((e) => notify(describeStorageError(e))),
    );
  await lib.ensureFirstRun(() =>
    createSampleJourney(saved.language ?? systemLanguage(), { now: new Date().toISOString() }),
  );
  await recoverJournal(localStorage, lib, i18next.t('storage.conflictCopy'));
  await recoverViewJournal(localStorage, lib);
  await refreshLibrary();
  useSession.setState({ ready: true });
  document.addEventListener(
    'visibilitychange',
    () => document.visibilityState === 'hidden' && saveBeforeLeaving(),
  );
  window.addEventListener('pagehide', saveBeforeLeaving);
}

/** The view of the open journey while its write to the library has not finished. */
let pendingView: ViewJournalEntry | undefined;

/** The window hides or closes: journal a pending change synchronously, then try to write it. */
function saveBeforeLeaving(): void {
  if (pendingView) writeViewJournal(localStorage, pendingView);
  const journey = useEditor.getState().journey;
  if (!autosaver?.pending || !journey) return;
  writeJournal(localStorage, { journey, revision: autosaver.revision });
  void autosaver.flush();
}

async function onConflict(error: RevisionConflictError, mine: Journey) {
  // The other window's version stays; ours becomes a copy, so nobody's work is lost.
  const copy = await getLibrary().keepBothAfterConflict(mine, i18next.t('storage.conflictCopy'));
  useEditor.getState().load(error.storedJourney);
  notify(i18next.t('storage.conflict', { title: copy.journey.title }));
  await refreshLibrary();
}

export async function openJourney(id: string): Promise<void> {
  await closeJourney();
  const lib = getLibrary();
  const stored = await lib.get(id);
  if (!stored) return;
  useUi.getState().restoreView(await lib.getViewState<ViewState>(id));
  useEditor.getState().load(stored.journey);
  autosaver = createJourneyAutosaver(lib, stored.revision, {
    onSaved: () => {
      useSession.setState({ saving: false });
      if (!autosaver?.pending) clearJournal(localStorage);
    },
    onConflict: (error, mine) => void onConflict(error, mine),
    onError: (error) => {
      useSession.setState({ saving: false });
      notify(describeStorageError(error));
    },
  });
  const unsubscribeJourney = useEditor.subscribe((state, previous) => {
    if (state.journey && state.journey !== previous.journey && state.journey.id === id) {
      useSession.setState({ saving: true });
      autosaver?.schedule(state.journey);
    }
  });
  const unsubscribeView = useUi.subscribe((state, previous) => {
    if (
      state.mode !== previous.mode ||
      state.filters !== previous.filters ||
      state.scenarioId !== previous.scenarioId
    ) {
      const view = {
        journeyId: id,
        state: { mode: state.mode, filters: state.filters, scenarioId: state.scenarioId } satisfies ViewState,
      };
      pendingView = view;
      void lib.setViewState(id, view.state).finally(() => {
        if (pendingView === view) pendingView = undefined;
      });
    }
  });
  stopWatching = () => {
    unsubscribeJourney();
    unsubscribeView();
  };
  useSession.setState({ screen: 'editor' });
}

/** Back to the library: write what is pending first. */
export async function closeJourney(): Promise<void> {
  stopWatching?.();
  stopWatching = undefined;
  await autosaver?.flush();
  autosaver?.dispose();
  autosaver = undefined;
  useEditor.getState().close();
  useSession.setState({ screen: 'library', saving: false });
  await refreshLibrary();
}

/** Run a library change, then show the library as it now is; failures become a notice. */
export async function libraryChange(change: (library: JourneyLibrary) => Promise<unknown>): Promise<void> {
  try {
    await change(getLibrary());
  } catch (error) {
    notify(describeStorageError(error));
  }
  await refreshLibrary();
}

export function dismissNotice(): void {
  notify(null);
}

export async function createAndOpen(journey: Journey): Promise<void> {
  await libraryChange((l) => l.create(journey));
  await openJourney(journey.id);
}

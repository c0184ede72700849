import i18next from 'i18next';
import { create } from 'zustand';
import type { Journey } from '../../src/model';
import { createSampleJourney } from '../../src/templates';
import {
  recoverJournals,
  recoverViewJournal,
  JourneyLibrary,
  StorageFullError,
  type LibraryRecord,
  type Recovery,
  type SaveStatus,
} from '../../src/storage';
import { openDocumentSession, type DocumentSession } from '../documents/documentSession';
import { readRoute, showLibrary, showRoute } from '../documents/route';
import { thisTab } from '../documents/tabs';
import { systemLanguage } from '../i18n';
import { useEditor } from './editorStore';
import { useSettings, type Settings } from './settingsStore';

/** Where the app is and what the library holds. */
interface SessionState {
  ready: boolean;
  screen: 'library' | 'editor';
  entries: LibraryRecord[];
  trash: LibraryRecord[];
  /** A message for the user (saved elsewhere, storage full…). */
  notice: string | null;
  /** Whether the open map's latest change is in the library. */
  save: SaveStatus;
  /** The open map: owns its loading, autosave, journal and view state; disposed as one. */
  document: DocumentSession | null;
}

export const useSession = create<SessionState>()(() => ({
  ready: false,
  screen: 'library',
  entries: [],
  trash: [],
  notice: null,
  save: { kind: 'saved' },
  document: null,
}));

let library: JourneyLibrary | undefined;

export function getLibrary(): JourneyLibrary {
  library ??= new JourneyLibrary();
  return library;
}

const notify = (notice: string | null) => useSession.setState({ notice });

/** The map open when the app last closed, reopened at the next start (settings table). */
const LAST_OPEN_KEY = 'lastOpenJourney';

/** Why a write or a read failed, in the user's language where the reason is a known one. */
export const errorMessage = (error: unknown) =>
  error instanceof StorageFullError
    ? i18next.t('storage.full')
    : error instanceof Error
      ? error.message
      : String(error);

function describeStorageError(error: unknown): string {
  return i18next.t('storage.failed', { message: errorMessage(error) });
}

export async function refreshLibrary(): Promise<void> {
  const lib = getLibrary();
  const { library: entries, trash } = await lib.shelves();
  useSession.setState({ entries, trash });
}

let started: Promise<void> | undefined;
/** Maps asked for so far: when two opens overlap (a file sent by the OS during start-up), the later one wins. */
let openRequests = 0;

/** Open the library, add the sample on the very first run, restore settings. Once per page. */
export function startSession(): Promise<void> {
  started ??= start();
  return started;
}

function describeRecovery(recovery: Recovery): string {
  switch (recovery.kind) {
    case 'saved':
      return i18next.t('storage.recoveredSaved', { title: recovery.title });
    case 'already-saved':
      return '';
    case 'kept-as-copy':
      return i18next.t('storage.recoveredCopy', { title: recovery.title });
    case 'set-aside':
      return i18next.t('storage.setAside', { title: recovery.title, reason: recovery.reason });
  }
}

/** Each step is guarded: whatever fails is reported, and the library screen always appears. */
async function start(): Promise<void> {
  const lib = getLibrary();
  const problems: string[] = [];
  const step = async (run: () => Promise<unknown>) => {
    try {
      await run();
    } catch (error) {
      problems.push(i18next.t('storage.startFailed', { message: errorMessage(error) }));
    }
  };
  let saved: Partial<Settings> = {};
  await step(async () => (saved = (await lib.getSetting<Partial<Settings>>('settings')) ?? {}));
  useSettings
    .getState()
    .hydrate(
      saved,
      (settings) => void lib.setSetting('settings', settings).catch((e) => notify(describeStorageError(e))),
    );
  let sampleId: string | undefined;
  await step(
    async () =>
      (sampleId = await lib.ensureFirstRun(() =>
        createSampleJourney(saved.language ?? systemLanguage(), { now: new Date().toISOString() }),
      )),
  );
  await step(async () => {
    const alive = await thisTab.otherTabsAlive();
    const recoveries = await recoverJournals(localStorage, lib, {
      isTabAlive: (tabId) => alive.has(tabId),
      copySuffix: i18next.t('storage.recoveredCopySuffix'),
    });
    problems.push(...recoveries.map(describeRecovery));
  });
  await step(() => recoverViewJournal(localStorage, lib));
  await step(refreshLibrary);
  // The screen in the address; else the map left open last time; else, on the very first run, the sample.
  const route = readRoute();
  let reopen = route.screen === 'journey' ? route.id : undefined;
  await step(async () => {
    if (route.screen === 'unspecified') reopen = sampleId ?? (await lib.getSetting<string>(LAST_OPEN_KEY));
  });
  // Unless a map was asked for meanwhile (a file the desktop app was started with).
  if (reopen && openRequests === 0) {
    // A map reopened from no address gets the library beneath it in the history, for Back.
    if (route.screen !== 'journey') showRoute({ screen: 'library' }, 'replace');
    await openJourney(reopen, route.screen === 'journey' ? 'replace' : 'push');
  }
  if (!useSession.getState().document) showRoute({ screen: 'library' }, 'replace');
  useSession.setState({ ready: true, notice: problems.filter(Boolean).join(' ') || null });
  // Back and Forward (and a typed address) move between the library and a map.
  window.addEventListener('hashchange', () => {
    const next = readRoute();
    const open = useSession.getState().document?.journeyId;
    if (next.screen === 'journey' && next.id !== open) void openJourney(next.id, 'replace');
    else if (next.screen !== 'journey' && open) void closeJourney();
  });
}

/** Open a map; `route` says how the address shows it (a new history entry by default). */
export async function openJourney(id: string, route: 'push' | 'replace' = 'push'): Promise<void> {
  const request = ++openRequests;
  if (!(await closeJourney())) return;
  // Remembered as the map reads, not once it shows: a reload as soon as it shows reopens it (a write
  // still pending when the page goes is lost). One that fails to open is forgotten again.
  void getLibrary()
    .setSetting(LAST_OPEN_KEY, id)
    .catch(() => {});
  let document: DocumentSession | undefined;
  try {
    document = await openDocumentSession({
      library: getLibrary(),
      journeyId: id,
      tabId: thisTab.id,
      copySuffix: i18next.t('storage.conflictCopy'),
      stillWanted: () => request === openRequests,
      onStatus: (save) => useSession.setState({ save }),
      onReplaced: (_theirs, copy) => {
        notify(i18next.t('storage.conflict', { title: copy.title }));
        void refreshLibrary().catch(() => {});
      },
      onRestored: () => notify(i18next.t('storage.restored')),
      onBroken: (error) => leaveBroken(id, error),
    });
  } catch (error) {
    notify(i18next.t('storage.openFailed', { message: errorMessage(error) }));
    if (request === openRequests)
      void getLibrary()
        .setSetting(LAST_OPEN_KEY, null)
        .catch(() => {});
    return;
  }
  if (!document) return;
  useSession.setState({ screen: 'editor', document, save: document.saver.status });
  showRoute({ screen: 'journey', id }, route);
}

/**
 * Back to the library: write what is pending first. If it cannot be written, the map stays
 * open (its change is journalled too) and the user is told; returns false then.
 */
export async function closeJourney(): Promise<boolean> {
  const { document } = useSession.getState();
  if (document && !(await document.flush())) {
    document.saveBeforeLeaving();
    notify(i18next.t('storage.keptOpen'));
    showRoute({ screen: 'journey', id: document.journeyId }, 'push');
    return false;
  }
  leave(document);
  // Only when a map was closed: opening one from the library leaves it at once, and reading every
  // journey whole (and redrawing their thumbnails) there would double the time a big map takes to open.
  if (document) await refreshLibrary().catch((error: unknown) => notify(describeStorageError(error)));
  return true;
}

/** Show the library, closing the open map (if any) not to reopen it at the next start. */
function leave(document: DocumentSession | null): void {
  if (document) {
    document.dispose();
    showLibrary();
    void getLibrary()
      .setSetting(LAST_OPEN_KEY, null)
      .catch(() => {});
  }
  useEditor.getState().close();
  useSession.setState({ screen: 'library', document: null, save: { kind: 'saved' } });
}

/**
 * The open map failed the whole check made as it opened: closed for the library, as a map that fails its
 * check when opening is, with why. Nothing of it could be saved: every save checks the whole map.
 */
function leaveBroken(id: string, error: Error): void {
  const { document } = useSession.getState();
  if (document?.journeyId !== id) return;
  leave(document);
  notify(i18next.t('storage.openFailed', { message: errorMessage(error) }));
}

/** Try the open map's failed write again now. */
export async function retrySave(): Promise<void> {
  await useSession.getState().document?.flush();
}

/** Run a library change, then show the library as it now is; failures become a notice. */
export async function libraryChange(change: (library: JourneyLibrary) => Promise<unknown>): Promise<void> {
  try {
    await change(getLibrary());
  } catch (error) {
    notify(describeStorageError(error));
  }
  await refreshLibrary().catch((error: unknown) => notify(describeStorageError(error)));
}

export function dismissNotice(): void {
  notify(null);
}

export async function createAndOpen(journey: Journey): Promise<void> {
  await libraryChange((l) => l.create(journey));
  await openJourney(journey.id);
}

import i18next from 'i18next';
import { isTrayectoDocumentPath } from '../../electron/shared/ipc';
import { isPng, writeTrayecto } from '../../src/formats';
import type { Journey } from '../../src/model';
import { getPlatform } from '../platform';
import type { OpenedFile } from '../platform/types';
import { useEditor } from '../state/editorStore';
import { useSession } from '../state/session';
import { FILTERS, fileNameFor } from '../platform/fileNames';

/**
 * For each journey that came from a file or was saved to one: the document Save writes to
 * (none when it came from a CSV or a PNG export: Save asks where), and the journey's `updatedAt`
 * as it is in the file — so the host can ask "save changes to the file?" on close. The local
 * library always has the latest state; this is only about the file on disk.
 */
const files = new Map<string, { path?: string; savedAt: string }>();
/**
 * The journey as the file has it, while it is the one in the editor: two edits in the same
 * millisecond share an `updatedAt`, so only the object itself tells an edit made while the file
 * was being written. No other is held: a measured map is megabytes, and a map opened again from
 * the library is a new object, as it was saved if its `updatedAt` says so.
 */
let savedInEditor: Journey | undefined;

/** The path Save may write back to: only a Trayecto document (.trayecto or .json), never a CSV or an image. */
export function documentPathOf(file: OpenedFile): string | undefined {
  return file.path && isTrayectoDocumentPath(file.path) && !isPng(file.bytes) ? file.path : undefined;
}

/** Remember the file a journey came from or was saved to, with the journey as it is in it now. */
export function rememberFile(journey: Journey, path: string | undefined): void {
  files.set(journey.id, { path, savedAt: journey.updatedAt });
  savedInEditor = journey;
  reportDocumentState(useEditor.getState().journey);
}

export function reportDocumentState(journey: Journey | null): void {
  if (savedInEditor && savedInEditor.id !== journey?.id) savedInEditor = undefined;
  const file = journey && files.get(journey.id);
  const saved = savedInEditor ? savedInEditor === journey : file?.savedAt === journey?.updatedAt;
  getPlatform().setDocumentState({
    title: journey?.title ?? '',
    dirty: Boolean(file && !saved),
    path: file?.path,
  });
}

/** Save: to the journey's file if it has one, else ask where (Save As). */
export async function saveJourneyToFile(saveAs: boolean): Promise<void> {
  const journey = useEditor.getState().journey;
  if (!journey) return;
  const known = saveAs ? undefined : files.get(journey.id)?.path;
  try {
    const saved = await getPlatform().saveFile(
      new TextEncoder().encode(writeTrayecto(journey)),
      fileNameFor(journey.title, 'trayecto'),
      [FILTERS.trayecto],
      known,
    );
    if (!saved) return;
    rememberFile(journey, saved.path);
    useSession.setState({ notice: i18next.t('export.done', { name: saved.name }) });
  } catch (error) {
    // The journey stays safe in the library and still counts as unsaved; the user reads why.
    const reason = error instanceof Error ? error.message : String(error);
    useSession.setState({ notice: i18next.t('documentFile.notSaved', { reason }) });
  }
}

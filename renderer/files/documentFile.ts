import i18next from 'i18next';
import { writeTrayecto } from '../../src/formats';
import type { Journey } from '../../src/model';
import { getPlatform } from '../platform';
import { useEditor } from '../state/editorStore';
import { useSession } from '../state/session';
import { FILTERS, fileNameFor } from './fileNames';

/**
 * The file a journey was opened from or last saved to (desktop), and the journey as it was
 * then — so the host can ask "save changes to the file?" on close. The local library always
 * has the latest state; this is only about the file on disk.
 */
const files = new Map<string, { path: string; saved: Journey }>();

export function rememberFile(journey: Journey, path: string | undefined): void {
  if (path) files.set(journey.id, { path, saved: journey });
}

export function reportDocumentState(journey: Journey | null): void {
  const file = journey && files.get(journey.id);
  getPlatform().setDocumentState({
    title: journey?.title ?? '',
    dirty: Boolean(file && file.saved !== journey),
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
    reportDocumentState(journey);
    useSession.setState({ notice: i18next.t('export.done', { name: saved.name }) });
  } catch (error) {
    // The journey stays safe in the library; the user reads why the file could not be written.
    useSession.setState({ notice: error instanceof Error ? error.message : String(error) });
  }
}

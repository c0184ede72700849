import i18next from 'i18next';
import { replaceJourney } from '../../src/commands';
import {
  isNotesFile,
  mergeJourneys,
  mergeNotes,
  openJourneyFile,
  readNotesFile,
  teammateName,
  type MergeResult,
} from '../../src/formats';
import type { Journey } from '../../src/model';
import { getPlatform } from '../platform';
import type { OpenedFile } from '../platform/types';
import { useEditor } from '../state/editorStore';
import { useSession } from '../state/session';
import { useSettings } from '../state/settingsStore';
import { fileErrorMessage } from '../i18n/fileErrorWords';
import { describeMergeSummary } from './mergeSummaryWords';
import { FILTERS } from '../platform/fileNames';

type Outcome = { merged: MergeResult } | { error: string };

async function readTheirs(local: Journey, file: OpenedFile): Promise<Outcome> {
  const { language } = useSettings.getState();
  const text = new TextDecoder().decode(file.bytes.subarray(0, 200));
  if (isNotesFile(text)) {
    const notes = readNotesFile(file.bytes);
    return notes.ok
      ? { merged: mergeNotes(local, notes.value) }
      : { error: fileErrorMessage(notes.error, language) };
  }
  const theirs = await openJourneyFile(file.name, file.bytes, { language, now: new Date().toISOString() });
  if (!theirs.ok) return { error: fileErrorMessage(theirs.error, language) };
  const theirJourney = theirs.value.journey;
  // Reading a workbook takes a while: merge into the journey as it is now, edits made meanwhile included.
  local = useEditor.getState().journey ?? local;
  return {
    merged: mergeJourneys(local, theirJourney, {
      now: new Date().toISOString(),
      theirsFrom: teammateName(local, theirJourney) ?? file.name,
    }),
  };
}

/** Merge a teammate's copy (a .trayecto, an exported PNG, web page or workbook, or a notes-only file) into the open journey, as one undoable step. */
export async function mergeFromDisk(): Promise<void> {
  const local = useEditor.getState().journey;
  if (!local) return;
  const notify = (notice: string) => useSession.setState({ notice });
  let file: OpenedFile | undefined;
  try {
    file = await getPlatform().openFile([FILTERS.openable]);
  } catch (error) {
    notify(error instanceof Error ? error.message : String(error));
    return;
  }
  if (!file) return;
  const outcome = await readTheirs(local, file);
  if ('error' in outcome) {
    notify(i18next.t('merge.failed', { name: file.name, message: outcome.error }));
    return;
  }
  if (!outcome.merged.ok) {
    notify(
      i18next.t('merge.failed', {
        name: file.name,
        message: i18next.t('merge.different', { title: file.name }),
      }),
    );
    return;
  }
  const { journey, summary } = outcome.merged.value;
  if (useEditor.getState().dispatch(replaceJourney(journey))) {
    notify(
      i18next.t('merge.done', { summary: describeMergeSummary(summary, useSettings.getState().language) }),
    );
  }
}

import { create } from 'zustand';
import { readJourneyFile, type RowError } from '../../src/formats';
import { cloneWithNewIds, type Journey } from '../../src/model';
import { getPlatform } from '../platform';
import type { OpenedFile } from '../platform/types';
import { getLibrary, libraryChange, openJourney, useSession } from '../state/session';
import { useSettings } from '../state/settingsStore';
import { rememberFile } from './documentFile';
import { fileErrorMessage, scoreWarningMessage } from './fileErrorWords';
import { FILTERS } from './fileNames';

/** A file being opened that needs the user's answer: an error to read, bad CSV rows, or an id clash. */
export type ImportQuestion =
  | { kind: 'error'; name: string; message: string }
  | { kind: 'badRows'; file: OpenedFile; message: string; rows: RowError[] }
  | { kind: 'exists'; journey: Journey; path?: string };

export const useImport = create<{ question: ImportQuestion | null }>()(() => ({ question: null }));
const ask = (question: ImportQuestion | null) => useImport.setState({ question });

/** Read a file into the library. Nothing is written unless the whole file is sound (or the user says so). */
export async function importFile(file: OpenedFile, skipBadRows = false): Promise<void> {
  const { language } = useSettings.getState();
  const result = readJourneyFile(file.name, file.bytes, {
    language,
    now: new Date().toISOString(),
    skipBadRows,
  });
  if (!result.ok) {
    const message = fileErrorMessage(result.error, language);
    ask(
      result.error.kind === 'badRows'
        ? { kind: 'badRows', file, message, rows: result.error.rows }
        : { kind: 'error', name: file.name, message },
    );
    return;
  }
  const { journey, scoreWarnings = [] } = result.value;
  if (await getLibrary().get(journey.id)) {
    ask({ kind: 'exists', journey, path: file.path });
    return;
  }
  ask(null);
  await libraryChange((library) => library.create(journey));
  rememberFile(journey, file.path);
  await openJourney(journey.id);
  if (scoreWarnings.length) useSession.setState({ notice: scoreWarningMessage(scoreWarnings, language) });
}

/** Answer to "a journey with this id is already in your library". */
export async function resolveExisting(
  journey: Journey,
  choice: 'replace' | 'keepBoth',
  path?: string,
): Promise<void> {
  ask(null);
  const library = getLibrary();
  const target = choice === 'keepBoth' ? cloneWithNewIds(journey) : journey;
  await libraryChange(async () => {
    const stored = choice === 'replace' ? await library.get(journey.id) : undefined;
    if (stored) await library.save(journey, stored.revision);
    else await library.create(target);
  });
  rememberFile(target, path);
  await openJourney(target.id);
}

export async function openFileFromDisk(): Promise<void> {
  try {
    const file = await getPlatform().openFile([FILTERS.openable]);
    if (file) await importFile(file);
  } catch (error) {
    ask({ kind: 'error', name: '', message: error instanceof Error ? error.message : String(error) });
  }
}

export const dismissImport = () => ask(null);

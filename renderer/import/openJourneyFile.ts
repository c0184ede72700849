import i18next from 'i18next';
import { create } from 'zustand';
import {
  isSpreadsheetName,
  isTrayectoCsvHeader,
  openJourneyFile,
  readSpreadsheet,
  type ColumnMapping,
  type RowError,
  type SheetTable,
} from '../../src/formats';
import { cloneWithNewIds, LIMITS, type Journey } from '../../src/model';
import { getPlatform } from '../platform';
import type { OpenedFile } from '../platform/types';
import { useEditor } from '../state/editorStore';
import { getLibrary, libraryChange, openJourney, useSession } from '../state/session';
import { useSettings } from '../state/settingsStore';
import { documentPathOf, rememberFile } from '../documents/documentFile';
import { fileErrorMessage, scoreWarningMessage } from '../i18n/fileErrorWords';
import { FILTERS } from '../platform/fileNames';

/**
 * A file being opened that needs the user's answer: an error to read, which column of a table is
 * which field, bad rows (to skip with the same mapping), or an id clash.
 */
export type ImportQuestion =
  | { kind: 'error'; name: string; message: string }
  | { kind: 'mapping'; file: OpenedFile; table: SheetTable }
  | { kind: 'badRows'; file: OpenedFile; message: string; rows: RowError[]; mapping?: ColumnMapping }
  /** `path`: the document Save may write back to, if the file is one (see `documentPathOf`). */
  | { kind: 'exists'; journey: Journey; path?: string };

export const useImport = create<{ question: ImportQuestion | null }>()(() => ({ question: null }));
const ask = (question: ImportQuestion | null) => useImport.setState({ question });

/** The last import or answer to a question (replace, keep both, skip rows), while it runs. */
let importing: Promise<void> = Promise.resolve();

/**
 * Read a file into the library. Nothing is written unless the whole file is sound (or the user
 * says so). A table (CSV or worksheet) other than Trayecto's own CSV is read with the mapping the
 * user chose, and asks for one first.
 */
export function importFile(file: OpenedFile, skipBadRows = false, mapping?: ColumnMapping): Promise<void> {
  importing = readIntoLibrary(file, skipBadRows, mapping);
  return importing;
}

/** Open a journey that came from a file; the file's content is the journey as the editor loaded it. */
async function openFromFile(id: string, path: string | undefined): Promise<void> {
  await openJourney(id);
  const opened = useEditor.getState().journey;
  if (opened?.id === id) rememberFile(opened, path);
}

async function readIntoLibrary(
  file: OpenedFile,
  skipBadRows: boolean,
  mapping?: ColumnMapping,
): Promise<void> {
  const { language } = useSettings.getState();
  if (!mapping && isSpreadsheetName(file.name)) {
    // What cannot be read as a table is told below, by the same reading.
    const content = await readSpreadsheet(file.name, file.bytes);
    if (content.ok && content.value.kind === 'table' && !isTrayectoCsvHeader(content.value.table.header))
      return ask({ kind: 'mapping', file, table: content.value.table });
  }
  const result = await openJourneyFile(file.name, file.bytes, {
    language,
    now: new Date().toISOString(),
    skipBadRows,
    mapping,
  });
  if (!result.ok) {
    const message = fileErrorMessage(result.error, language);
    ask(
      result.error.kind === 'badRows'
        ? { kind: 'badRows', file, message, rows: result.error.rows, mapping }
        : { kind: 'error', name: file.name, message },
    );
    return;
  }
  const { journey, scoreWarnings = [] } = result.value;
  if (await getLibrary().get(journey.id)) {
    ask({ kind: 'exists', journey, path: documentPathOf(file) });
    return;
  }
  ask(null);
  await libraryChange((library) => library.create(journey));
  await openFromFile(journey.id, documentPathOf(file));
  if (scoreWarnings.length) useSession.setState({ notice: scoreWarningMessage(scoreWarnings, language) });
}

/** Answer to "a journey with this id is already in your library". */
export function resolveExisting(
  journey: Journey,
  choice: 'replace' | 'keepBoth',
  path?: string,
): Promise<void> {
  importing = putInLibrary(journey, choice, path);
  return importing;
}

async function putInLibrary(journey: Journey, choice: 'replace' | 'keepBoth', path?: string): Promise<void> {
  ask(null);
  const library = getLibrary();
  // The copy is told apart from the one already there by its name, as a duplicate is.
  const target =
    choice === 'keepBoth'
      ? {
          ...cloneWithNewIds(journey),
          title: i18next.t('library.duplicateOf', { title: journey.title }).slice(0, LIMITS.shortText),
        }
      : journey;
  await libraryChange(async () => {
    const stored = choice === 'replace' ? await library.get(journey.id) : undefined;
    if (stored) await library.save(journey, stored.revision);
    else await library.create(target);
  });
  await openFromFile(target.id, path);
}

const failed = (name: string, error: unknown) =>
  ask({ kind: 'error', name, message: error instanceof Error ? error.message : String(error) });

export async function openFileFromDisk(): Promise<void> {
  try {
    const file = await getPlatform().openFile([FILTERS.openable]);
    if (file) await importFile(file);
  } catch (error) {
    failed('', error);
  }
}

/** Resolves once no question about an opened file is waiting for the user. */
function questionAnswered(): Promise<void> {
  return new Promise((resolve) => {
    if (!useImport.getState().question) return resolve();
    const stop = useImport.subscribe(({ question }) => {
      if (question) return;
      stop();
      resolve();
    });
  });
}

/** Resolves once the user has answered every question about a file and what they chose has run. */
async function importSettled(): Promise<void> {
  await importing.catch(() => {});
  while (useImport.getState().question) {
    await questionAnswered();
    await importing.catch(() => {});
  }
}

let hostFiles: Promise<void> = Promise.resolve();

/**
 * A file the OS handed over (several arrive at once from a second launch): one at a time,
 * and a question about one is answered before the next opens, so none is lost.
 */
export function openFromHost(file: OpenedFile): Promise<void> {
  hostFiles = hostFiles.then(async () => {
    try {
      await importFile(file);
    } catch (error) {
      failed(file.name, error);
    }
    await importSettled();
  });
  return hostFiles;
}

export const dismissImport = () => ask(null);

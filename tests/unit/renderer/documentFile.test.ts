// @vitest-environment jsdom
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type {
  DocumentStatePayload,
  FileResult,
  OpenedFilePayload,
  TrayectoBridge,
} from '../../../electron/shared/ipc';
import type { ActionId } from '../../../src/actions';
import { embedDocumentInPng, journeyToCsv, writeTrayecto } from '../../../src/formats';
import { updateJourneyMeta } from '../../../src/commands';
import { initI18n, setUiLanguage } from '../../../renderer/i18n';
import { resolveExisting, useImport } from '../../../renderer/import/openJourneyFile';
import { useEditor } from '../../../renderer/state/editorStore';
import { connectHost } from '../../../renderer/actions/host';
import { getLibrary, openJourney, useSession } from '../../../renderer/state/session';
import { smallJourney } from '../helpers/smallJourney';

/** The preload bridge as main answers it: saves go where `saveTo` says (a dialog's answer or the known path). */
const host = {
  openRequest: undefined as undefined | ((file: OpenedFilePayload) => void),
  menu: undefined as undefined | ((action: ActionId) => void),
  saveResult: undefined as undefined | FileResult<{ path: string }>,
  /** Runs while a save is on its way to the disk. */
  duringSave: undefined as undefined | (() => void),
};
const bridge = {
  files: {
    open: vi.fn(),
    save: vi.fn(async (_bytes: Uint8Array, name: string, _filters: unknown, path?: string) => {
      host.duringSave?.();
      return host.saveResult ?? { ok: true as const, value: { path: path ?? `/chosen/${name}` } };
    }),
    onOpenRequest: vi.fn((handler: (file: OpenedFilePayload) => void) => {
      host.openRequest = handler;
      return () => {};
    }),
  },
  menu: {
    onCommand: vi.fn((handler: (action: ActionId) => void) => {
      host.menu = handler;
      return () => {};
    }),
  },
  app: {
    setLanguage: vi.fn(async () => {}),
    setDocumentState: vi.fn(async (_state: DocumentStatePayload) => {}),
    ready: vi.fn(async () => {}),
  },
} satisfies TrayectoBridge;

const text = (value: string) => new TextEncoder().encode(value);
// A 1×1 PNG, as an export would start.
const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);
const withId = (id: string) => ({ ...smallJourney(), id, title: `Map ${id}` });
const lastDocumentState = () => bridge.app.setDocumentState.mock.calls.at(-1)?.[0];
const lastSavePath = () => bridge.files.save.mock.calls.at(-1)?.[3];

/** The OS hands files to the window, as main's open requests do. */
function openFromOs(...files: OpenedFilePayload[]) {
  files.forEach((file) => host.openRequest!(file));
}
const lastOpened = () => useEditor.getState().journey;

async function saveFromMenu(command: 'save' | 'saveAs' = 'save') {
  const calls = bridge.files.save.mock.calls.length;
  host.menu!(command);
  await vi.waitFor(() => expect(bridge.files.save.mock.calls.length).toBe(calls + 1));
  await vi.waitFor(() => expect(useSession.getState().notice).not.toBeNull());
}

let stop: () => void;
beforeAll(() => {
  initI18n('en');
  window.trayecto = bridge;
  stop = connectHost();
});
afterAll(() => stop());
beforeEach(async () => {
  const library = getLibrary();
  for (const { id } of await library.list()) await library.deleteForever(id);
  useEditor.getState().close();
  useImport.setState({ question: null });
  useSession.setState({ notice: null, screen: 'library' });
  host.saveResult = undefined;
  host.duringSave = undefined;
  setUiLanguage('en');
});

/** Open one file from the OS and wait until its map is in the editor. */
async function openedAndOpen(file: OpenedFilePayload) {
  openFromOs(file);
  await vi.waitFor(() => expect(useSession.getState().screen).toBe('editor'));
}

describe('what desktop Save writes to', () => {
  it.each([
    ['a CSV', { name: 'gym.csv', path: '/maps/gym.csv', bytes: text(journeyToCsv(withId('csv'))) }],
    [
      'a PNG export',
      {
        name: 'gym.png',
        path: '/maps/gym.png',
        bytes: embedDocumentInPng(PNG, writeTrayecto(withId('png'))),
      },
    ],
    [
      'a PNG export named .json',
      {
        name: 'gym.json',
        path: '/maps/gym.json',
        bytes: embedDocumentInPng(PNG, writeTrayecto(withId('pj'))),
      },
    ],
  ])('a map opened from %s is untitled for Save: Save asks where', async (_what, file) => {
    await openedAndOpen(file);
    await saveFromMenu();
    expect(lastSavePath()).toBeUndefined();
    expect(bridge.files.save.mock.calls.at(-1)?.[1]).toMatch(/\.trayecto$/);
    // Saved where the user chose, the next Save goes there without asking.
    await saveFromMenu();
    expect(lastSavePath()).toMatch(/^\/chosen\/.+\.trayecto$/);
  });

  it.each(['/maps/gym.trayecto', '/maps/gym.json'])('a map opened from %s saves back to it', async (path) => {
    await openedAndOpen({ name: path.slice(6), path, bytes: text(writeTrayecto(withId('doc'))) });
    expect(lastDocumentState()).toEqual({ title: 'Map doc', dirty: false, path });
    await saveFromMenu();
    expect(lastSavePath()).toBe(path);
    expect(useSession.getState().notice).toBe(`Saved ${path.slice(6)}.`);
  });

  it('an edit made while the file is being written still counts as unsaved', async () => {
    const path = '/maps/gym.trayecto';
    await openedAndOpen({ name: 'gym.trayecto', path, bytes: text(writeTrayecto(withId('doc'))) });
    useEditor.getState().dispatch(updateJourneyMeta({ title: 'Before the save' }));
    host.duringSave = () => useEditor.getState().dispatch(updateJourneyMeta({ title: 'During the save' }));
    await saveFromMenu();
    expect(lastDocumentState()).toEqual({ title: 'During the save', dirty: true, path });
  });

  it('a map opened again from the library is as its file has it until it is edited', async () => {
    const path = '/maps/gym.trayecto';
    await openedAndOpen({ name: 'gym.trayecto', path, bytes: text(writeTrayecto(withId('again'))) });
    const opened = lastOpened()!;
    useEditor.getState().close();
    expect(lastDocumentState()).toEqual({ title: '', dirty: false, path: undefined });
    await openJourney('again');
    // Read from the library again: another object, the same map.
    expect(lastOpened()).not.toBe(opened);
    expect(lastDocumentState()).toEqual({ title: 'Map again', dirty: false, path });
    useEditor.getState().dispatch(updateJourneyMeta({ title: 'Edited' }));
    expect(lastDocumentState()).toEqual({ title: 'Edited', dirty: true, path });
    useEditor.getState().undo();
    expect(lastDocumentState()).toEqual({ title: 'Map again', dirty: false, path });
  });

  it('an edited map from a CSV counts as unsaved, so closing the window asks', async () => {
    await openedAndOpen({ name: 'gym.csv', path: '/maps/gym.csv', bytes: text(journeyToCsv(withId('csv'))) });
    expect(lastDocumentState()).toMatchObject({ dirty: false, path: undefined });
    useEditor.getState().dispatch(updateJourneyMeta({ title: 'Gym, edited' }));
    expect(lastDocumentState()).toEqual({ title: 'Gym, edited', dirty: true, path: undefined });
    await saveFromMenu();
    expect(lastDocumentState()).toMatchObject({ dirty: false, path: '/chosen/Gym, edited.trayecto' });
  });

  it('a save that fails says why in the user’s language and leaves the map unsaved', async () => {
    await openedAndOpen({
      name: 'gym.trayecto',
      path: '/ro/gym.trayecto',
      bytes: text(writeTrayecto(withId('doc'))),
    });
    useEditor.getState().dispatch(updateJourneyMeta({ title: 'Edited' }));
    const message = '"gym.trayecto" could not be saved: its folder is read-only.';
    host.saveResult = { ok: false, error: { kind: 'readOnlyFolder', message, path: '/ro/gym.trayecto' } };
    await saveFromMenu();
    expect(useSession.getState().notice).toBe(`The file was not written. ${message}`);
    expect(lastDocumentState()).toMatchObject({ dirty: true, path: '/ro/gym.trayecto' });
    setUiLanguage('es');
    useSession.setState({ notice: null });
    await saveFromMenu();
    expect(useSession.getState().notice).toBe(`No se escribió el archivo. ${message}`);
  });
});

describe('files the OS opens together', () => {
  it('three at once all reach the library, in order; a question about one waits for the answer', async () => {
    const a = withId('a');
    await getLibrary().create(withId('b')); // the second file's map is already in the library
    const files = ['a', 'b', 'c'].map((id) => ({
      name: `${id}.trayecto`,
      path: `/maps/${id}.trayecto`,
      bytes: text(writeTrayecto(id === 'a' ? a : withId(id))),
    }));
    openFromOs(...files);
    await vi.waitFor(() => expect(useImport.getState().question).toMatchObject({ kind: 'exists' }));
    expect(lastOpened()?.id).toBe('a');
    // The third waits for the question about the second.
    expect(await getLibrary().get('c')).toBeUndefined();
    const question = useImport.getState().question as { kind: 'exists'; journey: typeof a; path?: string };
    expect(question.path).toBe('/maps/b.trayecto');
    await resolveExisting(question.journey, 'replace', question.path);
    await vi.waitFor(() => expect(lastOpened()?.id).toBe('c'));
    for (const id of ['a', 'b', 'c']) expect(await getLibrary().get(id)).toBeDefined();
  });
});

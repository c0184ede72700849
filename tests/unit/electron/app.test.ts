import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { filesFromArgv, startDesktopApp } from '../../../electron/main/app';
import { IPC } from '../../../electron/shared/ipc';
import { cancellableEvent, fakeElectron, settle, type FakeElectron } from './fakeElectron';

let dir: string;
let electron: FakeElectron;

async function start(argv: string[] = [], options: { locked?: boolean; log?: (m: string) => void } = {}) {
  electron = fakeElectron(join(dir, 'profile'), options);
  await startDesktopApp(electron.api, {
    argv: ['/usr/bin/trayecto', ...argv],
    cwd: dir,
    platform: 'linux',
    mainDir: join(dir, 'out/main'),
    log: options.log ?? (() => {}),
  });
  return electron.windows[0];
}

/** What the renderer received on a main → renderer channel. */
const received = (window: { webContents: { send: { mock: { calls: unknown[][] } } } }, channel: string) =>
  window.webContents.send.mock.calls.filter(([c]) => c === channel).map(([, payload]) => payload);

function menuItem(label: string): MenuItemConstructorOptions | undefined {
  const all = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
    items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? all(i.submenu) : [])]);
  return all(electron.menu()).find((i) => i.label === label);
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'trayecto-app-'));
  await mkdir(join(dir, 'profile'));
  await writeFile(join(dir, 'gym.trayecto'), '{"format":"trayecto"}');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('single instance and files from the OS', () => {
  it('a second launch hands over to the running app and quits without a window', async () => {
    await start(['gym.trayecto'], { locked: true });
    expect(electron.app.quit).toHaveBeenCalled();
    expect(electron.windows).toHaveLength(0);
  });

  it('files on the command line wait until the renderer listens, then arrive with their bytes', async () => {
    const window = (await start(['--no-sandbox', 'gym.trayecto', 'notes.txt']))!;
    await settle();
    expect(received(window, IPC.openRequest)).toEqual([]);
    await electron.invoke(IPC.rendererReady, window.webContents);
    await vi.waitFor(() => expect(received(window, IPC.openRequest)).toHaveLength(1));
    const [file] = received(window, IPC.openRequest) as { name: string; path: string; bytes: Uint8Array }[];
    expect(file).toMatchObject({ name: 'gym.trayecto', path: join(dir, 'gym.trayecto') });
    expect(new TextDecoder().decode(file!.bytes)).toBe('{"format":"trayecto"}');
    await vi.waitFor(() => expect(menuItem('gym.trayecto')).toBeDefined());
  });

  it('a second launch with a file, from its own folder, opens it in the running window', async () => {
    const window = (await start())!;
    await electron.invoke(IPC.rendererReady, window.webContents);
    electron.app.emit('second-instance', cancellableEvent(), ['/usr/bin/trayecto', 'gym.trayecto'], dir);
    expect(window.focus).toHaveBeenCalled();
    await vi.waitFor(() => expect(received(window, IPC.openRequest)).toHaveLength(1));
  });

  it('a second launch with three files opens all three, in order, even when recent files cannot be written', async () => {
    await writeFile(join(dir, 'b.csv'), 'persona,stage\n');
    await writeFile(join(dir, 'c.png'), 'png bytes');
    // A folder where the recent-files list should be: every write of it fails.
    await mkdir(join(dir, 'profile', 'recent-files.json', 'x'), { recursive: true });
    const log = vi.fn();
    const window = (await start([], { log }))!;
    await electron.invoke(IPC.rendererReady, window.webContents);
    const argv = ['/usr/bin/trayecto', 'gym.trayecto', 'b.csv', join(dir, 'c.png')];
    electron.app.emit('second-instance', cancellableEvent(), argv, dir);
    await vi.waitFor(() => expect(received(window, IPC.openRequest)).toHaveLength(3));
    expect((received(window, IPC.openRequest) as { name: string }[]).map((f) => f.name)).toEqual([
      'gym.trayecto',
      'b.csv',
      'c.png',
    ]);
    expect(electron.dialog.showMessageBox).not.toHaveBeenCalled();
    await vi.waitFor(() =>
      expect(log).toHaveBeenCalledWith(expect.stringContaining('recent files not updated')),
    );
  });

  it('three files on the first command line arrive in order once the renderer listens', async () => {
    await writeFile(join(dir, 'b.trayecto'), '{}');
    await writeFile(join(dir, 'c.trayecto'), '{}');
    const window = (await start(['c.trayecto', 'gym.trayecto', 'b.trayecto']))!;
    await electron.invoke(IPC.rendererReady, window.webContents);
    await vi.waitFor(() => expect(received(window, IPC.openRequest)).toHaveLength(3));
    expect((received(window, IPC.openRequest) as { name: string }[]).map((f) => f.name)).toEqual([
      'c.trayecto',
      'gym.trayecto',
      'b.trayecto',
    ]);
    // All three are remembered, the last opened first.
    await vi.waitFor(async () =>
      expect(JSON.parse(await readFile(join(dir, 'profile', 'recent-files.json'), 'utf8'))).toEqual(
        ['b', 'gym', 'c'].map((name) => join(dir, `${name}.trayecto`)),
      ),
    );
    await vi.waitFor(() =>
      ['b', 'gym', 'c'].forEach((name) => expect(menuItem(`${name}.trayecto`)).toBeDefined()),
    );
  });

  it('macOS open-file is taken over from the OS and opened', async () => {
    const window = (await start())!;
    const event = cancellableEvent();
    electron.app.emit('open-file', event, join(dir, 'gym.trayecto'));
    expect(event.defaultPrevented).toBe(true);
    await electron.invoke(IPC.rendererReady, window.webContents);
    await vi.waitFor(() => expect(received(window, IPC.openRequest)).toHaveLength(1));
  });

  it('a file opened by the OS may be saved back without a dialog', async () => {
    const window = (await start(['gym.trayecto']))!;
    await electron.invoke(IPC.rendererReady, window.webContents);
    await vi.waitFor(() => expect(received(window, IPC.openRequest)).toHaveLength(1));
    const path = join(dir, 'gym.trayecto');
    const bytes = new TextEncoder().encode('{"edited":true}');
    expect(await electron.invoke(IPC.saveFile, window.webContents, bytes, 'gym.trayecto', [], path)).toEqual({
      ok: true,
      value: { path },
    });
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();
    expect(await readFile(path, 'utf8')).toBe('{"edited":true}');
  });

  it('a file that is gone is reported in an error dialog, and nothing is sent', async () => {
    const window = (await start(['missing.trayecto']))!;
    await electron.invoke(IPC.rendererReady, window.webContents);
    await vi.waitFor(() => expect(electron.dialog.showMessageBox).toHaveBeenCalled());
    expect(electron.dialog.showMessageBox).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'error', message: '"missing.trayecto" does not exist any more.' }),
    );
    expect(received(window, IPC.openRequest)).toEqual([]);
  });

  it('reads documents, not flags or other files, from a command line', () => {
    expect(
      filesFromArgv(['/app', '--inspect', 'a.trayecto', 'B.CSV', 'x.txt', '/abs/c.png'], '/home/u'),
    ).toEqual(['/home/u/a.trayecto', '/home/u/B.CSV', '/abs/c.png']);
  });
});

describe('closing with changes not yet in the file', () => {
  async function dirtyWindow(answer: number) {
    const window = (await start())!;
    await electron.invoke(IPC.setDocumentState, window.webContents, { title: 'Gym', dirty: true });
    expect(window.title).toBe('• Gym — Trayecto');
    electron.dialog.showMessageBoxSync.mockReturnValue(answer);
    window.close();
    return window;
  }

  /** The renderer reports the map saved; the window, open until then, closes or stays as `closes` says. */
  async function reportSaved(
    window: Awaited<ReturnType<typeof dirtyWindow>>,
    { closes }: { closes: boolean },
  ) {
    expect(window.destroyed).toBe(false);
    await electron.invoke(IPC.setDocumentState, window.webContents, { title: 'Gym', dirty: false });
    expect(window.destroyed).toBe(closes);
  }

  it('Cancel keeps the window open', async () => {
    const window = await dirtyWindow(2);
    expect(electron.dialog.showMessageBoxSync).toHaveBeenCalledWith(
      window,
      expect.objectContaining({ buttons: ['Save', 'Don’t Save', 'Cancel'] }),
    );
    expect(window.destroyed).toBe(false);
    await settle();
  });

  it('Don’t Save closes it', async () => {
    expect((await dirtyWindow(1)).destroyed).toBe(true);
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalled());
  });

  it('Save asks the renderer to save and closes once the file is written', async () => {
    const window = await dirtyWindow(0);
    expect(received(window, IPC.menuCommand)).toEqual(['save']);
    await reportSaved(window, { closes: true });
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalled());
  });

  it('Save that ends in a cancelled dialog stays open, and a later save does not close it', async () => {
    const window = await dirtyWindow(0);
    const bytes = new TextEncoder().encode('{}');
    await electron.invoke(IPC.saveFile, window.webContents, bytes, 'Gym.trayecto', []);
    await reportSaved(window, { closes: false });
    await settle(); // the bounds written on the first, cancelled close
  });

  it('Save of a map opened from a CSV asks where to save, keeps the CSV, and closes once written', async () => {
    const csv = join(dir, 'gym.csv');
    await writeFile(csv, 'persona,stage\n');
    const window = (await start(['gym.csv']))!;
    await electron.invoke(IPC.rendererReady, window.webContents);
    await vi.waitFor(() => expect(received(window, IPC.openRequest)).toHaveLength(1));
    await electron.invoke(IPC.setDocumentState, window.webContents, { title: 'Gym', dirty: true });
    electron.dialog.showMessageBoxSync.mockReturnValue(0);
    const chosen = join(dir, 'chosen.trayecto');
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: chosen });
    window.close();
    expect(received(window, IPC.menuCommand)).toEqual(['save']);
    // Even a renderer that names the CSV as the document's file gets a dialog, not an overwrite.
    const bytes = new TextEncoder().encode('{"format":"trayecto"}');
    expect(await electron.invoke(IPC.saveFile, window.webContents, bytes, 'Gym.trayecto', [], csv)).toEqual({
      ok: true,
      value: { path: chosen },
    });
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith(
      window,
      expect.objectContaining({ defaultPath: join(dir, 'gym.trayecto') }),
    );
    expect(await readFile(csv, 'utf8')).toBe('persona,stage\n');
    expect(await readFile(chosen, 'utf8')).toBe('{"format":"trayecto"}');
    await reportSaved(window, { closes: true });
    await settle();
  });

  it('Save whose write fails keeps the window open with the reason shown; a later save does not close it', async () => {
    const window = await dirtyWindow(0);
    const folder = join(dir, 'a folder.trayecto');
    await mkdir(join(folder, 'inside'), { recursive: true });
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: folder });
    const bytes = new TextEncoder().encode('{}');
    const result = await electron.invoke(IPC.saveFile, window.webContents, bytes, 'Gym.trayecto', []);
    expect(result).toMatchObject({ ok: false, error: { path: folder } });
    expect(electron.dialog.showMessageBox).toHaveBeenCalledWith(expect.objectContaining({ type: 'error' }));
    await reportSaved(window, { closes: false });
    await settle();
  });

  it('a renderer that never answers Save is asked again on the next close; nothing closes unasked', async () => {
    const window = await dirtyWindow(0);
    window.close();
    expect(electron.dialog.showMessageBoxSync).toHaveBeenCalledTimes(2);
    expect(window.destroyed).toBe(false);
    await settle();
  });

  it('asks in Spanish when the app speaks Spanish, and Escape (the cancel answer) keeps the window', async () => {
    const window = (await start())!;
    await electron.invoke(IPC.setLanguage, window.webContents, 'es');
    await electron.invoke(IPC.setDocumentState, window.webContents, { title: 'Gimnasio', dirty: true });
    window.close();
    expect(electron.dialog.showMessageBoxSync).toHaveBeenCalledWith(
      window,
      expect.objectContaining({
        message: '¿Guardar los cambios de «Gimnasio» en su archivo?',
        buttons: ['Guardar', 'No guardar', 'Cancelar'],
        cancelId: 2,
      }),
    );
    expect(window.destroyed).toBe(false);
    await settle();
  });

  it('a clean document closes without a question; the app quits once the window state is written', async () => {
    const window = (await start())!;
    window.close();
    expect(electron.dialog.showMessageBoxSync).not.toHaveBeenCalled();
    expect(window.destroyed).toBe(true);
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalled());
    expect(JSON.parse(await readFile(join(dir, 'profile', 'window-state.json'), 'utf8'))).toMatchObject({
      width: 1200,
    });
  });
});

describe('window size and position', () => {
  it('are remembered on close and restored at the next start', async () => {
    const first = (await start())!;
    expect(first.options).toMatchObject({ width: 1440, height: 900 });
    first.close();
    await vi.waitFor(async () =>
      expect(JSON.parse(await readFile(join(dir, 'profile', 'window-state.json'), 'utf8'))).toMatchObject({
        x: 40,
      }),
    );
    const second = (await start())!;
    expect(second.options).toMatchObject({ x: 40, y: 30, width: 1200, height: 800 });
  });

  it('a position on a screen that is gone is dropped', async () => {
    await writeFile(
      join(dir, 'profile', 'window-state.json'),
      JSON.stringify({ x: 4000, y: 30, width: 1200, height: 800, maximized: false }),
    );
    const window = (await start())!;
    expect(window.options).toMatchObject({ width: 1200, height: 800 });
    expect(window.options.x).toBeUndefined();
  });
});

describe('the app menu', () => {
  it('follows the renderer’s language and sends commands to the window', async () => {
    const window = (await start())!;
    expect(electron.menu().map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    await electron.invoke(IPC.setLanguage, window.webContents, 'es');
    expect(electron.menu().map((m) => m.label)).toEqual(['Archivo', 'Edición', 'Ver', 'Ayuda']);
    menuItem('Deshacer')!.click?.(undefined as never, undefined, undefined as never);
    expect(received(window, IPC.menuCommand)).toEqual(['undo']);
  });
});

import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { realFs, type FsOps } from '../../../electron/main/fileIo';
import { registerIpcHandlers, RejectedPayloadError, type IpcDeps } from '../../../electron/main/ipc';
import { IPC } from '../../../electron/shared/ipc';

type Handler = (event: { sender: unknown }, ...args: unknown[]) => unknown;
const ours = { id: 1 };
let dir: string;

function setup(overrides: Partial<IpcDeps> = {}) {
  const handles = new Map<string, Handler>();
  const deps: IpcDeps = {
    isAppSender: (sender) => sender === (ours as never),
    showOpenDialog: vi.fn(async () => join(dir, 'in.trayecto')),
    showSaveDialog: vi.fn(async (defaultPath: string) => join(dir, defaultPath.split('/').pop()!)),
    grantedPaths: new Set(),
    rememberRecent: vi.fn(async () => {}),
    language: () => 'en',
    showFileError: vi.fn(),
    setLanguage: vi.fn(async () => {}),
    setDocumentState: vi.fn(),
    rendererReady: vi.fn(),
    log: vi.fn(),
    ...overrides,
  };
  registerIpcHandlers({ handle: (channel, listener) => handles.set(channel, listener as Handler) }, deps);
  const invoke = async (channel: string, ...args: unknown[]) =>
    handles.get(channel)!({ sender: ours }, ...args);
  return { deps, invoke };
}

const filters = [{ name: 'Trayecto', extensions: ['trayecto'] }];
const bytes = (text: string) => new TextEncoder().encode(text);
const failing = (code: string, at: 'stat' | 'write'): FsOps => ({
  ...realFs,
  stat: at === 'stat' ? async () => Promise.reject(Object.assign(new Error(code), { code })) : realFs.stat,
  open: async (path, flags, mode) => {
    const handle = await realFs.open(path, flags, mode);
    if (at !== 'write') return handle;
    return {
      write: async () => Promise.reject(Object.assign(new Error(code), { code })),
      sync: () => handle.sync(),
      close: () => handle.close(),
    };
  },
});

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'trayecto-ipc-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('opening', () => {
  it('reads the chosen file, remembers it, and may save back to it without asking', async () => {
    await writeFile(join(dir, 'in.trayecto'), 'hello');
    const { invoke, deps } = setup();
    const result = await invoke(IPC.openFile, filters);
    expect(result).toEqual({
      ok: true,
      value: { name: 'in.trayecto', path: join(dir, 'in.trayecto'), bytes: expect.any(Uint8Array) },
    });
    expect(new TextDecoder().decode((result as { value: { bytes: Uint8Array } }).value.bytes)).toBe('hello');
    expect(deps.rememberRecent).toHaveBeenCalledWith(join(dir, 'in.trayecto'));
    await invoke(IPC.saveFile, bytes('edited'), 'in.trayecto', filters, join(dir, 'in.trayecto'));
    expect(deps.showSaveDialog).not.toHaveBeenCalled();
    expect(await readFile(join(dir, 'in.trayecto'), 'utf8')).toBe('edited');
  });

  it('a cancelled dialog is not an error', async () => {
    const { invoke } = setup({ showOpenDialog: async () => undefined });
    expect(await invoke(IPC.openFile, filters)).toEqual({ ok: true, value: undefined });
  });

  it('offers the .trayecto filter when the renderer names none, and the renderer’s own otherwise', async () => {
    const { invoke, deps } = setup({ showOpenDialog: vi.fn(async () => undefined) });
    await invoke(IPC.openFile, []);
    expect(deps.showOpenDialog).toHaveBeenLastCalledWith([{ name: 'Trayecto', extensions: ['trayecto'] }]);
    const csv = [{ name: 'CSV', extensions: ['csv'] }];
    await invoke(IPC.openFile, csv);
    expect(deps.showOpenDialog).toHaveBeenLastCalledWith(csv);
  });

  it('a file that cannot be read comes back as a named error, also shown in a dialog', async () => {
    const { invoke, deps } = setup({ fs: failing('EACCES', 'stat') });
    const result = await invoke(IPC.openFile, filters);
    const error = {
      kind: 'permission',
      message: 'You do not have permission to use "in.trayecto".',
      path: join(dir, 'in.trayecto'),
    };
    expect(result).toEqual({ ok: false, error });
    expect(deps.showFileError).toHaveBeenCalledWith(error);
    expect(deps.rememberRecent).not.toHaveBeenCalled();
  });
});

describe('saving', () => {
  it('“Save As” asks where and writes there; the file is remembered', async () => {
    const { invoke, deps } = setup();
    expect(await invoke(IPC.saveFile, bytes('v1'), 'Family car.trayecto', filters)).toEqual({
      ok: true,
      value: { path: join(dir, 'Family car.trayecto') },
    });
    expect(deps.showSaveDialog).toHaveBeenCalledWith('Family car.trayecto', filters);
    expect(await readFile(join(dir, 'Family car.trayecto'), 'utf8')).toBe('v1');
    expect(deps.rememberRecent).toHaveBeenCalledWith(join(dir, 'Family car.trayecto'));
  });

  it('a path the user never chose is not written without asking', async () => {
    const { invoke, deps } = setup({ showSaveDialog: vi.fn(async () => undefined) });
    const target = join(dir, 'not-granted.trayecto');
    await writeFile(target, 'precious');
    expect(await invoke(IPC.saveFile, bytes('overwrite'), 'x.trayecto', filters, target)).toEqual({
      ok: true,
      value: undefined,
    });
    expect(deps.showSaveDialog).toHaveBeenCalledWith(target, filters);
    expect(await readFile(target, 'utf8')).toBe('precious');
  });

  it('a full disk is reported in the app’s language and the old file is kept', async () => {
    const target = join(dir, 'map.trayecto');
    await writeFile(target, 'old');
    const { invoke, deps } = setup({ fs: failing('ENOSPC', 'write'), language: () => 'es' });
    const result = await invoke(IPC.saveFile, bytes('new'), 'map.trayecto', filters);
    expect(result).toEqual({
      ok: false,
      error: {
        kind: 'diskFull',
        message:
          'El disco está lleno: no se pudo escribir «map.trayecto». El trayecto está a salvo en la biblioteca local.',
        path: target,
      },
    });
    expect(deps.showFileError).toHaveBeenCalledTimes(1);
    expect(await readFile(target, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['map.trayecto']);
  });

  it.each(['in.csv', 'in.png', 'notes.txt'])(
    'Save of a map opened from %s asks where, starting beside it as .trayecto, and leaves it alone',
    async (name) => {
      const opened = join(dir, name);
      await writeFile(opened, 'the original');
      const { invoke, deps } = setup({ showOpenDialog: async () => opened });
      await invoke(IPC.openFile, []);
      const saved = join(dir, `${name.replace(/\.\w+$/, '')}.trayecto`);
      expect(await invoke(IPC.saveFile, bytes('{"map":1}'), 'x.trayecto', filters, opened)).toEqual({
        ok: true,
        value: { path: saved },
      });
      expect(deps.showSaveDialog).toHaveBeenCalledWith(saved, filters);
      expect(await readFile(opened, 'utf8')).toBe('the original');
      expect(await readFile(saved, 'utf8')).toBe('{"map":1}');
    },
  );

  it('Save writes in place to an opened .trayecto or .JSON document', async () => {
    const opened = join(dir, 'Map.JSON');
    await writeFile(opened, '{}');
    const { invoke, deps } = setup({ showOpenDialog: async () => opened });
    await invoke(IPC.openFile, []);
    await invoke(IPC.saveFile, bytes('{"v":2}'), 'Map.trayecto', filters, opened);
    expect(deps.showSaveDialog).not.toHaveBeenCalled();
    expect(await readFile(opened, 'utf8')).toBe('{"v":2}');
  });

  it('a recent-files list that cannot be written fails neither the open nor the save', async () => {
    await writeFile(join(dir, 'in.trayecto'), 'hello');
    const rememberRecent = vi.fn(async () => Promise.reject(new Error('recent-files.json: EISDIR')));
    const { invoke, deps } = setup({ rememberRecent });
    expect(await invoke(IPC.openFile, filters)).toMatchObject({ ok: true, value: { name: 'in.trayecto' } });
    const path = join(dir, 'in.trayecto');
    expect(await invoke(IPC.saveFile, bytes('edited'), 'in.trayecto', filters, path)).toEqual({
      ok: true,
      value: { path },
    });
    expect(await readFile(path, 'utf8')).toBe('edited');
    expect(rememberRecent).toHaveBeenCalledTimes(2);
    expect(deps.log).toHaveBeenCalledWith('recent files not updated: Error: recent-files.json: EISDIR');
    expect(deps.showFileError).not.toHaveBeenCalled();
  });

  it('a read-only folder is reported in the app’s language; the file and the folder are unchanged', async () => {
    const target = join(dir, 'in.trayecto');
    await writeFile(target, 'old');
    const readOnly: FsOps = {
      ...realFs,
      open: async (path, flags, mode) =>
        flags === 'wx'
          ? Promise.reject(Object.assign(new Error('EACCES'), { code: 'EACCES' }))
          : realFs.open(path, flags, mode),
    };
    const { invoke, deps } = setup({ fs: readOnly, language: () => 'es' });
    await invoke(IPC.openFile, filters);
    const result = (await invoke(IPC.saveFile, bytes('new'), 'in.trayecto', filters, target)) as {
      ok: false;
      error: { kind: string; message: string };
    };
    expect(result.ok).toBe(false);
    expect(result.error.kind).toBe('readOnlyFolder');
    expect(result.error.message).toMatch(/^No se pudo guardar «in\.trayecto»: su carpeta es de solo lectura/);
    expect(deps.showFileError).toHaveBeenCalledWith(result.error);
    expect(await readFile(target, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['in.trayecto']);
  });
});

describe('payload validation', () => {
  it.each([
    [IPC.openFile, ['not an array']],
    [IPC.openFile, [[{ name: 'x', extensions: ['../../etc'] }]]],
    [IPC.saveFile, ['a string, not bytes', 'x.trayecto', []]],
    [IPC.saveFile, [new Uint8Array(1), '../../escape.trayecto', []]],
    [IPC.saveFile, [new Uint8Array(1), 'x.trayecto', [], 42]],
    [IPC.saveFile, [new Uint8Array(1), 'a/x.pdf', []]],
    [IPC.setLanguage, ['fr']],
    [IPC.setDocumentState, [{ title: 5, dirty: true }]],
    [IPC.rendererReady, ['unexpected']],
  ])('rejects a malformed %s payload and logs why', async (channel, args) => {
    const { invoke, deps } = setup();
    await expect(invoke(channel, ...args)).rejects.toBeInstanceOf(RejectedPayloadError);
    expect(deps.log).toHaveBeenCalledWith(expect.stringContaining(`rejected ${channel} payload: `));
    for (const effect of [deps.showSaveDialog, deps.showOpenDialog, deps.setLanguage, deps.setDocumentState])
      expect(effect).not.toHaveBeenCalled();
  });

  it('passes valid notices on', async () => {
    const { invoke, deps } = setup();
    await invoke(IPC.setLanguage, 'es');
    await invoke(IPC.setDocumentState, { title: 'Map', dirty: true });
    await invoke(IPC.rendererReady);
    expect(deps.setLanguage).toHaveBeenCalledWith('es');
    expect(deps.setDocumentState).toHaveBeenCalledWith({ title: 'Map', dirty: true });
    expect(deps.rendererReady).toHaveBeenCalledTimes(1);
  });
});

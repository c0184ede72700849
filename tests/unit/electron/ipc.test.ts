import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerIpcHandlers, RejectedPayloadError, type IpcDeps } from '../../../electron/main/ipc';
import { IPC } from '../../../electron/shared/ipc';

type Handler = (event: { sender: unknown }, ...args: unknown[]) => unknown;
const ours = { id: 1 };
const stranger = { id: 2 };
let dir: string;

function setup(overrides: Partial<IpcDeps> = {}) {
  const handles = new Map<string, Handler>();
  const listeners = new Map<string, Handler>();
  const deps: IpcDeps = {
    isAppSender: (sender) => sender === (ours as never),
    showOpenDialog: vi.fn(async () => join(dir, 'in.trayecto')),
    showSaveDialog: vi.fn(async (_s, name) => join(dir, name)),
    printToPdf: vi.fn(async () => new TextEncoder().encode('%PDF-1.7')),
    rememberRecent: vi.fn(async () => {}),
    setLanguage: vi.fn(),
    setDocumentState: vi.fn(),
    rendererReady: vi.fn(),
    log: vi.fn(),
    ...overrides,
  };
  registerIpcHandlers(
    { handle: (c, l) => handles.set(c, l as Handler), on: (c, l) => listeners.set(c, l as Handler) },
    deps,
  );
  const invoke = (channel: string, sender: unknown, ...args: unknown[]) =>
    handles.get(channel)!({ sender }, ...args);
  const send = (channel: string, sender: unknown, ...args: unknown[]) =>
    listeners.get(channel)!({ sender }, ...args);
  return { deps, invoke, send };
}

const filters = [{ name: 'Trayecto', extensions: ['trayecto'] }];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'trayecto-ipc-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('IPC handlers', () => {
  it('opens the chosen file and remembers it', async () => {
    await writeFile(join(dir, 'in.trayecto'), 'hello');
    const { invoke, deps } = setup();
    const result = (await invoke(IPC.openFile, ours, filters)) as {
      ok: true;
      value: { name: string; bytes: Uint8Array };
    };
    expect(result.ok).toBe(true);
    expect(result.value.name).toBe('in.trayecto');
    expect(new TextDecoder().decode(result.value.bytes)).toBe('hello');
    expect(deps.rememberRecent).toHaveBeenCalledWith(join(dir, 'in.trayecto'));
  });

  it('a cancelled dialog is not an error', async () => {
    const { invoke } = setup({ showOpenDialog: async () => undefined });
    expect(await invoke(IPC.openFile, ours, filters)).toEqual({ ok: true, value: undefined });
  });

  it('saves to a known path without asking, and with "Save As" asks where', async () => {
    const { invoke, deps } = setup();
    const known = join(dir, 'known.trayecto');
    expect(
      await invoke(IPC.saveFile, ours, new TextEncoder().encode('v1'), 'x.trayecto', filters, known),
    ).toEqual({ ok: true, value: { path: known } });
    expect(deps.showSaveDialog).not.toHaveBeenCalled();
    expect(await readFile(known, 'utf8')).toBe('v1');
    await invoke(IPC.saveFile, ours, new TextEncoder().encode('v2'), 'other.trayecto', filters);
    expect(await readFile(join(dir, 'other.trayecto'), 'utf8')).toBe('v2');
  });

  it('returns a file error the renderer can show, rather than throwing', async () => {
    const { invoke } = setup({ showOpenDialog: async () => join(dir, 'missing.trayecto') });
    expect(await invoke(IPC.openFile, ours, filters)).toMatchObject({
      ok: false,
      error: { kind: 'notFound' },
    });
  });

  it('prints to PDF and writes it where the user says', async () => {
    const { invoke } = setup();
    const result = await invoke(IPC.printToPdf, ours, { pageSize: 'A3', perPersona: false }, 'map.pdf');
    expect(result).toEqual({ ok: true, value: { path: join(dir, 'map.pdf') } });
    expect(await readFile(join(dir, 'map.pdf'), 'utf8')).toBe('%PDF-1.7');
  });

  it.each([
    [IPC.openFile, ['not an array']],
    [IPC.openFile, [[{ name: 'x', extensions: ['../../etc'] }]]],
    [IPC.saveFile, ['a string, not bytes', 'x.trayecto', []]],
    [IPC.saveFile, [new Uint8Array(1), '../../escape.trayecto', []]],
    [IPC.printToPdf, [{ pageSize: 'A0', perPersona: false }, 'x.pdf']],
    [IPC.printToPdf, [{ pageSize: 'A4' }, 'x.pdf']],
  ])('rejects a malformed %s payload', async (channel, args) => {
    const { invoke, deps } = setup();
    await expect(Promise.resolve().then(() => invoke(channel, ours, ...args))).rejects.toBeInstanceOf(
      RejectedPayloadError,
    );
    expect(deps.log).toHaveBeenCalledWith(expect.stringContaining(`rejected ${channel}`));
    expect(deps.showSaveDialog).not.toHaveBeenCalled();
  });

  it('drops messages from anything but our own window', async () => {
    const { invoke, send, deps } = setup();
    await expect(Promise.resolve().then(() => invoke(IPC.openFile, stranger, filters))).rejects.toThrow(
      /unknown sender/,
    );
    send(IPC.setLanguage, stranger, 'es');
    expect(deps.setLanguage).not.toHaveBeenCalled();
    expect(deps.showOpenDialog).not.toHaveBeenCalled();
  });

  it('passes valid one-way messages and ignores invalid ones', () => {
    const { send, deps } = setup();
    send(IPC.setLanguage, ours, 'es');
    send(IPC.setLanguage, ours, 'fr');
    send(IPC.setDocumentState, ours, { title: 'Map', dirty: true });
    send(IPC.setDocumentState, ours, { title: 5 });
    expect(deps.setLanguage).toHaveBeenCalledTimes(1);
    expect(deps.setLanguage).toHaveBeenCalledWith(ours, 'es');
    expect(deps.setDocumentState).toHaveBeenCalledTimes(1);
  });
});

import { describe, expect, it, vi } from 'vitest';
import type { FileResult, TrayectoBridge } from '../../../electron/shared/ipc';
import { createElectronPlatform, HostFileError } from '../../../renderer/platform/electronPlatform';

function fakeBridge(saveResult: FileResult<{ path: string }>) {
  const bridge = {
    files: {
      open: vi.fn(),
      save: vi.fn(async () => saveResult),
      onOpenRequest: vi.fn(() => () => {}),
    },
    menu: { onCommand: vi.fn(() => () => {}) },
    app: {
      setLanguage: vi.fn(async () => {}),
      setDocumentState: vi.fn(async () => Promise.reject(new Error('invalid payload'))),
      ready: vi.fn(async () => {}),
    },
  } satisfies TrayectoBridge;
  return { bridge, platform: createElectronPlatform(bridge) };
}

describe('the desktop platform adapter', () => {
  it('names a saved file after its path, and a cancelled dialog is undefined', async () => {
    const { platform } = fakeBridge({ ok: true, value: { path: 'C:\\maps\\Family car.trayecto' } });
    expect(await platform.saveFile(new Uint8Array(), 'x.trayecto', [])).toEqual({
      name: 'Family car.trayecto',
      path: 'C:\\maps\\Family car.trayecto',
    });
    expect(
      await fakeBridge({ ok: true, value: undefined }).platform.saveFile(new Uint8Array(), 'a.pdf', []),
    ).toBeUndefined();
  });

  it('turns a host file error into a HostFileError carrying the message for the user', async () => {
    const error = { kind: 'diskFull' as const, message: 'The disk is full', path: '/m/a.trayecto' };
    const { platform } = fakeBridge({ ok: false, error });
    const thrown = await platform.saveFile(new Uint8Array(), 'a.trayecto', []).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(HostFileError);
    expect(thrown).toMatchObject({ message: 'The disk is full', payload: error });
  });

  it('tells main it listens for files once the renderer subscribes, and never throws on notices', async () => {
    const { platform, bridge } = fakeBridge({ ok: true, value: undefined });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    platform.onOpenFile(() => {});
    expect(bridge.app.ready).toHaveBeenCalledTimes(1);
    expect(() => platform.setDocumentState({ title: 'A', dirty: true })).not.toThrow();
    await vi.waitFor(() => expect(warn).toHaveBeenCalled());
    warn.mockRestore();
  });
});

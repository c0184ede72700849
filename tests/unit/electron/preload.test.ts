import { beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC, type TrayectoBridge } from '../../../electron/shared/ipc';

const exposed = new Map<string, unknown>();
const ipcRenderer = {
  invoke: vi.fn(async (..._args: unknown[]) => 'answer'),
  on: vi.fn(),
  removeListener: vi.fn(),
};
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer,
}));

let bridge: TrayectoBridge;
beforeAll(async () => {
  await import('../../../electron/preload/index');
  bridge = exposed.get('trayecto') as TrayectoBridge;
});

describe('the preload bridge', () => {
  it('exposes only window.trayecto, with named methods and nothing generic', () => {
    expect([...exposed.keys()]).toEqual(['trayecto']);
    const names = Object.entries(bridge).flatMap(([group, methods]) =>
      Object.keys(methods).map((name) => `${group}.${name}`),
    );
    expect(names.sort()).toEqual(
      [
        'app.ready',
        'app.setDocumentState',
        'app.setLanguage',
        'files.onOpenRequest',
        'files.open',
        'files.save',
        'menu.onCommand',
      ].sort(),
    );
  });

  it('sends each call on its own channel through invoke, arguments untouched', async () => {
    const bytes = new Uint8Array([1, 2]);
    const filters = [{ name: 'Trayecto', extensions: ['trayecto'] }];
    const calls: [() => Promise<unknown>, unknown[]][] = [
      [() => bridge.files.open(filters), [IPC.openFile, filters]],
      [
        () => bridge.files.save(bytes, 'a.trayecto', filters, '/m/a.trayecto'),
        [IPC.saveFile, bytes, 'a.trayecto', filters, '/m/a.trayecto'],
      ],
      [() => bridge.app.setLanguage('es'), [IPC.setLanguage, 'es']],
      [
        () => bridge.app.setDocumentState({ title: 'A', dirty: true }),
        [IPC.setDocumentState, { title: 'A', dirty: true }],
      ],
      [() => bridge.app.ready(), [IPC.rendererReady]],
    ];
    for (const [call, expected] of calls) {
      ipcRenderer.invoke.mockClear();
      expect(await call()).toBe('answer');
      expect(ipcRenderer.invoke.mock.calls).toEqual([expected]);
    }
  });

  it('subscriptions hand over only the payload and can be removed', () => {
    const handler = vi.fn();
    const stop = bridge.menu.onCommand(handler);
    const [channel, listener] = ipcRenderer.on.mock.calls.at(-1)!;
    expect(channel).toBe(IPC.menuCommand);
    listener({ sender: 'the event stays in the preload' }, 'undo');
    expect(handler).toHaveBeenCalledWith('undo');
    stop();
    expect(ipcRenderer.removeListener).toHaveBeenCalledWith(IPC.menuCommand, listener);
    bridge.files.onOpenRequest(handler);
    expect(ipcRenderer.on.mock.calls.at(-1)![0]).toBe(IPC.openRequest);
  });
});

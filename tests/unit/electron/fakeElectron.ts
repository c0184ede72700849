import { EventEmitter } from 'node:events';
import type { MenuItemConstructorOptions } from 'electron';
import { vi } from 'vitest';
import type { ElectronApi } from '../../../electron/main/app';

type Handler = (event: { sender: unknown }, ...args: unknown[]) => unknown;
type OpenHandler = (details: { url: string }) => { action: string };

/** A closable event, as Electron passes to `close`, `will-navigate`, `open-file`… */
export function cancellableEvent() {
  const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
  return event;
}

export class FakeWebContents extends EventEmitter {
  send = vi.fn();
  windowOpenHandler: OpenHandler | undefined;
  setWindowOpenHandler(handler: OpenHandler) {
    this.windowOpenHandler = handler;
  }
}

/**
 * Electron's API at the boundary the app touches, with just enough behaviour to run the real
 * main-process code in Node: windows emit their events, IPC handlers are kept to be invoked.
 */
export function fakeElectron(userData: string, options: { locked?: boolean; packaged?: boolean } = {}) {
  /** What happened when, for calls whose order matters. */
  const timeline: string[] = [];
  const app = Object.assign(new EventEmitter(), {
    isPackaged: options.packaged ?? true,
    requestSingleInstanceLock: () => !options.locked,
    quit: vi.fn(),
    getPath: (name: string) => (name === 'userData' ? userData : `/home/user/${name}`),
    getLocale: () => 'en-US',
    isReady: () => true,
    whenReady: () => {
      timeline.push('ready');
      return Promise.resolve();
    },
  });
  const windows: FakeWindow[] = [];

  class FakeWindow extends EventEmitter {
    webContents = new FakeWebContents();
    title = '';
    edited = false;
    destroyed = false;
    loadFile = vi.fn(async () => {});
    loadURL = vi.fn(async () => {});
    maximize = vi.fn();
    show = vi.fn();
    focus = vi.fn();
    restore = vi.fn();
    constructor(readonly options: Electron.BrowserWindowConstructorOptions) {
      super();
      windows.push(this);
      app.emit('web-contents-created', cancellableEvent(), this.webContents);
    }
    setTitle(title: string) {
      this.title = title;
    }
    setDocumentEdited(edited: boolean) {
      this.edited = edited;
    }
    isMinimized = () => false;
    isMaximized = () => false;
    getNormalBounds = () => ({ x: 40, y: 30, width: 1200, height: 800 });
    /** Like Electron: `close` may be prevented; otherwise the window goes and `closed` follows. */
    close() {
      const event = cancellableEvent();
      this.emit('close', event);
      if (event.defaultPrevented) return;
      this.destroyed = true;
      this.emit('closed');
      if (windows.every((window) => window.destroyed)) app.emit('window-all-closed');
    }
  }

  const handlers = new Map<string, Handler>();
  const headerListeners: ((
    details: { responseHeaders?: Record<string, string[]> },
    callback: (response: { responseHeaders: Record<string, string[]> }) => void,
  ) => void)[] = [];
  const permission = {
    request: undefined as undefined | ((wc: unknown, name: string, cb: (granted: boolean) => void) => void),
    check: undefined as undefined | ((...args: unknown[]) => boolean),
  };
  const menus: MenuItemConstructorOptions[][] = [];
  const schemes = new Map<string, (request: Request) => Promise<Response>>();
  const electron = {
    app,
    BrowserWindow: FakeWindow,
    dialog: {
      showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] as string[] })),
      showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: '' })),
      showMessageBox: vi.fn(async () => ({ response: 0, checkboxChecked: false })),
      showMessageBoxSync: vi.fn(() => 2),
    },
    ipcMain: { handle: (channel: string, handler: Handler) => handlers.set(channel, handler) },
    Menu: {
      buildFromTemplate: (template: MenuItemConstructorOptions[]) => template,
      setApplicationMenu: (menu: MenuItemConstructorOptions[]) => menus.push(menu),
    },
    protocol: {
      registerSchemesAsPrivileged: (custom: { scheme: string; privileges: object }[]) =>
        timeline.push(`privileged ${JSON.stringify(custom)}`),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) =>
        schemes.set(scheme, handler),
    },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    session: {
      defaultSession: {
        webRequest: {
          onHeadersReceived: (listener: (typeof headerListeners)[number]) => headerListeners.push(listener),
        },
        setPermissionRequestHandler: (handler: typeof permission.request) => (permission.request = handler),
        setPermissionCheckHandler: (handler: typeof permission.check) => (permission.check = handler),
      },
    },
    shell: { openExternal: vi.fn(async () => {}) },
  };

  return {
    api: electron as unknown as ElectronApi,
    app,
    dialog: electron.dialog,
    shell: electron.shell,
    windows,
    headerListeners,
    permission,
    timeline,
    /** A request to a custom scheme, answered by the app's handler. */
    fetchScheme: (url: string) => schemes.get(new URL(url).protocol.slice(0, -1))!(new Request(url)),
    /** The app menu most recently set. */
    menu: () => menus.at(-1)!,
    /** `ipcRenderer.invoke` from a given sender. */
    invoke: async (channel: string, sender: unknown, ...args: unknown[]) => {
      const handler = handlers.get(channel);
      if (!handler) throw new Error(`no handler for ${channel}`);
      return handler({ sender }, ...args);
    },
  };
}

export type FakeElectron = ReturnType<typeof fakeElectron>;

/** Lets the app's pending promise chains (file reads, menu refreshes) finish. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

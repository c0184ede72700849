import { basename, extname, isAbsolute, join, resolve } from 'node:path';
import type { BrowserWindow } from 'electron';
import type { ActionId } from '../../src/actions';
import { contentSecurityPolicy } from '../shared/csp';
import { IPC, type AppLanguage, type DocumentStatePayload, type FileErrorPayload } from '../shared/ipc';
import { FileIoError, readUserFile } from './fileIo';
import { APP_SCHEME, APP_URL, registerAppScheme, rendererResponder } from './appProtocol';
import { registerIpcHandlers } from './ipc';
import { buildMenuTemplate } from './menu';
import { RecentFiles } from './recentFiles';
import { secureSession, secureWebContents } from './security';
import { captureWindowState, closeChoice, closePromptOptions, mainWindowOptions } from './window';
import { fitToDisplays, windowStateStore } from './windowState';

/** The part of Electron the app uses: the real module in production, fakes in tests. */
export type ElectronApi = Pick<
  typeof import('electron'),
  'app' | 'BrowserWindow' | 'dialog' | 'ipcMain' | 'Menu' | 'protocol' | 'screen' | 'session' | 'shell'
>;

export interface DesktopEnv {
  argv: string[];
  cwd: string;
  platform: NodeJS.Platform;
  /** The folder of the built main script: out/main. */
  mainDir: string;
  /** electron-vite's dev server during `npm run dev`. */
  rendererUrl?: string;
  log(message: string): void;
}

const OPENABLE = new Set(['.trayecto', '.json', '.csv', '.png']);

/** Documents named on a command line (ours or a second launch's), as absolute paths. */
export function filesFromArgv(argv: string[], workingDirectory: string): string[] {
  return argv
    .slice(1)
    .filter((arg) => !arg.startsWith('-') && OPENABLE.has(extname(arg).toLowerCase()))
    .map((arg) => resolve(workingDirectory, arg));
}

/*
 * One window shows both the library and the open journey, like a browser tab: the local
 * library is the source of truth, so a window per document would only add revision
 * conflicts between windows. Files opened by the OS or a second launch arrive in it.
 * Resolves once the window is created (at once when another instance owns the lock).
 */
export function startDesktopApp(electron: ElectronApi, env: DesktopEnv): Promise<void> {
  const { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell } = electron;
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return Promise.resolve();
  }
  registerAppScheme(protocol);
  const recent = new RecentFiles(app.getPath('userData'));
  const windowState = windowStateStore(app.getPath('userData'));
  const grantedPaths = new Set<string>();
  /** Files to hand over once the renderer listens. */
  const pendingFiles = filesFromArgv(env.argv, env.cwd);
  let window: BrowserWindow | null = null;
  let rendererReady = false;
  let language: AppLanguage = 'en';
  let documentState: DocumentStatePayload = { title: '', dirty: false };
  /** The user chose "Save" when closing: close once the renderer reports the file saved. */
  let closeAfterSave = false;
  /** The window's bounds being written; quitting waits for it. */
  let savingWindowState: Promise<void> | undefined;

  const send = (channel: string, payload: unknown) => window?.webContents.send(channel, payload);

  const showFileError = (error: FileErrorPayload) => {
    closeAfterSave = false; // the failed save keeps the window open, with the reason on screen
    void dialog.showMessageBox({
      type: 'error',
      title: 'Trayecto',
      message: error.message,
      detail: error.path,
    });
  };

  /** Files are handed over one at a time, in the order they were asked for. */
  let opening: Promise<void> = Promise.resolve();

  function openPath(path: string): void {
    opening = opening.then(() => deliverFile(path));
  }

  async function deliverFile(path: string): Promise<void> {
    if (!window || !rendererReady) {
      pendingFiles.push(path);
      return;
    }
    let bytes: Uint8Array;
    try {
      bytes = await readUserFile(path);
    } catch (error) {
      if (error instanceof FileIoError) showFileError(error.toPayload(language));
      else env.log(`could not open ${path}: ${String(error)}`);
      return;
    }
    grantedPaths.add(path);
    send(IPC.openRequest, { name: basename(path), path, bytes });
    // The recent-files list is a convenience: it never holds up or fails an open.
    void rememberRecent(path);
  }

  async function rememberRecent(path: string): Promise<void> {
    try {
      await recent.add(path);
      await refreshMenu();
    } catch (error) {
      env.log(`recent files not updated: ${String(error)}`);
    }
  }

  async function refreshMenu(): Promise<void> {
    const template = buildMenuTemplate(
      language,
      { recentFiles: await recent.list(), isMac: env.platform === 'darwin' },
      {
        send: (action) => send(IPC.menuCommand, action),
        openRecent: openPath,
        clearRecent: () =>
          void recent
            .clear()
            .then(refreshMenu)
            .catch((error: unknown) => env.log(`recent files not cleared: ${String(error)}`)),
      },
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  }

  function setDocumentState(state: DocumentStatePayload): void {
    documentState = state;
    window?.setTitle(state.title ? `${state.dirty ? '• ' : ''}${state.title} — Trayecto` : 'Trayecto');
    window?.setDocumentEdited(state.dirty);
    if (closeAfterSave && !state.dirty) {
      closeAfterSave = false;
      window?.close();
    }
  }

  async function createWindow(): Promise<void> {
    const displays = screen.getAllDisplays().map((display) => display.workArea);
    const bounds = fitToDisplays(await windowState.read(), displays);
    const created = new BrowserWindow(mainWindowOptions(bounds, join(env.mainDir, '../preload/index.cjs')));
    window = created;
    if (bounds.maximized) created.maximize();
    created.once('ready-to-show', () => created.show());
    created.on('close', (event) => {
      savingWindowState = windowState
        .write(captureWindowState(created))
        .catch((error: unknown) => env.log(`window state not saved: ${String(error)}`));
      if (!documentState.dirty) return;
      const choice = closeChoice(
        dialog.showMessageBoxSync(created, closePromptOptions(language, documentState.title)),
      );
      if (choice === 'discard') return;
      event.preventDefault();
      if (choice === 'save') {
        closeAfterSave = true;
        send(IPC.menuCommand, 'save' satisfies ActionId);
      }
    });
    created.on('closed', () => {
      window = null;
      rendererReady = false;
    });
    await created.loadURL(env.rendererUrl ?? APP_URL);
  }

  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (window?.isMinimized()) window.restore();
    window?.focus();
    filesFromArgv(argv, workingDirectory).forEach(openPath);
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openPath(path);
  });
  // Every web contents, including any Electron creates on its own, gets the same locks.
  app.on('web-contents-created', (_event, contents) => secureWebContents(contents, shell));
  app.on('window-all-closed', () => {
    if (env.platform !== 'darwin') void (savingWindowState ?? Promise.resolve()).then(() => app.quit());
  });
  app.on('will-quit', (event) => {
    if (!savingWindowState) return;
    event.preventDefault();
    void savingWindowState.then(() => {
      savingWindowState = undefined;
      app.quit();
    });
  });
  app.on('activate', () => {
    if (!window && app.isReady()) void createWindow();
  });

  return app.whenReady().then(async () => {
    language = app.getLocale().startsWith('es') ? 'es' : 'en';
    const policy = contentSecurityPolicy({ devServer: !app.isPackaged && Boolean(env.rendererUrl) });
    secureSession(session.defaultSession, policy);
    protocol.handle(APP_SCHEME, rendererResponder(join(env.mainDir, '../renderer'), policy));
    registerIpcHandlers(ipcMain, {
      isAppSender: (sender) => window !== null && sender === window.webContents,
      // Dialogs are only asked for by our window (the sender check), so `window` is set.
      showOpenDialog: async (filters) => {
        const result = await dialog.showOpenDialog(window!, { properties: ['openFile'], filters });
        return result.canceled ? undefined : result.filePaths[0];
      },
      showSaveDialog: async (defaultPath, filters) => {
        const result = await dialog.showSaveDialog(window!, {
          defaultPath: isAbsolute(defaultPath) ? defaultPath : join(app.getPath('documents'), defaultPath),
          filters,
        });
        if (result.canceled || !result.filePath) closeAfterSave = false;
        return result.canceled ? undefined : result.filePath || undefined;
      },
      grantedPaths,
      rememberRecent,
      language: () => language,
      showFileError,
      setLanguage: (next) => {
        language = next;
        return refreshMenu();
      },
      setDocumentState,
      rendererReady: () => {
        rendererReady = true;
        pendingFiles.splice(0).forEach(openPath);
      },
      log: env.log,
    });
    await refreshMenu();
    await createWindow();
  });
}

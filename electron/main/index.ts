import { app, BrowserWindow, dialog, ipcMain, Menu, screen, session, shell } from 'electron';
import { join } from 'node:path';
import { IPC, type MenuCommandName, type OpenedFilePayload } from '../shared/ipc';
import { readUserFile } from './fileIo';
import { registerIpcHandlers } from './ipc';
import { buildMenuTemplate, type MenuLanguage } from './menu';
import { RecentFiles } from './recentFiles';
import { secureSession, secureWebContents } from './security';
import { captureWindowState, closeChoice, closePromptOptions, mainWindowOptions } from './window';
import { fitToDisplays, windowStateStore } from './windowState';

/*
 * One window hosts both the library and the open journey, like a browser tab: the local
 * library is the source of truth, so a second window would only add revision conflicts.
 * Files opened from the OS or a second launch arrive in that window.
 */
let mainWindow: BrowserWindow | null = null;
let language: MenuLanguage = app.getLocale().startsWith('es') ? 'es' : 'en';
let documentState = { title: '', dirty: false, path: undefined as string | undefined };
let rendererIsReady = false;
/** The user chose "Save" when closing: close once the renderer reports the file saved. */
let closeAfterSave = false;
const pendingFiles: string[] = [];
const recent = new RecentFiles(app.getPath('userData'));
const windowState = windowStateStore(app.getPath('userData'));

const isFileArg = (arg: string) => /\.(trayecto|json|csv|png)$/i.test(arg);

function send(channel: string, payload: unknown) {
  mainWindow?.webContents.send(channel, payload);
}

async function openPath(path: string): Promise<void> {
  if (!mainWindow || !rendererIsReady) {
    pendingFiles.push(path);
    return;
  }
  try {
    const file: OpenedFilePayload = {
      name: path.split(/[\\/]/).pop()!,
      path,
      bytes: await readUserFile(path),
    };
    await recent.add(path);
    send(IPC.openRequest, file);
    await refreshMenu();
  } catch (error) {
    dialog.showErrorBox('Trayecto', error instanceof Error ? error.message : String(error));
  }
}

async function refreshMenu(): Promise<void> {
  const template = buildMenuTemplate(
    { language, recentFiles: await recent.list(), isMac: process.platform === 'darwin' },
    {
      send: (command: MenuCommandName) => send(IPC.menuCommand, command),
      openRecent: (path) => void openPath(path),
      clearRecent: () => void recent.clear().then(refreshMenu),
    },
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

async function createWindow(): Promise<void> {
  const remembered = fitToDisplays(
    await windowState.read(),
    screen.getAllDisplays().map((d) => d.workArea),
  );
  mainWindow = new BrowserWindow(mainWindowOptions(remembered, join(__dirname, '../preload/index.cjs')));
  secureWebContents(mainWindow.webContents, shell);
  if (remembered.maximized) mainWindow.maximize();
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('close', (event) => {
    const window = mainWindow!;
    void windowState.write(captureWindowState(window));
    if (!documentState.dirty) return;
    const response = dialog.showMessageBoxSync(window, closePromptOptions(language, documentState.title));
    const choice = closeChoice(response);
    if (choice === 'cancel') event.preventDefault();
    if (choice === 'save') {
      event.preventDefault();
      closeAfterSave = true;
      send(IPC.menuCommand, 'file.save' satisfies MenuCommandName);
    }
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
    rendererIsReady = false;
  });
  if (process.env.ELECTRON_RENDERER_URL) await mainWindow.loadURL(process.env.ELECTRON_RENDERER_URL);
  else await mainWindow.loadFile(join(__dirname, '../renderer/index.html'));
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  pendingFiles.push(...process.argv.slice(1).filter(isFileArg));
  app.on('second-instance', (_event, argv) => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
    argv.filter(isFileArg).forEach((path) => void openPath(path));
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    void openPath(path);
  });
  app.on('web-contents-created', (_event, contents) => secureWebContents(contents, shell));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (!mainWindow) void createWindow();
  });

  void app.whenReady().then(async () => {
    secureSession(session.defaultSession);
    registerIpcHandlers(ipcMain, {
      isAppSender: (sender) => sender === mainWindow?.webContents,
      showOpenDialog: async (_sender, filters) => {
        const result = await dialog.showOpenDialog(mainWindow!, { properties: ['openFile'], filters });
        return result.canceled ? undefined : result.filePaths[0];
      },
      showSaveDialog: async (_sender, suggestedName, filters) => {
        const result = await dialog.showSaveDialog(mainWindow!, { defaultPath: suggestedName, filters });
        return result.canceled ? undefined : result.filePath;
      },
      printToPdf: async (sender, options) =>
        sender.printToPDF({ landscape: true, pageSize: options.pageSize, printBackground: true }),
      rememberRecent: async (path) => {
        await recent.add(path);
        await refreshMenu();
      },
      setLanguage: (_sender, next) => {
        language = next;
        void refreshMenu();
      },
      setDocumentState: (_sender, state) => {
        documentState = { ...state, path: state.path };
        mainWindow?.setTitle(
          state.title ? `${state.dirty ? '• ' : ''}${state.title} — Trayecto` : 'Trayecto',
        );
        // A failed save leaves the document dirty, and the window open with the error on screen.
        if (closeAfterSave && !state.dirty) {
          closeAfterSave = false;
          mainWindow?.close();
        }
      },
      rendererReady: () => {
        rendererIsReady = true;
        pendingFiles.splice(0).forEach((path) => void openPath(path));
      },
      log: (message) => console.warn(`[ipc] ${message}`),
    });
    await refreshMenu();
    await createWindow();
  });
}

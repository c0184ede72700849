import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell } from 'electron';
import { startDesktopApp } from './app';

void startDesktopApp(
  { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell },
  {
    argv: process.argv,
    cwd: process.cwd(),
    platform: process.platform,
    mainDir: __dirname,
    rendererUrl: process.env.ELECTRON_RENDERER_URL,
    log: (message) => console.warn(`[trayecto] ${message}`),
  },
);

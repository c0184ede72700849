import { defineConfig } from '@playwright/test';
import { electronBinary, SKIP_MESSAGE } from './tests/e2e-electron/electronBinary.mjs';

// Printed once, by the runner: its workers load this file again with the variable set.
if (!electronBinary() && !process.env.TRAYECTO_DESKTOP_E2E_NOTED) {
  console.log(SKIP_MESSAGE);
  process.env.TRAYECTO_DESKTOP_E2E_NOTED = '1';
}

/** The desktop end-to-end test: the real Electron app, built by `electron-vite build`. */
export default defineConfig({
  testDir: 'tests/e2e-electron',
  timeout: 90_000,
  workers: 1,
  reporter: [['list']],
});

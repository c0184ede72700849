import { defineConfig } from '@playwright/test';

/** The desktop end-to-end test: the real Electron app, built by `electron-vite build`. */
export default defineConfig({
  testDir: 'tests/e2e-electron',
  timeout: 90_000,
  workers: 1,
  reporter: [['list']],
});

import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** The renderer, built for the browser (`npm run web`, e2e tests, benchmark) and reused by electron-vite. */
export const rendererConfig = {
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist-web',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
};

export default defineConfig(rendererConfig);

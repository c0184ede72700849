import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** Builds the bare React Flow page the benchmark compares Trayecto with. */
export default defineConfig({
  root: 'tests/bench/bare',
  base: './',
  plugins: [react()],
  build: { outDir: '../../../dist-bench', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
});

import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';
import { contentSecurityPolicyPlugin } from './electron/shared/csp';
import { rendererConfig } from './vite.config';

export default defineConfig({
  main: {
    build: { outDir: 'out/main', rollupOptions: { input: resolve('electron/main/index.ts') } },
  },
  preload: {
    // A sandboxed preload must be one CommonJS script.
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: resolve('electron/preload/index.ts'),
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    ...rendererConfig,
    root: resolve('renderer'),
    // The built page carries the policy itself too, however it is loaded.
    plugins: [...rendererConfig.plugins, contentSecurityPolicyPlugin()],
    build: {
      outDir: resolve('out/renderer'),
      emptyOutDir: true,
      rollupOptions: { input: resolve('renderer/index.html') },
    },
  },
});

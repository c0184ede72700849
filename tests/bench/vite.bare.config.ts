import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const ROOT = resolve('tests/bench/bare');

/** The bare page is the app's own HTML page (renderer/index.html: its security policy, its viewport), retitled. */
function appPage(): Plugin {
  const page = resolve(ROOT, 'index.html');
  return {
    name: 'bare-react-flow-in-the-app-page',
    resolveId: (id) => (resolve(ROOT, id) === page ? page : null),
    load: (id) =>
      id === page
        ? readFileSync('renderer/index.html', 'utf8').replace(
            '<title>Trayecto</title>',
            '<title>Bare React Flow</title>',
          )
        : null,
  };
}

/** Builds the bare React Flow page the benchmark compares Trayecto with. */
export default defineConfig({
  root: ROOT,
  base: './',
  plugins: [appPage(), react()],
  build: { outDir: '../../../dist-bench', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
});

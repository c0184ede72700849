// Where the installed Electron executable is, found the way electron/index.js does but without
// its download attempt; undefined when the binary is not installed (as on machines without network).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const SKIP_MESSAGE = 'Electron binary not installed: skipping desktop e2e';

export function electronBinary() {
  const root = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathFile = join(root, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const executable = readFileSync(pathFile, 'utf8').trim();
  const full = process.env.ELECTRON_OVERRIDE_DIST_PATH
    ? join(process.env.ELECTRON_OVERRIDE_DIST_PATH, executable)
    : join(root, 'dist', executable);
  return existsSync(full) ? full : undefined;
}

// Runs the desktop e2e test where the Electron binary is installed; elsewhere says so in one line.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';

/** The installed Electron executable, found the way electron/index.js does, but without its download attempt. */
function electronBinary() {
  const root = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathFile = join(root, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const executable = readFileSync(pathFile, 'utf8');
  const full = process.env.ELECTRON_OVERRIDE_DIST_PATH
    ? join(process.env.ELECTRON_OVERRIDE_DIST_PATH, executable)
    : join(root, 'dist', executable);
  return existsSync(full) ? full : undefined;
}

if (!electronBinary()) {
  console.log('Electron binary not installed: skipping desktop e2e');
  process.exit(0);
}
const build = spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const run = spawnSync('npx', ['playwright', 'test', '--config', 'playwright.electron.config.ts'], {
  stdio: 'inherit',
});
process.exit(run.status ?? 1);

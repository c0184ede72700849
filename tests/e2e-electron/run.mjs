// `npm run test:desktop`: builds and runs the desktop e2e test where the Electron binary is
// installed; elsewhere says so in one line and succeeds.
import { spawnSync } from 'node:child_process';
import { electronBinary, SKIP_MESSAGE } from './electronBinary.mjs';

if (!electronBinary()) {
  console.log(SKIP_MESSAGE);
  process.exit(0);
}
const build = spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const run = spawnSync('npx', ['playwright', 'test', '--config', 'playwright.electron.config.ts'], {
  stdio: 'inherit',
});
process.exit(run.status ?? 1);

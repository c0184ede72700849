// `npm run dist:dir`: tries `electron-builder --linux dir` and, when it stops because Electron
// cannot be downloaded, says what needs the network and how to build offline. Exits non-zero
// only when the build fails for another reason (a configuration error, a missing `out/`).
// Offline: ELECTRON_DIST=<an unpacked Electron 45 for Linux x64, or a folder holding its zip>.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const args = ['electron-builder', '--linux', 'dir'];
if (process.env.ELECTRON_DIST) args.push(`-c.electronDist=${process.env.ELECTRON_DIST}`);
const run = spawnSync('npx', args, { encoding: 'utf8' });
process.stdout.write(run.stdout ?? '');
process.stderr.write(run.stderr ?? '');
if (run.status === 0) process.exit(0);

const offline = /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|getaddrinfo/.test(
  `${run.stdout}\n${run.stderr}`,
);
if (!offline) process.exit(run.status ?? 1);
const { version } = createRequire(import.meta.url)('electron/package.json');
console.log(
  [
    '',
    'The packaging configuration was read, but electron-builder could not reach the network to',
    'download the Electron runtime (from github.com, or ELECTRON_MIRROR).',
    'Installers (AppImage, deb, nsis, dmg) also download their packaging tools the first time.',
    '',
    'To build without the network, get Electron for Linux x64 once from a machine that has it:',
    `  electron-v${version}-linux-x64.zip from https://github.com/electron/electron/releases/tag/v${version}`,
    'then point ELECTRON_DIST at the unpacked folder (or at the folder holding the zip):',
    '  ELECTRON_DIST=/path/to/electron npm run dist:dir',
  ].join('\n'),
);

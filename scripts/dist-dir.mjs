// Tries `electron-builder --linux dir` and explains what needs the network when it cannot finish.
// Offline: point ELECTRON_DIST at an unpacked Electron (or a folder with electron-vX-linux-x64.zip).
import { spawnSync } from 'node:child_process';

const args = ['electron-builder', '--linux', 'dir'];
if (process.env.ELECTRON_DIST) args.push(`-c.electronDist=${process.env.ELECTRON_DIST}`);
const run = spawnSync('npx', args, { encoding: 'utf8' });
const output = `${run.stdout}\n${run.stderr}`;
process.stdout.write(output);
if (run.status === 0) process.exit(0);
if (/ENOTFOUND|EAI_AGAIN|ECONNREFUSED|getaddrinfo|download/i.test(output)) {
  console.log(
    [
      '',
      'electron-builder could not download Electron: this machine has no access to its download host.',
      'The packaging configuration itself was read; only the Electron runtime is missing.',
      'To build offline, unpack Electron for Linux x64 into a folder and run:',
      '  ELECTRON_DIST=/path/to/electron node scripts/dist-dir.mjs',
    ].join('\n'),
  );
  process.exit(0);
}
process.exit(run.status ?? 1);

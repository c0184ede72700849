#!/usr/bin/env node
// `npm start`: make sure the Electron binary is on this machine, then run the desktop app (electron-vite
// preview). Electron ≥ 42 downloads its binary lazily, the first time `require('electron')` runs; electron-vite
// only reads `node_modules/electron/path.txt` (written by that download) and throws when it is missing.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const DESKTOP_NODE = [22, 12];

function nodeTooOld() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  return major < DESKTOP_NODE[0] || (major === DESKTOP_NODE[0] && minor < DESKTOP_NODE[1]);
}

/** The message of the download's error ("fetch failed", "getaddrinfo ENOTFOUND …"), without its stack. */
function reasonIn(output) {
  const lines = output
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('at '));
  const message = lines.find((line) => /error/i.test(line)) ?? lines.at(-1) ?? 'no reason given';
  return message.replace(/^\w*Error: /, '');
}

/**
 * The Electron binary's path, downloading it first if needed through the electron package's own install
 * (`install.js`, what its `index.js` runs when the binary is missing). Its output is captured, so that a
 * failure reads as one reason rather than a stack trace.
 */
function ensureElectron(require) {
  let electronDir;
  try {
    electronDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return { ok: false, reason: 'the electron package is not installed (run npm ci first)' };
  }
  if (!existsSync(join(electronDir, 'path.txt'))) {
    const { version } = require('electron/package.json');
    console.log(`Downloading Electron ${version} (the first desktop start only)…`);
  }
  const install = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    cwd: electronDir,
    stdio: ['ignore', 'inherit', 'pipe'],
    encoding: 'utf8',
  });
  if (install.status !== 0) return { ok: false, reason: reasonIn(install.stderr ?? '') };
  try {
    // The package's own answer, the path electron-vite will start.
    const binary = require('electron');
    if (existsSync(binary)) return { ok: true, binary };
    return { ok: false, reason: `the download finished but ${binary} is missing` };
  } catch (error) {
    return { ok: false, reason: String(error?.message ?? error).split('\n')[0] };
  }
}

function explain(reason) {
  const node = nodeTooOld()
    ? ` Electron's download tools need Node.js ≥ ${DESKTOP_NODE.join('.')} (this is ${process.versions.node}).`
    : '';
  console.error(
    [
      '',
      `Trayecto could not start the desktop app: the Electron runtime could not be downloaded (${reason}).`,
      `The first desktop start downloads Electron once and needs the internet; later starts work offline.${node}`,
      'Meanwhile `npm run web` runs the same app in your browser right now, without Electron.',
      '',
    ].join('\n'),
  );
}

const require = createRequire(join(process.cwd(), 'package.json'));
const electron = ensureElectron(require);
if (!electron.ok) {
  explain(electron.reason);
  process.exit(1);
}
const electronVite = require.resolve('electron-vite/bin/electron-vite.js');
const app = spawnSync(process.execPath, [electronVite, 'preview', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(app.status ?? 1);

import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const SCRIPT = resolve('scripts/start-desktop.mjs');
const ELECTRON = resolve('node_modules/electron');

// Stand-ins for the network: what the electron package's install.js does when the download fails
// (it prints the error's stack and exits 1) or succeeds (unpacks the binary, then writes path.txt).
const INSTALL = {
  offline: `console.error(new Error('getaddrinfo ENOTFOUND github.com').stack);\nprocess.exit(1);\n`,
  online: `const fs = require('fs'), path = require('path');
fs.mkdirSync(path.join(__dirname, 'dist'), { recursive: true });
fs.writeFileSync(path.join(__dirname, 'dist', 'electron'), 'binary');
fs.writeFileSync(path.join(__dirname, 'path.txt'), 'electron');
fs.writeFileSync(path.join(__dirname, 'downloaded'), '');\n`,
};

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A project whose electron package is the real one but for its download, and an electron-vite that reports its start. */
function project(install: string, { installed = false } = {}) {
  root = mkdtempSync(join(tmpdir(), 'trayecto-start-'));
  const electron = join(root, 'node_modules/electron');
  mkdirSync(electron, { recursive: true });
  copyFileSync(join(ELECTRON, 'package.json'), join(electron, 'package.json'));
  copyFileSync(join(ELECTRON, 'index.js'), join(electron, 'index.js'));
  writeFileSync(join(electron, 'install.js'), install);
  if (installed) {
    mkdirSync(join(electron, 'dist'));
    writeFileSync(join(electron, 'dist/electron'), 'binary');
    writeFileSync(join(electron, 'path.txt'), 'electron');
  }
  const vite = join(root, 'node_modules/electron-vite');
  mkdirSync(join(vite, 'bin'), { recursive: true });
  writeFileSync(join(vite, 'package.json'), '{"name":"electron-vite","version":"0.0.0"}');
  writeFileSync(
    join(vite, 'bin/electron-vite.js'),
    `const fs = require('fs');\nconsole.log('electron-vite ' + process.argv.slice(2).join(' '));\n` +
      `console.log('path.txt: ' + fs.readFileSync('node_modules/electron/path.txt', 'utf8'));\n`,
  );
  writeFileSync(join(root, 'package.json'), '{"name":"app","private":true}');
  return electron;
}

const start = () => spawnSync(process.execPath, [SCRIPT], { cwd: root, encoding: 'utf8' });

describe('npm start', () => {
  it('explains in one paragraph, without a stack trace, when Electron cannot be downloaded', () => {
    project(INSTALL.offline);
    const run = start();
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('Downloading Electron');
    expect(run.stderr).toContain(
      'the Electron runtime could not be downloaded (getaddrinfo ENOTFOUND github.com)',
    );
    expect(run.stderr).toContain('needs the internet');
    expect(run.stderr).toContain('`npm run web`');
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(run.stdout).not.toContain('electron-vite preview');
  });

  it('downloads Electron through its own install, then starts the app', () => {
    const electron = project(INSTALL.online);
    const run = start();
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(existsSync(join(electron, 'downloaded'))).toBe(true);
    expect(run.stdout).toMatch(/Downloading Electron [\d.]+[\s\S]*electron-vite preview\npath.txt: electron/);
  });

  it('starts at once when Electron is already there', () => {
    // The real install.js exits at once when the binary is installed.
    const electron = project('process.exit(0);\n', { installed: true });
    const run = start();
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain('Downloading');
    expect(run.stdout).toContain('electron-vite preview');
    expect(readFileSync(join(electron, 'path.txt'), 'utf8')).toBe('electron');
  });
});

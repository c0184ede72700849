import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startDesktopApp } from '../../../electron/main/app';
import { isSafeExternalUrl } from '../../../electron/main/security';
import {
  contentSecurityPolicy,
  contentSecurityPolicyPlugin,
  META_CONTENT_SECURITY_POLICY,
} from '../../../electron/shared/csp';
import { IPC } from '../../../electron/shared/ipc';
import { cancellableEvent, fakeElectron, type FakeElectron } from './fakeElectron';

let dir: string;
let electron: FakeElectron;
const log = vi.fn();

async function start(options: { rendererUrl?: string; packaged?: boolean } = {}) {
  electron = fakeElectron(dir, { packaged: options.packaged });
  await startDesktopApp(electron.api, {
    argv: ['/opt/Trayecto/trayecto'],
    cwd: dir,
    platform: 'linux',
    mainDir: '/opt/Trayecto/resources/app.asar/out/main',
    rendererUrl: options.rendererUrl,
    log,
  });
  return electron.windows[0]!;
}

/** The headers the app's session puts on a response that arrived with `headers`. */
function respond(headers: Record<string, string[]>) {
  const reply = vi.fn();
  for (const listener of electron.headerListeners) listener({ responseHeaders: headers }, reply);
  return reply.mock.calls[0]![0].responseHeaders as Record<string, string[]>;
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'trayecto-security-'));
  log.mockClear();
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('the window the app creates', () => {
  it('is locked down, hidden until painted, and loads only the bundled page', async () => {
    const window = await start();
    expect(electron.windows).toHaveLength(1);
    const preferences = window.options.webPreferences!;
    expect(preferences.preload).toBe('/opt/Trayecto/resources/app.asar/out/preload/index.cjs');
    for (const on of ['contextIsolation', 'sandbox', 'webSecurity'] as const)
      expect(preferences[on], on).toBe(true);
    for (const off of [
      'nodeIntegration',
      'nodeIntegrationInWorker',
      'allowRunningInsecureContent',
      'webviewTag',
    ] as const)
      expect(preferences[off], off).toBe(false);
    expect(window.options.show).toBe(false);
    expect(window.loadURL.mock.calls).toEqual([['app://trayecto/index.html']]);
    expect(window.loadFile).not.toHaveBeenCalled();
  });

  it('loads the dev server’s page only when told to by electron-vite', async () => {
    const window = await start({ rendererUrl: 'http://localhost:5173', packaged: false });
    expect(window.loadURL.mock.calls).toEqual([['http://localhost:5173']]);
  });
});

describe('the app:// scheme that serves the built renderer', () => {
  async function serve() {
    const out = join(dir, 'app.asar', 'out');
    await mkdir(join(out, 'renderer', 'assets'), { recursive: true });
    await writeFile(join(out, 'renderer', 'index.html'), '<!doctype html><title>Trayecto</title>');
    await writeFile(join(out, 'renderer', 'assets', 'index.js'), 'console.log(1)');
    await writeFile(join(dir, 'app.asar', 'secret.txt'), 'not for the page');
    electron = fakeElectron(dir);
    await startDesktopApp(electron.api, {
      argv: [],
      cwd: dir,
      platform: 'linux',
      mainDir: join(out, 'main'),
      log,
    });
  }

  it('is registered as a secure standard scheme before the app is ready', async () => {
    await serve();
    expect(electron.timeline).toEqual([
      'privileged [{"scheme":"app","privileges":{"standard":true,"secure":true,"supportFetchAPI":true,"corsEnabled":true}}]',
      'ready',
    ]);
  });

  it('answers with the renderer’s files, typed, under the content security policy', async () => {
    await serve();
    const page = await electron.fetchScheme('app://trayecto/index.html');
    expect(page.status).toBe(200);
    expect(await page.text()).toBe('<!doctype html><title>Trayecto</title>');
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(contentSecurityPolicy());
    const script = await electron.fetchScheme('app://trayecto/assets/index.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it.each([
    'app://trayecto/%2e%2e/%2e%2e/secret.txt',
    'app://trayecto/..%2f..%2fsecret.txt',
    'app://trayecto/../../secret.txt',
    'app://elsewhere/index.html',
    'app://trayecto/missing.js',
    'app://trayecto/assets',
    'app://trayecto/%E0%A4%A',
  ])('answers %s with not found', async (url) => {
    await serve();
    const response = await electron.fetchScheme(url);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('Not found');
  });
});

describe('content security policy', () => {
  it('is put on every response, replacing any policy the response brought', async () => {
    await start();
    const headers = respond({ 'X-Other': ['1'], 'content-security-policy': ["script-src 'unsafe-eval' *"] });
    expect(headers).toEqual({ 'X-Other': ['1'], 'Content-Security-Policy': [contentSecurityPolicy()] });
  });

  it('allows only our own scripts: no remote code, no eval, no inline script', () => {
    const policy = contentSecurityPolicy();
    expect(policy).toContain("default-src 'self'");
    expect(policy).toMatch(/script-src 'self';/);
    expect(policy).toContain("img-src 'self' data: blob:");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toMatch(/unsafe-eval|https?:|\*/);
  });

  it('is relaxed for the dev server’s inline preamble only when unpackaged and served by Vite', async () => {
    await start({ rendererUrl: 'http://localhost:5173', packaged: false });
    expect(respond({})['Content-Security-Policy']).toEqual([contentSecurityPolicy({ devServer: true })]);
    expect(contentSecurityPolicy({ devServer: true })).toMatch(/script-src 'self' 'unsafe-inline';/);
    expect(contentSecurityPolicy({ devServer: true })).not.toContain('unsafe-eval');
    await start({ rendererUrl: 'http://localhost:5173', packaged: true });
    expect(respond({})['Content-Security-Policy']).toEqual([contentSecurityPolicy()]);
  });

  it('is written into the built page, which file:// loads read instead of headers', () => {
    const plugin = contentSecurityPolicyPlugin();
    const transform = plugin.transformIndexHtml as (html: string, context: { server?: unknown }) => string;
    const page =
      '<html><head><meta charset="UTF-8" /><meta http-equiv="Content-Security-Policy" content="default-src *" /></head></html>';
    const built = transform(page, {});
    expect(built).toContain(
      `<meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}" />`,
    );
    expect(built).not.toContain('default-src *');
    expect(transform('<html><head></head></html>', {})).toContain(META_CONTENT_SECURITY_POLICY);
    expect(transform(page, { server: {} })).not.toContain('Content-Security-Policy');
    // Browsers ignore frame-ancestors in a meta tag; everything else is the header's policy.
    expect(META_CONTENT_SECURITY_POLICY).toBe(
      contentSecurityPolicy().replace("; frame-ancestors 'none'", ''),
    );
  });
});

describe('permissions, navigation and new windows', () => {
  it('denies every permission request and check', async () => {
    await start();
    for (const name of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const granted = vi.fn();
      electron.permission.request!({}, name, granted);
      expect(granted).toHaveBeenCalledWith(false);
    }
    expect(electron.permission.check!({}, 'media')).toBe(false);
  });

  it('prevents navigating away, redirects and webviews in the app’s window', async () => {
    const window = await start();
    for (const name of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const event = cancellableEvent();
      window.webContents.emit(name, event, 'https://evil.example/');
      expect(event.defaultPrevented, name).toBe(true);
    }
  });

  it('denies every new window and opens only http(s) links in the browser', async () => {
    const window = await start();
    const open = (url: string) => window.webContents.windowOpenHandler!({ url });
    expect(open('https://example.org/help')).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).toHaveBeenCalledWith('https://example.org/help');
    expect(open('http://example.org/')).toEqual({ action: 'deny' });
    for (const url of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'trayecto://x',
      'data:text/html,hi',
      'nope',
    ]) {
      expect(open(url)).toEqual({ action: 'deny' });
      expect(isSafeExternalUrl(url)).toBe(false);
    }
    expect(electron.shell.openExternal).toHaveBeenCalledTimes(2);
  });
});

describe('IPC', () => {
  it('drops messages from anything but the app’s window', async () => {
    const window = await start();
    const stranger = { id: 'another page' };
    await expect(
      electron.invoke(IPC.openFile, stranger, [{ name: 'Trayecto', extensions: ['trayecto'] }]),
    ).rejects.toThrow(/unknown sender/);
    await expect(electron.invoke(IPC.setLanguage, stranger, 'es')).rejects.toThrow(/unknown sender/);
    expect(electron.dialog.showOpenDialog).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith(`dropped ${IPC.openFile} from a foreign sender`);
    await electron.invoke(IPC.setLanguage, window.webContents, 'es');
    expect(electron.menu()[0]!.label).toBe('Archivo');
  });

  it('rejects malformed payloads from the app’s own window, logging why', async () => {
    const window = await start();
    await expect(
      electron.invoke(IPC.saveFile, window.webContents, 'text', '/etc/passwd', []),
    ).rejects.toThrow(/invalid payload/);
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/^rejected files:save payload: 0: /));
    await expect(electron.invoke(IPC.setLanguage, window.webContents, 'fr')).rejects.toThrow(
      /invalid payload/,
    );
    expect(electron.menu()[0]!.label).toBe('File');
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();
  });
});

import type { BrowserWindowConstructorOptions, Session, WebContents } from 'electron';

/** A renderer as locked down as a browser tab: isolated, sandboxed, no Node. */
export function secureWebPreferences(preload: string): BrowserWindowConstructorOptions['webPreferences'] {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: true,
  };
}

/** Only plain web links leave the app, and only to the user's browser. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

export interface ShellLike {
  openExternal(url: string): Promise<void>;
}

/** Lock a session down: our CSP header on every response, every permission request denied. */
export function secureSession(
  session: Pick<Session, 'webRequest' | 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>,
  policy: string,
): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    // Drop any policy a response brings, whatever its case, so ours is the only one.
    const headers = Object.entries(details.responseHeaders ?? {}).filter(
      ([name]) => name.toLowerCase() !== 'content-security-policy',
    );
    callback({ responseHeaders: { ...Object.fromEntries(headers), 'Content-Security-Policy': [policy] } });
  });
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/** No navigation away from the app, no new windows; http(s) links open in the browser. */
export function secureWebContents(
  contents: Pick<WebContents, 'on' | 'setWindowOpenHandler'>,
  shell: ShellLike,
): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

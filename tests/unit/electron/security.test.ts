import { describe, expect, it, vi } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  isSafeExternalUrl,
  secureSession,
  secureWebContents,
} from '../../../electron/main/security';
import { mainWindowOptions } from '../../../electron/main/window';

describe('window options', () => {
  it('locks the renderer down', () => {
    const options = mainWindowOptions({ width: 1200, height: 800, maximized: false }, '/app/preload.cjs');
    expect(options.webPreferences).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(options.show).toBe(false);
  });
});

describe('content security policy', () => {
  it('allows only our own scripts: no remote code, no eval', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
  });

  it('is sent on every response and every permission is denied', () => {
    let onHeaders:
      | ((details: { responseHeaders?: Record<string, string[]> }, cb: (r: unknown) => void) => void)
      | undefined;
    let onPermission: ((wc: unknown, permission: string, cb: (granted: boolean) => void) => void) | undefined;
    let check: (() => boolean) | undefined;
    secureSession({
      webRequest: { onHeadersReceived: (listener: typeof onHeaders) => (onHeaders = listener) },
      setPermissionRequestHandler: (handler: typeof onPermission) => (onPermission = handler),
      setPermissionCheckHandler: (handler: typeof check) => (check = handler),
    } as never);
    const reply = vi.fn();
    onHeaders!({ responseHeaders: { 'X-Other': ['1'] } }, reply);
    expect(reply).toHaveBeenCalledWith({
      responseHeaders: { 'X-Other': ['1'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const granted = vi.fn();
      onPermission!({}, permission, granted);
      expect(granted).toHaveBeenCalledWith(false);
    }
    expect(check!()).toBe(false);
  });
});

describe('navigation and new windows', () => {
  function wire() {
    const handlers = new Map<string, (event: { preventDefault(): void }) => void>();
    let openHandler: ((details: { url: string }) => { action: string }) | undefined;
    const shell = { openExternal: vi.fn(async () => {}) };
    secureWebContents(
      {
        on: (name: string, handler: (event: { preventDefault(): void }) => void) =>
          handlers.set(name, handler),
        setWindowOpenHandler: (handler: typeof openHandler) => (openHandler = handler),
      } as never,
      shell,
    );
    return { handlers, open: (url: string) => openHandler!({ url }), shell };
  }

  it('prevents navigating away, redirects and webviews', () => {
    const { handlers } = wire();
    for (const name of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const event = { preventDefault: vi.fn() };
      handlers.get(name)!(event);
      expect(event.preventDefault).toHaveBeenCalled();
    }
  });

  it('denies every new window and opens only http(s) links in the browser', () => {
    const { open, shell } = wire();
    expect(open('https://example.org/help')).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenCalledWith('https://example.org/help');
    for (const url of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'trayecto://x',
      'data:text/html,hi',
      'not a url',
    ]) {
      expect(open(url)).toEqual({ action: 'deny' });
      expect(isSafeExternalUrl(url)).toBe(false);
    }
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
  });
});

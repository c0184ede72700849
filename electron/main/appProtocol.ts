import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import type { Protocol } from 'electron';

export const APP_SCHEME = 'app';
const APP_HOST = 'trayecto';
/** Where the window loads the built renderer from. */
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * The renderer is served from app://trayecto rather than file://: a real origin for 'self' in
 * the CSP and for IndexedDB, fetch() of its own fonts for exports, and headers on every response.
 * Must run before the app is ready.
 */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
    },
  ]);
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

const notFound = () => new Response('Not found', { status: 404 });

/** Answers app:// requests with files from the built renderer folder and nothing outside it. */
export function rendererResponder(root: string, policy: string): (request: Request) => Promise<Response> {
  const folder = resolve(root);
  return async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return notFound();
    try {
      const file = resolve(folder, `.${decodeURIComponent(url.pathname)}`);
      if (!file.startsWith(folder + sep)) return notFound();
      const body = await readFile(file);
      const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
      return new Response(body, {
        headers: {
          'Content-Type': type,
          'Content-Security-Policy': policy,
          'X-Content-Type-Options': 'nosniff',
        },
      });
    } catch {
      return notFound(); // a missing file, a folder, or a malformed escape in the path
    }
  };
}

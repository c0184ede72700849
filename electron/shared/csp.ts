import type { Plugin } from 'vite';

/** The app's Content-Security-Policy as directives, so the header and the meta tag cannot drift. */
const DIRECTIVES: [string, string][] = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self' 'unsafe-inline'"], // React Flow positions nodes with style attributes
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self' data:"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
];

/** Directives a browser ignores (with a console warning) when they come from a meta tag. */
const HEADER_ONLY = new Set(['frame-ancestors']);

/**
 * The policy sent as a header on every response. `devServer` relaxes one thing only, for
 * `npm run dev`: Vite's React Refresh preamble is an inline script.
 */
export function contentSecurityPolicy(options: { devServer?: boolean } = {}): string {
  return DIRECTIVES.map(([name, value]) =>
    name === 'script-src' && options.devServer ? `${name} ${value} 'unsafe-inline'` : `${name} ${value}`,
  ).join('; ');
}

/** The policy for `<meta http-equiv="Content-Security-Policy">`, which goes wherever the page goes. */
export const META_CONTENT_SECURITY_POLICY = DIRECTIVES.filter(([name]) => !HEADER_ONLY.has(name))
  .map(([name, value]) => `${name} ${value}`)
  .join('; ');

const META_TAG = /\s*<meta\s+http-equiv=["']Content-Security-Policy["'][^>]*>/i;

/**
 * Puts the policy in the built index.html (in place of any hand-written one) and leaves it out
 * of the dev server's page, whose inline preamble main's relaxed dev header allows.
 */
export function contentSecurityPolicyPlugin(): Plugin {
  return {
    name: 'trayecto:content-security-policy',
    transformIndexHtml(html, context) {
      if (context.server) return html.replace(META_TAG, '');
      const tag = `<meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}" />`;
      return META_TAG.test(html)
        ? html.replace(META_TAG, (found) => found.replace(/<meta[^>]*>/i, tag))
        : html.replace(/<head>/i, `<head>\n    ${tag}`);
    },
  };
}

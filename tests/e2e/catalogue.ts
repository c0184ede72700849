import type { Locator, Page } from '@playwright/test';
import { en } from '../../renderer/i18n/en';
import { es } from '../../renderer/i18n/es';

type Catalogue = { [key: string]: string | Catalogue };

function flatten(catalogue: Catalogue, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

/**
 * The English catalogue's words that a Spanish screen must not show: each value's literal parts
 * (between {{placeholders}}) longer than a few characters, where the Spanish value differs.
 */
export const ENGLISH_ONLY: string[] = (() => {
  const spanish = flatten(es);
  const words = new Set<string>();
  for (const [key, value] of flatten(en)) {
    const translation = spanish.get(key);
    if (translation === value) continue;
    for (const part of value.split(/\{\{[^}]*\}\}/)) {
      const literal = part
        .trim()
        .replace(/^[,.:;·…"“”()–-]+|[,.:;·…"“”()–-]+$/g, '')
        .trim();
      // A fragment the Spanish sentence has too ("persona") is no English.
      if (literal.length > 4 && !translation?.includes(literal)) words.add(literal);
    }
  }
  return [...words];
})();

/** The visible text of the page, or of one part of it (and what it names for assistive technology), as one string. */
export async function screenText(page: Page, within?: Locator): Promise<string> {
  return (within ?? page.locator('body')).evaluate((root: HTMLElement) => {
    const named = [...root.querySelectorAll('[aria-label], [placeholder], [title]')]
      .filter((el) => (el as HTMLElement).offsetParent !== null || el === document.activeElement)
      .flatMap((el) => ['aria-label', 'placeholder', 'title'].map((a) => el.getAttribute(a) ?? ''));
    return [root.innerText, ...named].join('\n');
  });
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Whole words only: "Export" is English, "Exportar" is not. */
const PATTERNS = ENGLISH_ONLY.map(
  (words) => [words, new RegExp(`(?<!\\p{L})${escape(words)}(?!\\p{L})`, 'u')] as const,
);

/** The English catalogue strings on screen now. */
export async function englishOnScreen(page: Page, within?: Locator): Promise<string[]> {
  const text = await screenText(page, within);
  return PATTERNS.filter(([, pattern]) => pattern.test(text)).map(([words]) => words);
}

/** The visible selects narrower than their chosen option's text needs (their names). */
export async function cutSelects(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('select')]
      .filter((select) => select.offsetParent !== null)
      .filter((select) => {
        const shown = select.getBoundingClientRect().width;
        const saved = select.getAttribute('style');
        select.style.cssText += ';width:max-content;min-width:0;max-width:none;flex:none';
        const needed = select.getBoundingClientRect().width;
        if (saved === null) select.removeAttribute('style');
        else select.setAttribute('style', saved);
        return shown + 1 < needed;
      })
      .map((select) => select.getAttribute('aria-label') || select.name || select.id),
  );
}

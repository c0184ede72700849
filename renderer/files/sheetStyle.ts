/**
 * The page's own style rules, as one stylesheet to put inside an exported image.
 *
 * By default html-to-image copies every computed property (about 350) of every element onto the
 * copy: for a map of 2,000 touchpoints, tens of thousands of elements and more than a minute.
 * Handing it the stylesheet instead (and no properties to copy) draws the same image in a few
 * seconds. Fonts are embedded apart (fonts.ts); the theme's variables and the text settings the
 * sheet inherits from the page are pinned on the sheet, because the image has no <html> or <body>.
 */
export function sheetStyleCss(sheet: HTMLElement): string {
  const rules: string[] = [];
  const variables = new Set<string>();
  for (const styleSheet of Array.from(document.styleSheets)) {
    let cssRules: CSSRuleList;
    try {
      cssRules = styleSheet.cssRules;
    } catch {
      continue; // a cross-origin sheet: not ours
    }
    for (const rule of Array.from(cssRules)) {
      // Font files are embedded apart; their URLs would not load inside an image.
      if (rule instanceof CSSFontFaceRule) continue;
      if (rule instanceof CSSStyleRule && rule.selectorText.includes(':root')) {
        for (const name of Array.from(rule.style)) if (name.startsWith('--')) variables.add(name);
      }
      rules.push(rule.cssText);
    }
  }
  const root = getComputedStyle(document.documentElement);
  const page = getComputedStyle(sheet.parentElement ?? document.body);
  const pinned = [
    ...[...variables].map((name) => `${name}: ${root.getPropertyValue(name)};`),
    ...['font-size', 'line-height', 'color-scheme', '-webkit-font-smoothing'].map(
      (name) => `${name}: ${page.getPropertyValue(name)};`,
    ),
  ];
  rules.push(`.export-sheet { ${pinned.join(' ')} }`);
  return rules.join('\n');
}

/**
 * The @font-face rules of the fonts this page actually downloaded, with their files inlined,
 * for html-to-image. Embedding every rule would inline all 24 MB of the emoji font's subsets;
 * the browser already knows which few the map used.
 */
let cached: { key: string; css: string } | undefined;

function loadedFontUrls(): Set<string> {
  return new Set(
    performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((name) => /\.(woff2?|ttf|otf)(\?|$)/.test(name)),
  );
}

async function toDataUrl(url: string): Promise<string> {
  const blob = await (await fetch(url)).blob();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}

export async function usedFontCss(): Promise<string> {
  await document.fonts.ready;
  const urls = loadedFontUrls();
  const key = [...urls].sort().join('|');
  if (cached?.key === key) return cached.css;
  const rules: string[] = [];
  for (const sheet of Array.from(document.styleSheets)) {
    let cssRules: CSSRuleList;
    try {
      cssRules = sheet.cssRules;
    } catch {
      continue; // a cross-origin sheet: not ours, nothing to embed
    }
    for (const rule of Array.from(cssRules)) {
      if (!(rule instanceof CSSFontFaceRule)) continue;
      const src = rule.style.getPropertyValue('src');
      const match = [...src.matchAll(/url\(["']?([^"')]+)["']?\)/g)].map(
        (m) => new URL(m[1]!, sheet.href ?? location.href).href,
      );
      const url = match.find((u) => urls.has(u));
      if (!url) continue;
      const data = await toDataUrl(url);
      const style = rule.style;
      const descriptors = ['font-family', 'font-style', 'font-weight', 'unicode-range']
        .map((name) => [name, style.getPropertyValue(name)] as const)
        .filter(([, value]) => value)
        .map(([name, value]) => `${name}: ${value};`);
      rules.push(`@font-face { ${descriptors.join(' ')} src: url(${data}); }`);
    }
  }
  cached = { key, css: rules.join('\n') };
  return cached.css;
}

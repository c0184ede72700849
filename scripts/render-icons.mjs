// Renders assets/*.svg to the PNG sizes packaging needs, with the system Chromium
// (run after editing an SVG: `node scripts/render-icons.mjs`; the PNGs are committed).
import { chromium } from '@playwright/test';
import { readFile } from 'node:fs/promises';

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
const page = await browser.newPage();
for (const [svg, sizes] of [
  ['icon', [512, 256]],
  ['document', [256]],
]) {
  const markup = await readFile(`assets/${svg}.svg`, 'utf8');
  for (const size of sizes) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${markup}`,
    );
    await page.screenshot({ path: `assets/${svg}-${size}.png`, omitBackground: true });
  }
}
await browser.close();

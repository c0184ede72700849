import { expect, test } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { writeTrayecto } from '../../src/formats';
import { generateJourney } from '../bench/generate';
import { exportAs, openApp, openFromDisk } from './helpers';

// A map of 1,000 touchpoints (the benchmark's generator) exported whole: the vector drawing holds every
// card, and the PNG drawn from it covers the map without a gap.
const TOUCHPOINTS = 1000;

test.beforeEach(async ({ page }, info) => {
  const path = info.outputPath('large.trayecto');
  writeFileSync(path, writeTrayecto(generateJourney(TOUCHPOINTS)));
  await openApp(page);
  await openFromDisk(page, path);
  await expect(page.getByRole('heading', { level: 1, name: `Benchmark ${TOUCHPOINTS}` })).toBeVisible();
});

test('a large map exports as one vector SVG holding every card, each title as text', async ({
  page,
}, info) => {
  test.setTimeout(120_000);
  const svg = (await exportAs(page, 'SVG image', info.outputPath('large.svg'))).toString('utf8');
  expect(svg).not.toContain('foreignObject');
  const titles = new Set([...svg.matchAll(/>Touchpoint<\/tspan> <tspan[^>]*>(\d+)</g)].map((m) => m[1]));
  expect(titles.size).toBe(TOUCHPOINTS);
  // The font comes once, for the whole image.
  expect(svg.match(/@font-face/g)).toHaveLength(2);
});

test('a large map exports as a PNG that covers it without a gap', async ({ page }, info) => {
  test.setTimeout(120_000);
  const png = await exportAs(page, 'PNG image', info.outputPath('large.png'));
  // Every pixel along a row through the lanes is painted (a part not drawn would be transparent).
  const row = await page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const y = Math.round(image.height / 2);
    const alphas = context.getImageData(0, y, image.width, 1).data.filter((_, i) => i % 4 === 3);
    return { width: image.width, transparent: alphas.filter((a) => a < 255).length };
  }, png.toString('base64'));
  expect(row.width).toBeGreaterThan(10_000);
  expect(row.transparent).toBe(0);
});

test('a large PDF is made off the main thread, shows its progress, and can be cancelled', async ({
  page,
}, info) => {
  test.setTimeout(120_000);
  // The longest main-thread task while the PDF is made (Long Tasks API).
  await page.evaluate(() => {
    const w = window as unknown as { longest: number };
    w.longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longest = Math.max(w.longest, entry.duration);
    }).observe({ type: 'longtask' });
  });
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await page.getByRole('button', { name: 'Export…' }).click();
  await dialog.getByRole('radio', { name: 'PDF' }).check();
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByRole('progressbar', { name: 'Exporting…' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel export' }).click();
  await expect(page.getByRole('alert')).toContainText('The export was cancelled; nothing was saved.');

  await expect(dialog).toBeHidden();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export…' }).click();
  await dialog.getByRole('radio', { name: 'PDF' }).check();
  // From the click on Export to the file: the dialog's own rendering before it is not the export.
  await page.evaluate(() => ((window as unknown as { longest: number }).longest = 0));
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await (await download).saveAs(info.outputPath('large.pdf'));
  const longest = await page.evaluate(() => (window as unknown as { longest: number }).longest);
  console.log(`longest main-thread task from Export to the file: ${Math.round(longest)} ms`);
  expect(longest).toBeLessThan(200);
});

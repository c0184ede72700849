import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { FACE_ICONS } from '../../src/drawing/iconPaths';
import { FORMAT_VERSION } from '../../src/formats/migrations';
import { ENGLISH_SHEETS, shownSheets } from '../unit/helpers/workbook';
import { answerDialog, exportAs, expectRefused, keepArtifact, openFromDisk, openMap } from './helpers';

// The sample map at zoom 1 (renderer/canvas/geometry.ts): lane headers 230 + four stages with two cards
// side by side (408 each) + Loyalty (248); stage headers 84 + two lanes of 392.
const MAP_WIDTH = 230 + 4 * 408 + 248;
const MAP_HEIGHT = 84 + 2 * 392;
const SHEET_WIDTH = MAP_WIDTH + 64;

/** The SVG's text, lines joined by spaces, as a reader (or a search) sees it. */
const svgText = (svg: string) =>
  [...svg.matchAll(/<text[^>]*>(.*?)<\/text>/g)]
    .map((m) => m[1]!.replace(/<tspan[^>]*>/g, ' ').replace(/<[^>]+>/g, ''))
    .join(' ')
    .replace(/\s+/g, ' ');

function pngSize(bytes: Buffer) {
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test.beforeEach(({ page }) => openMap(page, 'Buying a family car'));

test('PNG export, drawn in the export worker, covers the whole map, carries it inside, and opens again', async ({
  page,
}, info) => {
  const path = info.outputPath('map.png');
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  const png = await exportAs(page, 'PNG image', path);
  expect(workers.some((url) => url.includes('exportWorker'))).toBe(true);
  const size = pngSize(png);
  // The whole map at 2×, not the zoomed-out viewport on screen.
  expect(size.width).toBe(2 * SHEET_WIDTH);
  expect(size.height).toBeGreaterThan(2 * MAP_HEIGHT);
  keepArtifact('export.png', png);

  await page.getByRole('button', { name: 'Library' }).click();
  await openFromDisk(page, path);
  const dialog = page.getByRole('dialog', { name: '"Buying a family car" is already in your library' });
  await dialog.getByRole('button', { name: 'Keep both' }).click();
  await expect(page.getByRole('button', { name: 'Delivery date slips, Very negative' })).toBeVisible();
  await page.getByRole('button', { name: 'Library' }).click();
  await expect(page.getByRole('list', { name: 'Your journeys' }).getByRole('listitem')).toHaveCount(2);
});

test('PNG at 4× is exported at 4×', async ({ page }, info) => {
  const png = await exportAs(page, 'PNG image', info.outputPath('map4.png'), { ratio: '4' });
  expect(pngSize(png).width).toBe(4 * SHEET_WIDTH);
});

test('SVG export is a vector drawing: text as text, every title in full, the curves, nothing outside', async ({
  page,
}, info) => {
  const svg = (await exportAs(page, 'SVG image', info.outputPath('map.svg'))).toString('utf8');
  expect(svg.startsWith('<svg')).toBe(true);
  expect(svg).toContain(`width="${SHEET_WIDTH}"`);
  expect(svg).not.toContain('foreignObject');
  expect(svg).toContain('>Buying a family car<');
  for (const title of ['Sees a family-car ad', 'Delivery date slips', 'Satisfaction call and fleet plan'])
    expect(svgText(svg)).toContain(title);
  // 14 touchpoints on two personas: one curve each, 12 smooth segments in all.
  const curves = [
    ...svg.matchAll(/<path d="(M[^"]*C[^"]*)" fill="none" stroke="#[0-9a-f]{6}" stroke-width="3.5"/g),
  ];
  expect(curves).toHaveLength(2);
  expect(
    curves
      .map((m) => m[1]!)
      .join(' ')
      .match(/C/g),
  ).toHaveLength(12);
  // The note texts, in full, in the key.
  expect(svgText(svg)).toContain('Delivery dates are promised before stock is confirmed.');
  // Nothing refers outside the file: the font is inlined.
  expect(svg.match(/url\((?!["']?data:)/g)).toBeNull();
  keepArtifact('export.svg', Buffer.from(svg));
});

test('Excel export has the touchpoints of every scenario, the notes, personas, stages and Insights', async ({
  page,
}, info) => {
  const bytes = await exportAs(page, 'Excel workbook', info.outputPath('map.xlsx'));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer,
  );
  expect(shownSheets(workbook).map((w) => w.name)).toEqual(ENGLISH_SHEETS);
  // 14 touchpoints today and 14 in the best case, one row each under the header.
  expect(workbook.getWorksheet('Touchpoints')!.rowCount).toBe(29);
  expect(workbook.getWorksheet('Notes')!.getColumn(3).values).toContain(
    'Delivery dates are promised before stock is confirmed.',
  );

  // The map rides inside: Trayecto opens the workbook as the map it was.
  await page.getByRole('button', { name: 'Library' }).click();
  await openFromDisk(page, info.outputPath('map.xlsx'));
  const dialog = page.getByRole('dialog', { name: '"Buying a family car" is already in your library' });
  await dialog.getByRole('button', { name: 'Keep both' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Buying a family car (copy)' })).toBeVisible();
});

test('JSON export re-imports as the same map; replacing keeps one copy', async ({ page }, info) => {
  const path = info.outputPath('map.trayecto');
  const json = JSON.parse((await exportAs(page, 'Trayecto file (JSON)', path)).toString('utf8'));
  expect(json).toMatchObject({
    format: 'trayecto',
    version: FORMAT_VERSION,
    journey: { title: 'Buying a family car' },
  });
  await page.getByRole('button', { name: 'Library' }).click();
  await openFromDisk(page, path);
  await answerDialog(page, '"Buying a family car" is already in your library', 'Replace');
  await expect(page.getByRole('button', { name: 'Delivery date slips, Very negative' })).toBeVisible();
  await page.getByRole('button', { name: 'Library' }).click();
  await expect(page.getByRole('list', { name: 'Your journeys' }).getByRole('listitem')).toHaveCount(1);
});

test('a bad file is refused with its reason and the library is unchanged', async ({ page }) => {
  await page.getByRole('button', { name: 'Library' }).click();
  await expectRefused(
    page,
    'tests/fixtures/bad/dangling-stage.trayecto',
    'journey.touchpoints[1].stageId: no stage with id "ghost"',
  );
});

test('a CSV with a bad row can be imported without it', async ({ page }) => {
  await page.getByRole('button', { name: 'Library' }).click();
  await openFromDisk(page, 'tests/fixtures/bad/bad-emotion-word.csv');
  const dialog = page.getByRole('dialog', { name: '1 row of the CSV has a problem' });
  await expect(dialog).toContainText('line 2: emotion "happy"');
  await dialog.getByRole('button', { name: 'Import without that row' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'bad-emotion-word' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Pays, Negative' })).toBeVisible();
});

test('a PNG without a map inside is refused clearly', async ({ page }) => {
  await page.getByRole('button', { name: 'Library' }).click();
  await openFromDisk(page, 'tests/fixtures/bad/no-document.png');
  await expect(page.getByRole('dialog', { name: 'Could not open no-document.png' })).toContainText(
    'This PNG has no Trayecto map inside.',
  );
});

test('zoomed out, cards are simplified on screen but exports keep every detail', async ({ page }, info) => {
  for (let i = 0; i < 6; i++) await page.getByRole('button', { name: 'Zoom out' }).click();
  await expect(page.getByRole('img', { name: 'Very negative' })).toHaveCount(0);
  const svg = (await exportAs(page, 'SVG image', info.outputPath('far.svg'))).toString('utf8');
  // The very negative face, drawn on both very negative cards and in the legend.
  expect(svg.split(`d="${FACE_ICONS['-3']}"`).length - 1).toBe(3);
  await expect(page.getByRole('img', { name: 'Very negative' })).toHaveCount(0);
});

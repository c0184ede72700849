import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { exportAs, openApp, openFromDisk, openJourney, SCREENSHOTS } from './helpers';

/** The sample exported by the CLI as a web page, opened from disk offline at 1280×720; what it asked and logged. */
async function openExported(page: Page, path: string, ...flags: string[]) {
  execFileSync('node', [
    'bin/trayecto.mjs',
    'export',
    'tests/fixtures/good/sample-en.trayecto',
    path,
    ...flags,
  ]);
  const requests: string[] = [];
  const problems: string[] = [];
  await page.context().setOffline(true);
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(String(e)));
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(pathToFileURL(path).href);
  return { requests, problems };
}

// The exported web page opens from disk, with the network off, in a browser that has no Trayecto.
test('the exported .html shows the map from file:// with no request and no error, and switches scenario', async ({
  page,
}, info) => {
  const { requests, problems } = await openExported(page, info.outputPath('sample.html'));

  await expect(page.getByRole('heading', { level: 1, name: 'Buying a family car' })).toBeVisible();
  const map = page.getByRole('main', { name: 'Map' });
  const scenario = page.getByRole('combobox', { name: 'Scenario' });
  const todayId = await scenario.locator('option', { hasText: 'Today' }).getAttribute('value');
  const today = map.locator(`[data-scenario="${todayId}"] svg`);
  await expect(today).toBeVisible();
  await expect(today).toContainText('Delivery date slips');
  // Notes on hover: a marker carries its note's text.
  await expect(today.locator('rect title').first()).toHaveText(/^\d+\. /);
  await page.screenshot({ path: `${SCREENSHOTS}/export-html.png` });

  const bestId = await scenario.locator('option', { hasText: 'Best case' }).getAttribute('value');
  await scenario.selectOption({ label: 'Best case' });
  await expect(map.locator(`[data-scenario="${bestId}"] svg`)).toBeVisible();
  await expect(today).toBeHidden();
  await expect(
    page.getByRole('region', { name: 'Insights' }).locator(`[data-scenario="${bestId}"]`),
  ).toContainText('All personas');
  // The Insights charts of the scenario on show, as vector text.
  await expect(
    page.getByRole('region', { name: 'Insights' }).locator(`[data-scenario="${bestId}"] svg`),
  ).toContainText('Open pain points by stage');
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.mouse.move(600, 400);
  await page.mouse.wheel(0, -200);

  // The page asked for nothing but itself (fonts and images are inside), and logged no error.
  expect(requests.filter((url) => !url.startsWith('file:'))).toEqual([]);
  expect(requests).toHaveLength(1);
  expect(problems).toEqual([]);
  // The document rides inside, for Trayecto.
  const inside = await page.locator('#trayecto-document').textContent();
  expect(JSON.parse(inside!).journey.title).toBe('Buying a family car');
});

test('the app exports the same web page', async ({ page }, info) => {
  await openApp(page);
  await openJourney(page, 'Buying a family car');
  const html = (await exportAs(page, 'Web page', info.outputPath('map.html'))).toString('utf8');
  expect(html.startsWith('<!doctype html>')).toBe(true);
  expect(html).toContain('Content-Security-Policy');
  expect(html).toContain('<svg');
  expect(html).not.toMatch(/<script[^>]+src=/);

  // Whoever has Trayecto opens the page as the map.
  await page.getByRole('button', { name: 'Library' }).click();
  await openFromDisk(page, info.outputPath('map.html'));
  const dialog = page.getByRole('dialog', { name: '"Buying a family car" is already in your library' });
  await dialog.getByRole('button', { name: 'Keep both' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Buying a family car (copy)' })).toBeVisible();
});

// A client filters the page as the team filters the app: by persona, emotion, open pain points.
test('the web page filters cards by persona, emotion and open pain points, in the map’s language, offline', async ({
  page,
}, info) => {
  const { requests, problems } = await openExported(page, info.outputPath('sample-es.html'), '--lang', 'es');

  const shownScenario = page.locator('.scenario:not([hidden])');
  const cards = shownScenario.locator('g[data-touchpoint]');
  const total = await cards.count();
  const status = page.getByRole('status').filter({ hasText: 'tarjetas a la vista' });
  await expect(status).toHaveText(`${total} de ${total} tarjetas a la vista`);

  await page.getByText('Filtros', { exact: true }).click();
  const filters = page.getByRole('form', { name: 'Filtros' });
  await filters.getByRole('checkbox', { name: 'Laura, new parent' }).check();
  const laura = await cards.first().getAttribute('data-persona');
  const lauras = shownScenario.locator(`g[data-touchpoint][data-persona="${laura}"]`);
  const lauraCount = await lauras.count();
  expect(lauraCount).toBeGreaterThan(0);
  expect(lauraCount).toBeLessThan(total);
  await expect(status).toHaveText(`${lauraCount} de ${total} tarjetas a la vista`);
  await expect(
    shownScenario.locator(`g[data-touchpoint]:not([data-persona="${laura}"])`).first(),
  ).toBeHidden();
  await expect(lauras.first()).toBeVisible();
  // Her curve stays; the other personas' curves go with their cards.
  const curves = shownScenario.locator('g[data-curve-persona]');
  expect(await curves.count()).toBeGreaterThan(1);
  await expect(shownScenario.locator(`g[data-curve-persona="${laura}"]`)).toBeVisible();
  await expect(
    shownScenario.locator(`g[data-curve-persona]:not([data-curve-persona="${laura}"])`),
  ).toHaveCount((await curves.count()) - 1);
  for (const other of await shownScenario
    .locator(`g[data-curve-persona]:not([data-curve-persona="${laura}"])`)
    .all())
    await expect(other).toBeHidden();
  await page.screenshot({ path: `${SCREENSHOTS}/export-html-filters.png` });

  // Emotion: only the negative cards of Laura.
  await filters.getByRole('checkbox', { name: 'Negativa' }).check();
  const sad = await shownScenario
    .locator(`g[data-touchpoint][data-persona="${laura}"][data-valence="negative"]`)
    .count();
  await expect(status).toHaveText(`${sad} de ${total} tarjetas a la vista`);

  // Only cards with open pain points, any persona or emotion.
  await filters.getByRole('button', { name: 'Quitar filtros' }).click();
  await expect(status).toHaveText(`${total} de ${total} tarjetas a la vista`);
  for (const curve of await curves.all()) await expect(curve).toBeVisible();
  await filters.getByRole('checkbox', { name: 'Solo tarjetas con puntos de dolor abiertos' }).check();
  const painful = shownScenario.locator('g[data-touchpoint]:not([data-open-pain-points="0"])');
  await expect(status).toHaveText(`${await painful.count()} de ${total} tarjetas a la vista`);
  await expect(painful.first()).toBeVisible();
  await expect(shownScenario.locator('g[data-open-pain-points="0"]').first()).toBeHidden();

  // A note's text on click (not only on hover).
  await page.getByText('Filtros', { exact: true }).click();
  await page.getByRole('button', { name: 'Ajustar a la vista' }).click();
  const marker = painful.first().locator('rect:has(title)').first();
  const text = await marker.locator('title').textContent();
  // Its number, as a person clicks it.
  await marker.locator('xpath=following-sibling::*[1]').click();
  await expect(page.locator('#note')).toHaveText(text!);

  expect(requests).toHaveLength(1);
  expect(problems).toEqual([]);
});

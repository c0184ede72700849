import { expect, test, type Locator, type Page } from '@playwright/test';
import { openApp, openJourney, snap } from './helpers';

const SAMPLE = 'Buying a family car';

/** The rendered size of a card's title on screen: its font size times the canvas's zoom. */
async function titlePx(card: Locator): Promise<number> {
  return card.locator('.card-title').evaluate((title) => {
    const el = title as HTMLElement;
    return (parseFloat(getComputedStyle(el).fontSize) * el.getBoundingClientRect().width) / el.offsetWidth;
  });
}

const card = (page: Page, title: string) => page.getByRole('button', { name: new RegExp(`^${title}, `) });

/** Rows of the editor's toolbar: the distinct vertical centres of its visible controls. */
async function toolbarRows(page: Page): Promise<number> {
  const centres = await page
    .locator('header.topbar')
    .locator('button:visible, select:visible, h1, [role="status"]')
    .evaluateAll((els) =>
      els.map((el) => {
        const box = el.getBoundingClientRect();
        return Math.round(box.top + box.height / 2);
      }),
    );
  return new Set(centres.map((c) => Math.round(c / 20))).size;
}

test.use({ viewport: { width: 1280, height: 720 } });

test.beforeEach(async ({ page }) => {
  await openApp(page);
});

test('at 1280×720 the toolbar is one row, in English and Spanish, every control named', async ({ page }) => {
  await openJourney(page, SAMPLE);
  expect(await toolbarRows(page)).toBe(1);
  // Icon-only buttons have a tooltip and an accessible name.
  for (const button of await page.locator('header.topbar button').all()) {
    const text = (await button.innerText()).trim();
    if (text === '') {
      await expect(button).toHaveAttribute('title', /\S/);
      await expect(button).toHaveAccessibleName(/\S/);
    }
  }
  await snap(page, 'editor-1280');
  // The less-used actions are in "More", each with its label.
  await page.getByRole('button', { name: 'More' }).click();
  const menu = page.getByRole('menu');
  for (const name of ['New scenario…', 'Compare scenarios', 'Merge a copy…', 'Versions', 'Settings'])
    await expect(menu.getByRole('menuitem', { name })).toBeVisible();
  await expect(menu.getByRole('menuitemcheckbox', { name: 'Dark theme' })).not.toBeChecked();
  await menu.getByRole('menuitem', { name: 'Settings' }).click();
  await page.getByRole('dialog', { name: 'Settings' }).getByLabel('Interface language').selectOption('es');
  await page.getByRole('button', { name: 'Cerrar' }).first().click();
  await expect(page.getByRole('button', { name: 'Añadir etapa' })).toBeVisible();
  await snap(page, 'editor-1280-es');
  expect(await toolbarRows(page)).toBe(1);
});

test('a map opens with readable titles at its beginning; the panel and the overview fold away and stay so', async ({
  page,
}) => {
  await openJourney(page, SAMPLE);
  const first = card(page, 'Sees a family-car ad');
  await expect(first).toBeInViewport();
  expect(await titlePx(first)).toBeGreaterThanOrEqual(11);

  // The overview sits beside the map, not over it.
  const canvas = (await page.locator('main.canvas-wrap').boundingBox())!;
  const overview = page.getByRole('img', { name: 'Map overview' });
  const box = (await overview.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(canvas.x + canvas.width);

  // Hide it, then the side panel: the map takes the width, and both stay so after a reload.
  await page.getByRole('button', { name: 'More' }).click();
  await page.getByRole('menuitemcheckbox', { name: 'Map overview' }).click();
  await expect(overview).toHaveCount(0);
  await page.getByRole('button', { name: 'Hide the side panel' }).click();
  await expect(page.getByRole('complementary', { name: 'Inspector' })).toHaveCount(0);
  expect((await page.locator('main.canvas-wrap').boundingBox())!.width).toBeGreaterThan(1270);
  await page.reload();
  await openJourney(page, SAMPLE);
  await expect(page.getByRole('complementary', { name: 'Inspector' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Show the side panel' }).click();
  await expect(page.getByRole('complementary', { name: 'Inspector' })).toBeVisible();
  await expect(overview).toHaveCount(0);
  await page.getByRole('button', { name: 'More' }).click();
  await page.getByRole('menuitemcheckbox', { name: 'Map overview' }).click();
  await expect(overview).toBeVisible();
});

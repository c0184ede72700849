import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { axeViolations, exportAs, fitWholeMap, openApp, openJourney, snap } from './helpers';

const inspector = (page: Page) => page.getByRole('complementary', { name: 'Inspector' });
const card = (page: Page, title: string) => page.getByRole('button', { name: new RegExp(`^${title}, `) });
const connectors = (page: Page) => page.locator('.blueprint-connector');

test.use({ viewport: { width: 1280, height: 720 } });

test.beforeEach(async ({ page }) => {
  await openApp(page);
  await openJourney(page, 'Buying a family car');
});

test('a backstage card owned by Operations under "Delivery date slips": linked, its connector shown, its layer hidden', async ({
  page,
}) => {
  await fitWholeMap(page);
  await card(page, 'Delivery date slips').first().click();
  const behind = inspector(page).getByRole('region', { name: 'The company behind it' });
  await behind.getByRole('combobox', { name: 'Layer' }).selectOption({ label: 'Backstage' });
  await behind.getByRole('button', { name: 'Add blueprint card' }).click();

  // The new card is selected and linked to the touchpoint it was added under.
  await expect(inspector(page).getByRole('heading', { name: 'Blueprint card' })).toBeVisible();
  await inspector(page).getByRole('textbox', { name: 'Title' }).fill('Confirm the slot with the factory');
  await inspector(page).getByRole('combobox', { name: 'Owner' }).selectOption({ label: 'Operations' });
  await expect(inspector(page).getByRole('checkbox', { name: /Delivery date slips/ })).toBeChecked();
  const item = page.getByRole('button', { name: 'Confirm the slot with the factory, owned by Operations' });
  await expect(item).toBeVisible();
  await expect(page.getByRole('group', { name: 'Blueprint layer Backstage' })).toBeVisible();
  await expect(connectors(page)).toHaveCount(1);

  // Select the touchpoint: its connector shows; select nothing: it goes.
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await expect(connectors(page)).toHaveCount(0);
  await card(page, 'Delivery date slips').first().click();
  await expect(connectors(page)).toHaveCount(1);
  await expect(inspector(page).getByRole('region', { name: 'The company behind it' })).toContainText(
    'Confirm the slot with the factory',
  );
  await snap(page, 'blueprint-map');
  expect(await axeViolations(page, '.react-flow__node-blueprintItem')).toEqual([]);
  expect(await axeViolations(page, '.side-panel')).toEqual([]);

  // Hide the layer from its band; its cards go with it, and it comes back from the journey's inspector.
  await page.getByRole('button', { name: 'Hide layer Backstage' }).click();
  await expect(item).toHaveCount(0);
  await expect(page.getByRole('group', { name: 'Blueprint layer Backstage' })).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(item).toBeVisible();
});

test('a loop from Loyalty back to Consideration is on the map and in the exported PDF', async ({
  page,
}, info) => {
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  const loops = inspector(page).getByRole('region', { name: 'Loops' });
  await loops.getByRole('combobox', { name: 'Loop from' }).selectOption({ label: 'Loyalty' });
  await loops.getByRole('combobox', { name: 'Back to' }).selectOption({ label: 'Consideration' });
  await loops.getByRole('spinbutton', { name: 'Share of customers (%)' }).fill('30');
  await loops.getByRole('button', { name: 'Add loop' }).click();
  await expect(loops.getByRole('listitem')).toHaveText(['Loyalty → Consideration · 30 %']);
  await expect(page.locator('.blueprint-loop')).toHaveCount(1);
  await expect(page.locator('.blueprint-loop text')).toHaveText('30 %');
  expect(await axeViolations(page, '.side-panel')).toEqual([]);

  const pdf = info.outputPath('loop.pdf');
  await exportAs(page, 'PDF', pdf);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-']).toString('utf8');
  expect(text).toContain('Loops');
  expect(text).toContain('30 %');
  expect(text).toContain('Line of interaction');
  expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
});

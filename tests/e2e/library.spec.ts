import { expect, test } from '@playwright/test';
import { openApp, openJourney, snap } from './helpers';

test('the sample journey is listed on first run and is still there after a reload', async ({ page }) => {
  await openApp(page);
  const library = page.getByRole('list', { name: 'Your journeys' });
  await expect(library.getByRole('heading', { name: 'Buying a family car' })).toBeVisible();
  await snap(page, 'library');
  await page.reload();
  await expect(library.getByRole('heading', { name: 'Buying a family car' })).toBeVisible();
  await expect(library.getByRole('listitem')).toHaveCount(1);
});

test('opening the sample shows its map', async ({ page }) => {
  await openApp(page);
  await openJourney(page, 'Buying a family car');
  await expect(page.getByRole('button', { name: 'Delivery date slips, Very negative' })).toBeVisible();
  await snap(page, 'sample-light-en');
});

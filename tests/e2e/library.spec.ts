import { expect, test } from '@playwright/test';
import { answerDialog, deleteForever, fitWholeMap, fromMoreMenu, openApp, openMap, snap } from './helpers';

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
  await openMap(page, 'Buying a family car');
  await expect(page.getByRole('button', { name: 'Delivery date slips, Very negative' })).toBeVisible();
  await snap(page, 'sample-light-en');
});

test('duplicate, rename, trash, restore, search and empty the trash', async ({ page }) => {
  await openApp(page);
  const library = page.getByRole('list', { name: 'Your journeys' });
  await page
    .getByRole('group', { name: 'Actions for Buying a family car' })
    .getByRole('button', { name: 'Duplicate' })
    .click();
  await expect(library.getByRole('heading', { name: 'Buying a family car (copy)' })).toBeVisible();

  await page
    .getByRole('group', { name: 'Actions for Buying a family car (copy)' })
    .getByRole('button', { name: 'Rename' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Rename journey' });
  await dialog.getByRole('textbox', { name: 'Title' }).fill('Workshop copy');
  await dialog.getByRole('button', { name: 'Rename' }).click();
  await expect(library.getByRole('heading', { name: 'Workshop copy' })).toBeVisible();

  await page.getByRole('searchbox', { name: 'Search journeys by title' }).fill('works');
  await expect(library.getByRole('listitem')).toHaveCount(1);
  await page.getByRole('searchbox', { name: 'Search journeys by title' }).fill('');

  await page
    .getByRole('group', { name: 'Actions for Workshop copy' })
    .getByRole('button', { name: 'Move to trash' })
    .click();
  await expect(library.getByRole('heading', { name: 'Workshop copy' })).toHaveCount(0);
  await page.getByRole('button', { name: /^Trash/ }).click();
  const trash = page.getByRole('list', { name: 'Trash' });
  await expect(trash.getByRole('heading', { name: 'Workshop copy' })).toBeVisible();
  await page
    .getByRole('group', { name: 'Actions for Workshop copy' })
    .getByRole('button', { name: 'Restore' })
    .click();
  await expect(trash).toHaveCount(0);
  await expect(page.getByText('The trash is empty.')).toBeVisible();
  await page.getByRole('button', { name: /^Trash/ }).click();
  await expect(library.getByRole('heading', { name: 'Workshop copy' })).toBeVisible();

  await deleteForever(page, 'Workshop copy');
  await page.reload();
  await expect(page.getByRole('list', { name: 'Your journeys' }).getByRole('listitem')).toHaveCount(1);
});

test('saves a named version and restores it (undoably)', async ({ page }) => {
  await openMap(page, 'Buying a family car');
  await fromMoreMenu(page, 'Versions');
  const dialog = page.getByRole('dialog', { name: 'Versions' });
  await dialog.getByRole('textbox', { name: 'Version name' }).fill('Before the workshop');
  await dialog.getByRole('button', { name: 'Save version' }).click();
  await expect(dialog.getByText('Before the workshop')).toBeVisible();
  await snap(page, 'snapshots-dialog');
  await page.keyboard.press('Escape');

  await fitWholeMap(page);
  await page.getByRole('button', { name: 'Stage name: Loyalty' }).click();
  await page.getByRole('button', { name: 'Delete stage' }).click();
  await answerDialog(page, 'Delete stage "Loyalty"?', 'Delete');
  await expect(page.getByRole('button', { name: 'Stage name: Loyalty' })).toHaveCount(0);

  await fromMoreMenu(page, 'Versions');
  await dialog.getByRole('button', { name: 'Restore Before the workshop' }).click();
  await expect(page.getByRole('button', { name: 'Stage name: Loyalty' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('Restored "Before the workshop"');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('button', { name: 'Stage name: Loyalty' })).toHaveCount(0);
});

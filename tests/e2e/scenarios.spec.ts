import { expect, test, type Page } from '@playwright/test';
import { fromMoreMenu, openApp, openJourney, reloadJourney, snap } from './helpers';

const scenarioPicker = (page: Page) => page.getByRole('combobox', { name: 'Scenario', exact: true });
const card = (page: Page, title: string) => page.getByRole('button', { name: new RegExp(`^${title}, `) });

test.beforeEach(async ({ page }) => {
  await openApp(page);
  await openJourney(page, 'Buying a family car');
});

test('switch between today and the best case, and compare their curves side by side', async ({ page }) => {
  await expect(scenarioPicker(page)).toHaveValue(/.+/);
  await expect(scenarioPicker(page).locator('option:checked')).toHaveText('Today');
  await expect(card(page, 'Delivery date slips')).toHaveAccessibleName('Delivery date slips, Very negative');

  await scenarioPicker(page).selectOption({ label: 'Best case' });
  // The same moment, with today's pain taken away: −3 + 3.
  await expect(card(page, 'Delivery date slips')).toHaveAccessibleName('Delivery date slips, Neutral');
  await expect(card(page, 'Delivery date slips')).toHaveCount(1);
  await snap(page, 'scenario-best-case');

  await fromMoreMenu(page, 'Compare scenarios');
  const dialog = page.getByRole('dialog', { name: 'Compare scenarios' });
  await expect(dialog.getByRole('img', { name: /in “Today”/ })).toBeVisible();
  await expect(dialog.getByRole('img', { name: /in “Best case”/ })).toBeVisible();
  await expect(dialog.getByRole('figure')).toHaveCount(2);
  await snap(page, 'scenario-compare');
  await page.keyboard.press('Escape');

  // The insights panel draws one line per scenario beside the figures of the one on show.
  await page.getByRole('tab', { name: 'Insights' }).click();
  const panel = page.getByRole('tabpanel', { name: 'Insights' });
  await expect(panel.getByRole('img', { name: 'All personas, one line per scenario' })).toBeVisible();
  await expect(panel.getByRole('list', { name: 'All personas, one line per scenario' })).toContainText(
    'Best case',
  );
  // The best case has no negative moment left.
  await expect(panel.getByRole('list', { name: 'Lowest moments' }).getByRole('listitem')).toHaveCount(0);
});

test('a new scenario starts as a copy, changes on its own, survives a reload, and undo takes it away', async ({
  page,
}) => {
  await fromMoreMenu(page, 'New scenario…');
  const dialog = page.getByRole('dialog', { name: 'New scenario' });
  await expect(dialog.getByRole('textbox', { name: 'Scenario name' })).toHaveValue('Worst case');
  await expect(dialog.getByRole('radio', { name: 'A copy of “Today”' })).toBeChecked();
  await dialog.getByRole('button', { name: 'Create scenario' }).click();
  await expect(scenarioPicker(page).locator('option:checked')).toHaveText('Worst case');

  // Make the worst case worse: the copy changes, today does not.
  await card(page, 'Sees a family-car ad').click();
  for (let i = 0; i < 4; i++) await page.keyboard.press('-');
  await expect(card(page, 'Sees a family-car ad')).toHaveAccessibleName(
    'Sees a family-car ad, Very negative',
  );
  await scenarioPicker(page).selectOption({ label: 'Today' });
  await expect(card(page, 'Sees a family-car ad')).not.toHaveAccessibleName(/Very negative/);

  // The scenario and the one on show are kept across a reload.
  await scenarioPicker(page).selectOption({ label: 'Worst case' });
  await reloadJourney(page, 'Buying a family car');
  await expect(scenarioPicker(page).locator('option:checked')).toHaveText('Worst case');
  await expect(card(page, 'Sees a family-car ad')).toHaveAccessibleName(
    'Sees a family-car ad, Very negative',
  );

  // Delete it from the journey's inspector (nothing is selected after the reload); undo brings it back.
  const list = page.getByRole('region', { name: 'Scenarios of this map' });
  // A copy is placed right after the scenario it copies.
  await expect(scenarioPicker(page).locator('option')).toHaveText(['Today', 'Worst case', 'Best case']);
  await list
    .getByRole('group', { name: 'Worst case' })
    .getByRole('button', { name: 'Delete scenario' })
    .click();
  const confirm = page.getByRole('dialog', { name: 'Delete scenario "Worst case"?' });
  // The copy took today's notes on its touchpoints along (the dialog's default): they go with it.
  await expect(confirm).toContainText('This also deletes 14 touchpoints and 9 notes');
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(scenarioPicker(page).locator('option')).toHaveText(['Today', 'Best case']);
  await expect(scenarioPicker(page).locator('option:checked')).toHaveText('Today');
  await page.keyboard.press('Control+z');
  await expect(scenarioPicker(page).locator('option')).toHaveText(['Today', 'Worst case', 'Best case']);
});

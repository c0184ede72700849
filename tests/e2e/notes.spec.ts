import { expect, test, type Page } from '@playwright/test';
import { openApp, openJourney, snap } from './helpers';

const inspector = (page: Page) => page.getByRole('complementary', { name: 'Inspector' });

test.beforeEach(async ({ page }) => {
  await openApp(page);
  await openJourney(page, 'Buying a family car');
});

test('annotate a touchpoint, resolve it, find it in the notes panel and jump to it', async ({ page }) => {
  await page.getByRole('button', { name: /^Picks up the car, / }).click();
  await inspector(page).getByRole('textbox', { name: 'Note text' }).fill('Nobody explained the infotainment');
  await inspector(page).getByRole('button', { name: 'Add note' }).click();
  const note = inspector(page).getByRole('listitem').filter({ hasText: 'Nobody explained the infotainment' });
  await note.getByRole('textbox', { name: 'Reply to this note' }).fill('Add a 10-minute walkthrough');
  await note.getByRole('button', { name: 'Reply' }).click();
  await expect(note.getByRole('list', { name: 'Replies' })).toContainText('Add a 10-minute walkthrough');
  await note.getByRole('button', { name: 'Resolve note' }).click();
  await expect(note.getByRole('button', { name: 'Reopen note' })).toBeVisible();

  await page.getByRole('button', { name: 'Library', exact: true }).first().click();
  await openJourney(page, 'Buying a family car');
  await page.getByRole('tab', { name: 'Notes' }).click();
  const panel = page.getByRole('tabpanel', { name: 'Notes' });
  await panel.getByRole('combobox', { name: 'Filter by status' }).selectOption('resolved');
  await expect(panel.getByRole('list', { name: 'All notes' }).getByRole('listitem')).toHaveCount(3);
  await panel.getByRole('combobox', { name: 'Filter by stage' }).selectOption({ label: 'After-sales' });
  await panel.getByRole('button', { name: 'Show on the map: Nobody explained the infotainment' }).click();
  await page.getByRole('tab', { name: 'Inspector' }).click();
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('Picks up the car');
  await snap(page, 'notes-panel');
});

test('export notes only, then merge them into another copy', async ({ page }, info) => {
  // The teammate's copy: a duplicate made offline is another journey, so notes go back into the original.
  await page.getByRole('button', { name: /^Paperwork back and forth, / }).click();
  await inspector(page).getByRole('textbox', { name: 'Note text' }).fill('Send the document list up front');
  await inspector(page).getByRole('combobox', { name: 'Kind of note' }).selectOption('opportunity');
  await inspector(page).getByRole('button', { name: 'Add note' }).click();
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: 'Notes only' }).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const path = info.outputPath('notes.json');
  await (await download).saveAs(path);

  // Undo the note locally: the file now holds a note this copy does not have.
  await page.getByRole('alert').getByRole('button', { name: 'Dismiss' }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(inspector(page).getByText('Send the document list up front')).toHaveCount(0);

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Merge a copy…' }).click();
  await (await chooser).setFiles(path);
  await expect(page.getByRole('alert')).toContainText('Merged: 1 new note');
  await page.getByRole('button', { name: /^Paperwork back and forth, / }).click();
  await expect(inspector(page).getByText('Send the document list up front')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(inspector(page).getByText('Send the document list up front')).toHaveCount(0);
});

test('the insights panel shows the emotional dip of the sample', async ({ page }) => {
  await page.getByRole('tab', { name: 'Insights' }).click();
  const panel = page.getByRole('tabpanel', { name: 'Insights' });
  await expect(
    panel.getByRole('img', { name: 'Average emotion per stage, one line per persona' }),
  ).toBeVisible();
  const lowest = panel.getByRole('list', { name: 'Lowest moments' }).getByRole('listitem');
  await expect(lowest.first()).toContainText('-3 Delivery date slips');
  await expect(lowest.nth(1)).toContainText('-3 Waits weeks for a repair slot');
  const heat = panel.getByRole('table', { name: 'Open pain points by stage and channel' });
  await expect(heat.getByRole('row', { name: /Purchase/ })).toContainText('2');
  await snap(page, 'insights-panel');
});

test('workshop mode steps through every stage by keyboard and captures touchpoints', async ({ page }) => {
  await page.getByRole('button', { name: 'Present' }).click();
  const bar = page.getByRole('toolbar', { name: 'Workshop mode' });
  await expect(bar.getByRole('heading', { name: 'Stage 1 of 5: Consideration' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add stage' })).toHaveCount(0);
  for (const [n, name] of [
    [2, 'Comparison'],
    [3, 'Purchase'],
    [4, 'After-sales'],
    [5, 'Loyalty'],
  ] as const) {
    await page.keyboard.press(n % 2 ? 'ArrowRight' : 'PageDown');
    await expect(bar.getByRole('heading', { name: `Stage ${n} of 5: ${name}` })).toBeVisible();
  }
  await page.keyboard.press('PageUp');
  await page.keyboard.press('PageUp');
  await expect(bar.getByRole('heading', { name: 'Stage 3 of 5: Purchase' })).toBeVisible();
  await snap(page, 'workshop-mode');

  await bar
    .getByRole('combobox', { name: 'Persona for new touchpoints' })
    .selectOption({ label: 'Carlos, fleet manager' });
  await bar.getByRole('textbox', { name: 'Quick capture' }).fill('Asks for a written quote');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Asks for a written quote, Neutral' })).toBeVisible();
  await page.keyboard.press('2');
  await expect(page.getByRole('button', { name: 'Asks for a written quote, Negative' })).toBeVisible();
  await page.keyboard.press('+');
  await expect(
    page.getByRole('button', { name: 'Asks for a written quote, Slightly negative' }),
  ).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Add stage' })).toBeVisible();
  await page.getByRole('button', { name: 'Asks for a written quote, Slightly negative' }).click();
  await expect(page.getByRole('complementary', { name: 'Inspector' })).toContainText(
    'Carlos, fleet manager · Purchase',
  );
});

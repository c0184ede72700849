import { expect, test, type Locator, type Page } from '@playwright/test';
import { exportAs, mergeCopy, openJourney, openMap, snap } from './helpers';

const inspector = (page: Page) => page.getByRole('complementary', { name: 'Inspector' });
/** A lane's name pinned to the canvas edge in workshop mode: a visual aid, hidden from assistive technology. */
const pinnedLabel = (page: Page, name: string) =>
  page.locator('[aria-hidden="true"]').getByText(name, { exact: true });

type Box = { x: number; y: number; width: number; height: number };

/** The centre of the area two boxes share, relative to the first box; null if they don't overlap. */
function overlapCentre(a: Box, b: Box): { x: number; y: number } | null {
  const [left, right] = [Math.max(a.x, b.x), Math.min(a.x + a.width, b.x + b.width)];
  const [top, bottom] = [Math.max(a.y, b.y), Math.min(a.y + a.height, b.y + b.height)];
  return left < right && top < bottom ? { x: (left + right) / 2 - a.x, y: (top + bottom) / 2 - a.y } : null;
}

/** The label's middle lies within the lane of this cell (one stage of the lane). */
async function expectLevelWith(label: Locator, cell: Locator) {
  const [box, lane] = [await label.boundingBox(), await cell.boundingBox()];
  const middle = box!.y + box!.height / 2;
  expect(middle).toBeGreaterThan(lane!.y);
  expect(middle).toBeLessThan(lane!.y + lane!.height);
}

test.beforeEach(({ page }) => openMap(page, 'Buying a family car'));

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
  await expect(panel.getByRole('button', { name: /^Show on the map: / })).toHaveCount(3);
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
  const path = info.outputPath('notes.json');
  await exportAs(page, 'Notes only', path);

  // Undo the note locally: the file now holds a note this copy does not have.
  await page.getByRole('alert').getByRole('button', { name: 'Dismiss' }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(inspector(page).getByText('Send the document list up front')).toHaveCount(0);

  await mergeCopy(page, path);
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
  const viewport = page.locator('.react-flow__viewport');
  const before = await viewport.getAttribute('style');
  await page.getByRole('button', { name: 'Workshop', exact: true }).click();
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
  // The lane headers are off screen now (so not drawn): the persona's name is in the strip beside the map,
  // level with its lane, and covers no card.
  const laura = 'Laura, new parent';
  await expect(page.getByRole('button', { name: `Persona name: ${laura}` })).not.toBeInViewport();
  await expect(pinnedLabel(page, laura)).toBeInViewport();
  await expectLevelWith(pinnedLabel(page, laura), page.getByRole('group', { name: `${laura} in Purchase` }));
  const card = page.getByRole('button', { name: /^Signs the contract, / });
  await card.click({ trial: true }); // waits for the step's pan to come to rest
  expect(
    overlapCentre((await card.boundingBox())!, (await pinnedLabel(page, laura).boundingBox())!),
  ).toBeNull();
  await snap(page, 'workshop-mode');

  // Picking the persona for capture takes the view to that persona's lane.
  const carlos = 'Carlos, fleet manager';
  await bar.getByRole('combobox', { name: 'Persona for new touchpoints' }).selectOption({ label: carlos });
  await expect(async () =>
    expectLevelWith(pinnedLabel(page, carlos), page.getByRole('group', { name: `${carlos} in Purchase` })),
  ).toPass();
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
  await expect(pinnedLabel(page, 'Laura, new parent')).toHaveCount(0);
  // Leaving takes the canvas back to where it was before the workshop.
  await expect(viewport).toHaveAttribute('style', before!);
  await page.getByRole('button', { name: 'Asks for a written quote, Slightly negative' }).click();
  await expect(page.getByRole('complementary', { name: 'Inspector' })).toContainText(
    'Carlos, fleet manager · Purchase',
  );
});

test('workshop mode names the channel lanes beside the map in the channel view', async ({ page }) => {
  await page.getByRole('button', { name: 'Channels', exact: true }).click();
  await page.getByRole('button', { name: 'Workshop', exact: true }).click();
  const bar = page.getByRole('toolbar', { name: 'Workshop mode' });
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(bar.getByRole('heading', { name: 'Stage 3 of 5: Purchase' })).toBeVisible();
  // Six channel lanes are too many to read at once: one lane at a time, ↓ for the next.
  await expect(pinnedLabel(page, 'Web')).toBeInViewport();
  await page.keyboard.press('ArrowDown');
  await expect(async () =>
    expectLevelWith(pinnedLabel(page, 'Email'), page.getByRole('group', { name: 'Email in Purchase' })),
  ).toPass();
  // The last step shows the whole map: one label per lane, in the lanes' order from top to bottom.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(bar.getByRole('heading', { name: 'The whole map' })).toBeVisible();
  await page
    .getByRole('button', { name: /^Satisfaction call and fleet plan, / })
    .first()
    .click({ trial: true });
  const tops: number[] = [];
  for (const name of ['Web', 'Email', 'Phone', 'Store', 'Social media', 'App']) {
    await expect(pinnedLabel(page, name)).toBeInViewport();
    tops.push((await pinnedLabel(page, name).boundingBox())!.y);
  }
  expect(tops).toEqual([...tops].sort((a, b) => a - b));
  expect(new Set(tops).size).toBe(tops.length);
  await snap(page, 'workshop-mode-channels');
  await bar.getByRole('button', { name: 'Leave (Esc)' }).click();
  await expect(pinnedLabel(page, 'Store')).toHaveCount(0);
});

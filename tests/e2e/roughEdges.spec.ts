import { expect, test, type Page } from '@playwright/test';
import {
  answerDialog,
  card,
  exportAs,
  fitWholeMap,
  fromMoreMenu,
  openApp,
  openFromDisk,
  openJourney,
  snap,
} from './helpers';

const SAMPLE = 'Buying a family car';
const inspector = (page: Page) => page.getByRole('complementary', { name: 'Inspector' });

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openApp(page);
});

test('a new persona’s role is a hint to fill in, not a value', async ({ page }) => {
  await page.getByRole('button', { name: 'New journey' }).click();
  await answerDialog(page, 'New journey', 'Create journey');
  await page.getByRole('button', { name: 'Persona name: Customer' }).click();
  const role = inspector(page).getByRole('textbox', { name: 'Role or segment' });
  await expect(role).toHaveValue('');
  await expect(role).toHaveAttribute('placeholder', 'Describe who they are');
  await expect(page.getByText('Describe who they are')).toHaveCount(0);
});

test('N, a title and Enter is one undo step', async ({ page }) => {
  await openJourney(page, SAMPLE);
  await card(page, 'Sees a family-car ad').click();
  await page.keyboard.press('n');
  await page.keyboard.type('Asks a neighbour');
  await page.keyboard.press('Enter');
  await expect(card(page, 'Asks a neighbour')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(card(page, 'Asks a neighbour')).toHaveCount(0);
  await expect(card(page, 'New touchpoint')).toHaveCount(0);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(card(page, 'Asks a neighbour')).toBeVisible();
});

test('"Keep both" names the copy, and cards say their count covers every scenario', async ({
  page,
}, info) => {
  const journeys = page.getByRole('list', { name: 'Your journeys' }).getByRole('listitem');
  await expect(journeys.first()).toContainText('5 stages · 2 personas · 28 touchpoints in 2 scenarios');
  await openJourney(page, SAMPLE);
  const path = info.outputPath('copy.trayecto');
  await exportAs(page, 'Trayecto file (JSON)', path);
  await page.getByRole('button', { name: 'Library' }).click();
  await openFromDisk(page, path);
  await answerDialog(page, `"${SAMPLE}" is already in your library`, 'Keep both');
  await expect(page.getByRole('heading', { level: 1, name: `${SAMPLE} (copy)` })).toBeVisible();
  await page.getByRole('button', { name: 'Library' }).click();
  await expect(journeys).toHaveCount(2);
  await expect(page.getByRole('heading', { name: `${SAMPLE} (copy)` })).toBeVisible();
  await expect(page.getByRole('heading', { name: SAMPLE, exact: true })).toBeVisible();
});

test('a scenario copied from another keeps the notes on its touchpoints', async ({ page }) => {
  await openJourney(page, SAMPLE);
  await fitWholeMap(page);
  await fromMoreMenu(page, 'New scenario…');
  const dialog = page.getByRole('dialog', { name: 'New scenario' });
  await expect(dialog.getByRole('checkbox', { name: 'With the notes on its touchpoints' })).toBeChecked();
  await dialog.getByRole('button', { name: 'Create scenario' }).click();
  await expect(page.getByRole('combobox', { name: 'Scenario' })).toHaveValue(/.+/);
  await card(page, 'Delivery date slips').click();
  await expect(
    inspector(page).getByText('Delivery dates are promised before stock is confirmed.'),
  ).toBeVisible();
  await expect(inspector(page).getByRole('list', { name: 'Replies' })).toContainText('Logistics can confirm');
});

test('a channel’s colour follows its kind, as on every other map', async ({ page }) => {
  await openJourney(page, SAMPLE);
  const email = await inspector(page).getByLabel('Colour of Email').inputValue();
  await inspector(page).getByRole('button', { name: 'Add channel' }).click();
  const added = inspector(page)
    .getByRole('listitem')
    .filter({ has: page.getByLabel('Colour of New channel') });
  await added.getByRole('combobox', { name: 'Channel kind' }).selectOption('email');
  await expect(page.getByLabel('Colour of New channel')).toHaveValue(email);

  await page.getByRole('button', { name: 'Library' }).click();
  await page.getByRole('button', { name: 'New journey' }).click();
  await answerDialog(page, 'New journey', 'Create journey');
  await expect(inspector(page).getByLabel('Colour of Email')).toHaveValue(email);
});

test('Ctrl+P opens the export dialog with PDF chosen, from the map and from a text field', async ({
  page,
}) => {
  await openJourney(page, SAMPLE);
  await card(page, 'Sees a family-car ad').click();
  await page.keyboard.press('Control+p');
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog.getByRole('radio', { name: 'PDF' })).toBeChecked();
  await page.keyboard.press('Escape');
  await inspector(page).getByRole('textbox', { name: 'Title' }).focus();
  await page.keyboard.press('Control+p');
  await expect(dialog.getByRole('radio', { name: 'PDF' })).toBeChecked();
});

test('filtered-out personas’ curves fade with their cards', async ({ page }) => {
  await openJourney(page, SAMPLE);
  await fitWholeMap(page);
  await page.getByRole('button', { name: 'Filters', exact: true }).click();
  await page
    .getByRole('region', { name: 'Filters' })
    .getByRole('checkbox', { name: 'Carlos, fleet manager' })
    .check();
  const opacity = async (title: string) =>
    Number(
      await card(page, title).evaluate(
        (el) => getComputedStyle(el.querySelector('.card') ?? el.closest('.card')!).opacity,
      ),
    );
  // Polled: the fade is a transition.
  await expect.poll(() => opacity('Sees a family-car ad')).toBeLessThan(0.5);
  expect(await opacity('Receives a fleet newsletter')).toBe(1);
  // The curves are drawing, hidden from assistive technology: read them as painted.
  const curves = page.locator('.emotion-curve');
  await expect(curves).toHaveCount(2);
  const painted = () =>
    curves.evaluateAll((paths) => paths.map((p) => Number(getComputedStyle(p).opacity)).sort());
  await expect.poll(async () => (await painted()).map((o) => o < 0.5)).toEqual([true, false]);
  await snap(page, 'filtered-curves');
});

test('the Insights panel names each line and its tables scroll instead of clipping', async ({ page }) => {
  await openJourney(page, SAMPLE);
  await page.getByRole('tab', { name: 'Insights' }).click();
  const panel = page.getByRole('tabpanel', { name: 'Insights' });
  const legend = panel.getByRole('list', { name: 'Personas', exact: true }).getByRole('listitem');
  await expect(legend).toHaveText([/^\s*Laura, new parent$/, /^\s*Carlos, fleet manager$/]);

  const region = panel.getByRole('region', { name: 'Touchpoints by stage and channel' });
  const lastChannel = region.getByRole('columnheader', { name: 'App' });
  const side = (await page.getByRole('complementary', { name: 'Inspector' }).boundingBox())!;
  await region.scrollIntoViewIfNeeded();
  const right = async () => {
    const box = (await lastChannel.boundingBox())!;
    return box.x + box.width;
  };
  expect(await right()).toBeGreaterThan(side.x + side.width); // wider than the panel at 1280×720
  await region.focus();
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
  await expect.poll(right).toBeLessThanOrEqual(side.x + side.width);
  await snap(page, 'insights-table-scrolled');
});

test('the Notes panel shows each note’s replies', async ({ page }) => {
  await openJourney(page, SAMPLE);
  await page.getByRole('tab', { name: 'Notes' }).click();
  const note = page
    .getByRole('tabpanel', { name: 'Notes' })
    .getByRole('listitem')
    .filter({ hasText: 'Delivery dates are promised before stock is confirmed.' });
  await expect(note.getByRole('list', { name: 'Replies' })).toHaveText(
    'Luis Logistics can confirm stock within 24 h if asked.',
  );
});

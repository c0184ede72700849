import { expect, test, type Locator, type Page } from '@playwright/test';
import { fitWholeMap, fromMoreMenu, openApp, openJourney, reloadJourney, snap } from './helpers';

const LANE_HEIGHT = 392; // renderer/canvas/geometry.ts: 6 steps × 44 + card 88 + padding 2 × 20

async function centre(locator: Locator) {
  const box = (await locator.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2, box };
}

/** Drag a card so that its centre lands at (x, y) on screen. */
async function dragCardTo(page: Page, card: Locator, x: number, y: number) {
  const from = await centre(card);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 10, from.y + 10, { steps: 3 });
  await page.mouse.move(x, y, { steps: 12 });
  await page.mouse.up();
}

/** Screen y of a card centre for an emotion score in a lane (cell) box. */
function emotionY(cell: { y: number; height: number }, score: number) {
  const zoom = cell.height / LANE_HEIGHT;
  return cell.y + (LANE_HEIGHT / 2 - score * 44) * zoom;
}

const card = (page: Page, title: string) => page.getByRole('button', { name: new RegExp(`^${title}, `) });
const cell = (page: Page, lane: string, stage: string) =>
  page.getByRole('group', { name: `${lane} in ${stage}` });

test.beforeEach(async ({ page }) => {
  await openApp(page);
});

test('creates a journey from each template', async ({ page }) => {
  const templates = [
    ['Customer lifecycle', 'Awareness'],
    ['Relationship phases', 'Reactivation'],
    ['Customer journey map (car dealer)', 'After-sales'],
    ['Blank', 'Stage 2'],
  ];
  for (const [template, stage] of templates) {
    await page.getByRole('button', { name: 'New journey' }).click();
    const dialog = page.getByRole('dialog', { name: 'New journey' });
    await dialog.getByRole('radio', { name: template }).check();
    await dialog.getByRole('button', { name: 'Create journey' }).click();
    await expect(page.getByRole('heading', { level: 1, name: template })).toBeVisible();
    await expect(page.getByRole('button', { name: `Stage name: ${stage}` })).toBeVisible();
    await page.getByRole('button', { name: 'Library' }).click();
  }
  await expect(page.getByRole('list', { name: 'Your journeys' }).getByRole('listitem')).toHaveCount(5);
});

test('creates a Spanish journey whose stages are in Spanish', async ({ page }) => {
  await page.getByRole('button', { name: 'New journey' }).click();
  const dialog = page.getByRole('dialog', { name: 'New journey' });
  await dialog.getByLabel('Language of the map').selectOption('es');
  await dialog.getByRole('radio', { name: 'Ciclo de vida del cliente' }).check();
  await dialog.getByRole('button', { name: 'Create journey' }).click();
  await expect(page.getByRole('button', { name: 'Stage name: Concienciación' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Stage name: Defensa' })).toBeVisible();
});

test('adds a persona, a stage and touchpoints by double-click and by keyboard', async ({ page }) => {
  await openJourney(page, 'Buying a family car');
  await page.getByRole('button', { name: 'Add persona' }).click();
  await page.getByRole('button', { name: 'Add stage' }).click();
  await fitWholeMap(page);
  await expect(page.getByRole('button', { name: 'Persona name: New persona' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Stage name: New stage' })).toBeVisible();

  const target = cell(page, 'New persona', 'Comparison');
  await target.dblclick({ position: { x: 30, y: 30 } });
  const title = page.getByRole('textbox', { name: 'Title' }).first();
  await expect(title).toBeFocused();
  await page.keyboard.type('Asks a friend');
  await page.keyboard.press('Enter');
  await expect(card(page, 'Asks a friend')).toBeVisible();

  await page.keyboard.press('n');
  await page.keyboard.type('Reads reviews');
  await page.keyboard.press('Enter');
  await expect(card(page, 'Reads reviews')).toBeVisible();
  await reloadJourney(page, 'Buying a family car');
  await expect(card(page, 'Asks a friend')).toBeVisible();
  await expect(card(page, 'Reads reviews')).toBeVisible();
});

test('dragging a card changes its emotion and stage, persists, and undoes', async ({ page }) => {
  await openJourney(page, 'Buying a family car');
  const target = await centre(cell(page, 'Laura, new parent', 'Comparison'));
  await dragCardTo(
    page,
    card(page, 'Sees a family-car ad'),
    target.box.x + target.box.width - 20,
    emotionY(target.box, 3),
  );
  await expect(page.getByRole('button', { name: 'Sees a family-car ad, Very positive' })).toBeVisible();
  await card(page, 'Sees a family-car ad').click();
  await expect(page.getByRole('complementary', { name: 'Inspector' })).toContainText(
    'Laura, new parent · Comparison',
  );
  await snap(page, 'inspector-touchpoint');

  await page.waitForTimeout(700); // autosave debounce
  await reloadJourney(page, 'Buying a family car');
  await card(page, 'Sees a family-car ad').click();
  await expect(page.getByRole('complementary', { name: 'Inspector' })).toContainText(
    'Laura, new parent · Comparison',
  );
  await expect(page.getByRole('button', { name: 'Sees a family-car ad, Very positive' })).toBeVisible();
});

test('undo and redo across adding and moving', async ({ page }) => {
  await openJourney(page, 'Buying a family car');
  await fitWholeMap(page);
  const laura = await centre(cell(page, 'Laura, new parent', 'Loyalty'));
  await dragCardTo(page, card(page, 'Maintenance reminder in the app'), laura.x, emotionY(laura.box, -2));
  await expect(page.getByRole('button', { name: 'Maintenance reminder in the app, Negative' })).toBeVisible();
  await page.getByRole('button', { name: 'Add stage' }).click();
  await expect(page.getByRole('button', { name: 'Stage name: New stage' })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('button', { name: 'Stage name: New stage' })).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('button', { name: 'Maintenance reminder in the app, Positive' })).toBeVisible();
  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByRole('button', { name: 'Maintenance reminder in the app, Negative' })).toBeVisible();
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(page.getByRole('button', { name: 'Stage name: New stage' })).toBeVisible();
});

test('multi-select moves several cards at once', async ({ page }) => {
  await openJourney(page, 'Buying a family car');
  await card(page, 'Sees a family-car ad').click();
  await card(page, 'Reads the family-car guide').click({ modifiers: ['Shift'] });
  await expect(page.getByText('2 touchpoints selected')).toBeVisible();
  const first = await centre(card(page, 'Sees a family-car ad'));
  const below = await centre(cell(page, 'Laura, new parent', 'Consideration'));
  // Drag both down by three emotion steps.
  await dragCardTo(
    page,
    card(page, 'Sees a family-car ad'),
    first.x,
    first.y + 3 * 44 * (below.box.height / LANE_HEIGHT),
  );
  await expect(page.getByRole('button', { name: 'Sees a family-car ad, Negative' })).toBeVisible();
  await expect(
    page.getByRole('button', { name: 'Reads the family-car guide, Slightly negative' }),
  ).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('button', { name: 'Sees a family-car ad, Slightly positive' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reads the family-car guide, Positive' })).toBeVisible();
});

test('channel view shows the same touchpoints, one row per channel', async ({ page }) => {
  await openJourney(page, 'Buying a family car');
  await page.getByRole('button', { name: 'Channels', exact: true }).click();
  await fitWholeMap(page);
  for (const channel of ['Web', 'Email', 'Phone', 'Store', 'Social media', 'App']) {
    await expect(page.getByRole('group', { name: `${channel} in Purchase` })).toBeVisible();
  }
  // "Delivery date slips" is on two channels: it shows in both rows.
  await expect(card(page, 'Delivery date slips')).toHaveCount(2);
  await expect(card(page, 'Picks up the car')).toHaveCount(1);
  await snap(page, 'channel-view');
  await page.getByRole('button', { name: 'Personas', exact: true }).click();
  await expect(card(page, 'Delivery date slips')).toHaveCount(1);
});

test('the map overview takes you where you press it; only cards in view are drawn', async ({ page }) => {
  await openJourney(page, 'Buying a family car');
  // Zoomed in on the first stage, the last one is off screen — and not in the page at all.
  await card(page, 'Sees a family-car ad').click();
  for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(card(page, 'Satisfaction call and fleet plan')).toHaveCount(0);
  const overview = page.getByRole('img', { name: 'Map overview' });
  const box = (await overview.boundingBox())!;
  // Near the overview's right end and lower half: Loyalty, Carlos's lane.
  await page.mouse.click(box.x + box.width * 0.9, box.y + box.height * 0.7);
  await expect(card(page, 'Satisfaction call and fleet plan')).toBeInViewport();
  await expect(card(page, 'Sees a family-car ad')).toHaveCount(0);
});

test('filters fade the cards that do not match', async ({ page }) => {
  await openJourney(page, 'Buying a family car');
  await page.getByRole('button', { name: 'Filters' }).click();
  const filters = page.getByRole('region', { name: 'Filters' });
  await filters.getByRole('checkbox', { name: 'Only with open pain points' }).check();
  const faded = card(page, 'Sees a family-car ad').locator('.card');
  await expect(faded).toHaveCSS('opacity', '0.22');
  await expect(card(page, 'Delivery date slips').locator('.card')).toHaveCSS('opacity', '1');
  await filters.getByRole('checkbox', { name: 'Only with open pain points' }).uncheck();
  await filters.getByRole('checkbox', { name: 'Carlos, fleet manager' }).check();
  await expect(faded).toHaveCSS('opacity', '0.22');
  await expect(card(page, 'Calls for a fleet quote').locator('.card')).toHaveCSS('opacity', '1');
  await filters.getByRole('button', { name: 'Clear filters' }).click();
  await expect(faded).toHaveCSS('opacity', '1');
});

test('deleting a stage says what goes with it, and undo brings it all back', async ({ page }) => {
  await openJourney(page, 'Buying a family car');
  await page.getByRole('button', { name: 'Stage name: Purchase' }).click();
  await page.getByRole('button', { name: 'Delete stage' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete stage "Purchase"?' });
  await expect(dialog).toContainText('This also deletes 6 touchpoints (across all 2 scenarios) and 5 notes');
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('button', { name: 'Stage name: Purchase' })).toHaveCount(0);
  await expect(card(page, 'Delivery date slips')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('button', { name: 'Stage name: Purchase' })).toBeVisible();
  await expect(card(page, 'Delivery date slips')).toBeVisible();
});

test('keyboard: select, navigate, change emotion, duplicate and delete', async ({ page }) => {
  await openJourney(page, 'Buying a family car');
  await card(page, 'Sees a family-car ad').click();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('Reads the family-car guide');
  await page.keyboard.press('-');
  await expect(
    page.getByRole('button', { name: 'Reads the family-car guide, Slightly positive' }),
  ).toBeVisible();
  await page.keyboard.press('Control+d');
  await expect(card(page, 'Reads the family-car guide')).toHaveCount(2);
  await page.keyboard.press('Delete');
  await expect(card(page, 'Reads the family-car guide')).toHaveCount(1);
  await page.keyboard.press('F2');
  await page.keyboard.type('Reads the guide');
  await page.keyboard.press('Escape');
  await expect(card(page, 'Reads the family-car guide')).toHaveCount(1);
});

test('switches the interface to Spanish and back, and themes look right', async ({ page }) => {
  await openJourney(page, 'Buying a family car');
  await fromMoreMenu(page, 'Settings');
  await page.getByRole('dialog', { name: 'Settings' }).getByLabel('Interface language').selectOption('es');
  await expect(page.getByRole('dialog', { name: 'Ajustes' })).toBeVisible();
  await page.getByRole('button', { name: 'Cerrar' }).first().click();
  await expect(page.getByRole('button', { name: 'Añadir etapa' })).toBeVisible();
  await reloadJourney(page, 'Buying a family car');
  await expect(page.getByRole('button', { name: 'Añadir etapa' })).toBeVisible();
  await snap(page, 'sample-light-es-ui');
  await fromMoreMenu(page, 'Tema oscuro', 'menuitemcheckbox');
  await snap(page, 'sample-dark-es-ui');
  await fromMoreMenu(page, 'Ajustes');
  await page.getByRole('dialog', { name: 'Ajustes' }).getByLabel('Idioma de la interfaz').selectOption('en');
  await page.getByRole('button', { name: 'Close' }).first().click();
  await expect(page.getByRole('button', { name: 'Add stage' })).toBeVisible();
  await snap(page, 'sample-dark-en');
});

test('drags a stage header to reorder the stages, and undoes it', async ({ page }) => {
  await openJourney(page, 'Buying a family car');
  await fitWholeMap(page);
  const stages = page.getByRole('button', { name: /^Stage name: / });
  await expect(stages).toHaveText(['Consideration', 'Comparison', 'Purchase', 'After-sales', 'Loyalty']);
  const loyalty = await centre(page.getByRole('button', { name: 'Stage name: Loyalty' }));
  const first = await centre(page.getByRole('button', { name: 'Stage name: Consideration' }));
  await page.mouse.move(loyalty.x - 40, loyalty.y + 14);
  await page.mouse.down();
  await page.mouse.move(loyalty.x - 60, loyalty.y + 14, { steps: 3 });
  await page.mouse.move(first.x - 120, loyalty.y + 14, { steps: 15 });
  await page.mouse.up();
  await expect(stages).toHaveText(['Loyalty', 'Consideration', 'Comparison', 'Purchase', 'After-sales']);
  await page.keyboard.press('Control+z');
  await expect(stages).toHaveText(['Consideration', 'Comparison', 'Purchase', 'After-sales', 'Loyalty']);
});

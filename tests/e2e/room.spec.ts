import { expect, test, type Locator, type Page } from '@playwright/test';
import { openApp, openJourney, reloadJourney, snap, toolbarRows } from './helpers';

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

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Boxes of every lane label, and the visible part of every card and header, in workshop mode. */
async function labelsAndMap(page: Page): Promise<{ labels: Box[]; map: Box[] }> {
  const boxes = (selector: string) =>
    page.locator(selector).evaluateAll((els) =>
      els.flatMap((el) => {
        // What the canvas shows of it: the canvas clips what lies past its edges.
        const clip = el.closest('.canvas-wrap, .lane-strip')!.getBoundingClientRect();
        const r = el.getBoundingClientRect();
        const [left, top] = [Math.max(r.left, clip.left), Math.max(r.top, clip.top)];
        const [right, bottom] = [Math.min(r.right, clip.right), Math.min(r.bottom, clip.bottom)];
        return right > left && bottom > top
          ? [{ x: left, y: top, width: right - left, height: bottom - top }]
          : [];
      }),
    );
  return {
    labels: await boxes('.lane-label'),
    map: await boxes(
      '.react-flow__node-touchpoint, .react-flow__node-stageHeader, .react-flow__node-laneHeader',
    ),
  };
}

/** The sample with a third persona, and workshop mode on its first stage, first persona. */
async function workshopWithThreePersonas(page: Page) {
  await openJourney(page, SAMPLE);
  await page.getByRole('button', { name: 'Add persona' }).click();
  await page.getByRole('button', { name: 'Workshop', exact: true }).click();
  const bar = page.getByRole('toolbar', { name: 'Workshop mode' });
  await expect(bar.getByRole('heading', { name: 'Stage 1 of 5: Consideration' })).toBeVisible();
  const picker = bar.getByRole('combobox', { name: 'Persona for new touchpoints' });
  await expect(picker.locator('option')).toHaveText([
    'Laura, new parent',
    'Carlos, fleet manager',
    'New persona',
  ]);
  await picker.selectOption({ label: 'Laura, new parent' });
  return { bar, picker };
}

/** Wait for a step's pan to come to rest on this card, then measure its title. */
async function restingTitlePx(card: Locator): Promise<number> {
  await expect(card).toBeInViewport();
  let last = 0;
  await expect
    .poll(async () => {
      const now = await titlePx(card);
      const still = Math.abs(now - last) < 0.01;
      last = now;
      return still;
    })
    .toBe(true);
  return last;
}

test('workshop mode at 1920×1080: titles larger still, the whole map last', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const { bar } = await workshopWithThreePersonas(page);
  expect(await restingTitlePx(card(page, 'Sees a family-car ad'))).toBeGreaterThanOrEqual(22);
  await snap(page, 'workshop-1920');
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await expect(bar.getByRole('heading', { name: 'The whole map' })).toBeVisible();
  await restingTitlePx(card(page, 'Satisfaction call and fleet plan'));
  await expect(card(page, 'Sees a family-car ad')).toBeInViewport();
  await expect(page.getByRole('textbox', { name: 'Quick capture' })).toBeDisabled();
  await snap(page, 'workshop-1920-whole');
});

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
  await reloadJourney(page, SAMPLE);
  await expect(page.getByRole('complementary', { name: 'Inspector' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Show the side panel' }).click();
  await expect(page.getByRole('complementary', { name: 'Inspector' })).toBeVisible();
  await expect(overview).toHaveCount(0);
  await page.getByRole('button', { name: 'More' }).click();
  await page.getByRole('menuitemcheckbox', { name: 'Map overview' }).click();
  await expect(overview).toBeVisible();
});

test('workshop mode at 1280×720 with 3 personas: titles ≥ 18 px, lane by lane, zoom held, labels over nothing', async ({
  page,
}) => {
  const { bar, picker } = await workshopWithThreePersonas(page);
  const laura = card(page, 'Sees a family-car ad');
  const framed = await restingTitlePx(laura);
  expect(framed).toBeGreaterThanOrEqual(18);
  // Nothing but the map: no overview, no zoom buttons over it; the lane labels beside it cover nothing.
  await expect(page.getByRole('img', { name: 'Map overview' })).toHaveCount(0);
  await expect(page.locator('.react-flow__controls')).toHaveCount(0);
  let { labels, map } = await labelsAndMap(page);
  expect(labels.length).toBeGreaterThan(0);
  expect(map.length).toBeGreaterThan(0);
  for (const label of labels) for (const item of map) expect(overlaps(label, item)).toBe(false);
  await snap(page, 'workshop-1280');

  // ↓ takes the view to the next persona's lane (and quick capture with it), at the same size.
  await page.keyboard.press('ArrowDown');
  await expect(picker.locator('option:checked')).toHaveText('Carlos, fleet manager');
  expect(await restingTitlePx(card(page, 'Receives a fleet newsletter'))).toBeCloseTo(framed, 0);
  ({ labels, map } = await labelsAndMap(page));
  for (const label of labels) for (const item of map) expect(overlaps(label, item)).toBe(false);
  // The picker does the same.
  await picker.selectOption({ label: 'New persona' });
  await expect(page.getByRole('group', { name: 'New persona in Consideration' })).toBeInViewport({
    ratio: 0.9,
  });
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(picker.locator('option:checked')).toHaveText('Laura, new parent');

  // The zoom keys zoom, and the chosen zoom holds on the next stage; Ctrl+0 goes back to the framed size.
  await page.keyboard.press('Control+=');
  const zoomed = await restingTitlePx(laura);
  expect(zoomed).toBeGreaterThan(framed * 1.2);
  await page.keyboard.press('ArrowRight');
  await expect(bar.getByRole('heading', { name: 'Stage 2 of 5: Comparison' })).toBeVisible();
  expect(await restingTitlePx(card(page, 'Compares models online'))).toBeCloseTo(zoomed, 0);
  await page.keyboard.press('Control+0');
  expect(await restingTitlePx(card(page, 'Compares models online'))).toBeCloseTo(framed, 0);
  // A pinch (Ctrl+wheel) holds too.
  const compares = (await card(page, 'Compares models online').boundingBox())!;
  await page.mouse.move(compares.x + compares.width / 2, compares.y + compares.height / 2);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -150);
  await page.keyboard.up('Control');
  const pinched = await restingTitlePx(card(page, 'Compares models online'));
  expect(pinched).toBeGreaterThan(framed * 1.1);
  await page.keyboard.press('ArrowLeft');
  await expect(bar.getByRole('heading', { name: 'Stage 1 of 5: Consideration' })).toBeVisible();
  expect(await restingTitlePx(laura)).toBeCloseTo(pinched, 0);
  await page.keyboard.press('Control+0');
  await page.keyboard.press('ArrowRight');

  // The last step shows the whole map.
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await expect(bar.getByRole('heading', { name: 'The whole map' })).toBeVisible();
  await restingTitlePx(card(page, 'Satisfaction call and fleet plan'));
  for (const title of [
    'Sees a family-car ad',
    'Receives a fleet newsletter',
    'Maintenance reminder in the app',
  ])
    await expect(card(page, title)).toBeInViewport();
  await expect(page.getByRole('group', { name: 'New persona in Loyalty' })).toBeInViewport();
  await snap(page, 'workshop-1280-whole');
});

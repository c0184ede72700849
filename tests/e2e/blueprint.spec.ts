import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import {
  axeViolations,
  card,
  exportAs,
  fitWholeMap,
  fromMoreMenu,
  openMap,
  SCREENSHOTS,
  snap,
} from './helpers';
import { csvRows } from '../unit/helpers/csvRows';

const inspector = (page: Page) => page.getByRole('complementary', { name: 'Inspector' });
const connectors = (page: Page) => page.locator('.blueprint-connector');

/** Show the whole map, select the touchpoint `title` and return the inspector's part named `region`. */
async function selectOnWholeMap(page: Page, title: string, region: string) {
  await fitWholeMap(page);
  await card(page, title).first().click();
  return inspector(page).getByRole('region', { name: region });
}

test.use({ viewport: { width: 1280, height: 720 } });

test.beforeEach(({ page }) => openMap(page, 'Buying a family car'));

test('a backstage card owned by Operations under "Delivery date slips": linked, its connector shown, its layer hidden', async ({
  page,
}) => {
  const behind = await selectOnWholeMap(page, 'Delivery date slips', 'The company behind it');
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
  expect(await axeViolations(page, '.react-flow__node-blueprintCell')).toEqual([]);
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
  await expect(loops.getByRole('listitem')).toHaveCount(1);
  await expect(loops.getByRole('listitem')).toContainText('Loyalty → Consideration');
  await expect(page.locator('.blueprint-loop')).toHaveCount(1);
  await expect(page.locator('.blueprint-loop text')).toHaveText('30 %');

  // Its label and share are edited in place, by keyboard, and undone a field at a time.
  const share = loops.getByRole('spinbutton', { name: 'Share of customers: Loyalty → Consideration (%)' });
  await expect(share).toHaveValue('30');
  await loops.getByRole('textbox', { name: 'What happens: Loyalty → Consideration' }).fill('Next car');
  await page.keyboard.press('Tab');
  await expect(share).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(page.locator('.blueprint-loop text')).toHaveText('Next car · 31 %');
  // (Ctrl+Z in a field is the field's own text undo: the map's undo is the toolbar's.)
  const undo = page.getByRole('button', { name: 'Undo' });
  await undo.click();
  await expect(page.locator('.blueprint-loop text')).toHaveText('Next car · 30 %');
  await undo.click();
  await expect(page.locator('.blueprint-loop text')).toHaveText('30 %');
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(page.locator('.blueprint-loop text')).toHaveText('Next car · 30 %');
  expect(await axeViolations(page, '.side-panel')).toEqual([]);

  const pdf = info.outputPath('loop.pdf');
  await exportAs(page, 'PDF', pdf);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-']).toString('utf8');
  expect(text).toContain('Loops');
  expect(text).toContain('30 %');
  expect(text).toContain('Line of interaction');
  expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');

  // Layers are reordered by drag as well as by their arrow buttons; the map follows; undo puts them back.
  const layers = inspector(page).getByRole('region', { name: 'Blueprint layers' });
  const order = ['Show Frontstage', 'Show Backstage', 'Show Support processes'];
  await expect(layers.getByRole('listitem')).toHaveText(order);
  await layers.getByRole('listitem').nth(2).dragTo(layers.getByRole('listitem').nth(0));
  await expect(layers.getByRole('listitem')).toHaveText([
    'Show Support processes',
    'Show Frontstage',
    'Show Backstage',
  ]);
  await fitWholeMap(page);
  const top = async (name: string) =>
    (await page.getByRole('group', { name: `Blueprint layer ${name}` }).boundingBox())!.y;
  expect(await top('Support processes')).toBeLessThan(await top('Frontstage'));
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(layers.getByRole('listitem')).toHaveText(order);
});

test('three opportunities placed in the impact × effort matrix, by keyboard and by drag, exported as a ranked CSV', async ({
  page,
}, info) => {
  // The sample has two opportunities; a third is added on "Signs the contract".
  await fitWholeMap(page);
  await card(page, 'Signs the contract').first().click();
  await inspector(page)
    .getByRole('combobox', { name: 'Kind of note' })
    .selectOption({ label: 'Opportunity' });
  await inspector(page).getByRole('textbox', { name: 'Note text' }).fill('Show the final price online');
  await inspector(page).getByRole('button', { name: 'Add note' }).click();

  await page.getByRole('tab', { name: 'Insights' }).click();
  const plan = page.getByRole('region', { name: 'Action plan' });
  const matrix = plan.getByRole('group', { name: 'Impact × effort' });
  await expect(matrix.getByRole('button')).toHaveCount(3);

  // Keyboard: the tracker lands in the middle (3, 3), then up to impact 5 and left to effort 1: a quick win.
  const tracker = matrix.getByRole('button', { name: /^Proactive delivery tracker with SMS updates\.: / });
  await tracker.focus();
  for (const key of ['ArrowUp', 'ArrowUp', 'ArrowUp', 'ArrowLeft', 'ArrowLeft', 'ArrowLeft'])
    await page.keyboard.press(key);
  await expect(tracker).toHaveAccessibleName(
    'Proactive delivery tracker with SMS updates.: impact 5, effort 1',
  );
  await expect(tracker).toBeFocused();

  // Drag: the vans to the bottom right (impact 1, effort 5: a money pit), the price to the top right (a big bet).
  const box = (await matrix.boundingBox())!;
  const drag = async (name: RegExp, x: number, y: number) => {
    const token = matrix.getByRole('button', { name });
    const from = (await token.boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * x, box.y + box.height * y, { steps: 5 });
    await page.mouse.up();
  };
  await drag(/^Make courtesy vans standard/, 0.9, 0.9);
  await drag(/^Show the final price online/, 0.9, 0.1);
  await expect(matrix.getByRole('button', { name: /courtesy vans.*impact 1, effort 5$/ })).toBeVisible();
  await expect(matrix.getByRole('button', { name: /final price online.*impact 5, effort 5$/ })).toBeVisible();

  await plan
    .getByRole('combobox', { name: 'Owner: Proactive delivery tracker with SMS updates.' })
    .selectOption({ label: 'Operations' });
  await plan
    .getByRole('combobox', { name: 'Status: Proactive delivery tracker with SMS updates.' })
    .selectOption({
      label: 'Planned',
    });
  await matrix.scrollIntoViewIfNeeded();
  await page.locator('.plan-matrix').screenshot({ path: `${SCREENSHOTS}/plan-matrix.png` });
  expect(await axeViolations(page, '.insights')).toEqual([]);

  const download = page.waitForEvent('download');
  await plan.getByRole('button', { name: 'Export plan as CSV' }).click();
  const path = info.outputPath('plan.csv');
  await (await download).saveAs(path);
  const rows = csvRows(readFileSync(path, 'utf8'));
  expect(rows).toEqual([
    'rank,opportunity,target,impact,effort,quadrant,owner,due,status,open_pain_points',
    '1,Proactive delivery tracker with SMS updates.,Delivery date slips,5,1,Quick win,Operations,,Planned,1',
    '2,Show the final price online,Signs the contract,5,5,Big bet,,,Idea,1',
    '3,Make courtesy vans standard in the fleet plan.,Gets a courtesy van,1,5,Money pit,,,Idea,0',
  ]);
});

test('a loop started from a touchpoint, and a branch whose label and share change after it was added', async ({
  page,
}) => {
  const loops = await selectOnWholeMap(page, 'Delivery date slips', 'Loops from here');
  await loops.getByRole('combobox', { name: 'Back to' }).selectOption({ label: 'Consideration' });
  await loops.getByRole('spinbutton', { name: 'Share of customers (%)' }).fill('10');
  // Space, not Enter: with a touchpoint selected, Enter is the canvas's "edit title" even on a panel button.
  await loops.getByRole('button', { name: 'Start a loop here' }).focus();
  await page.keyboard.press('Space');
  await expect(page.locator('.blueprint-loop')).toHaveCount(1);
  await expect(page.locator('.blueprint-loop text')).toHaveText('10 %');
  await loops
    .getByRole('textbox', { name: 'What happens: Delivery date slips → Consideration' })
    .fill('Shops around again');
  await expect(page.locator('.blueprint-loop text')).toHaveText('Shops around again · 10 %');
  // Emptying the share clears it rather than making it 0 %.
  await loops
    .getByRole('spinbutton', { name: 'Share of customers: Delivery date slips → Consideration (%)' })
    .fill('');
  await expect(page.locator('.blueprint-loop text')).toHaveText('Shops around again');

  const branches = inspector(page).getByRole('region', { name: 'Alternative next steps' });
  await branches.getByRole('radio', { name: 'Picks up the car' }).check();
  await branches.getByRole('button', { name: 'Add branch' }).click();
  const name = '→ Picks up the car';
  await branches.getByRole('textbox', { name: `What happens: ${name}` }).fill('Cancels the order');
  await branches.getByRole('spinbutton', { name: `Share of customers: ${name} (%)` }).fill('5');
  await expect(page.locator('.blueprint-branch text')).toHaveText('Cancels the order · 5 %');
  await snap(page, 'blueprint-loop-and-branch-fields');

  // In Spanish, the same fields by their Spanish names, and Space still starts a loop.
  await fromMoreMenu(page, 'Settings');
  await page.getByRole('dialog', { name: 'Settings' }).getByLabel('Interface language').selectOption('es');
  await page.getByRole('button', { name: 'Cerrar' }).first().click();
  const bucles = inspector(page).getByRole('region', { name: 'Bucles desde aquí' });
  await expect(
    bucles.getByRole('textbox', { name: 'Qué ocurre: Delivery date slips → Consideration' }),
  ).toHaveValue('Shops around again');
  await bucles.getByRole('combobox', { name: 'Vuelve a' }).selectOption({ label: 'Comparison' });
  await bucles.getByRole('button', { name: 'Empezar un bucle aquí' }).focus();
  await page.keyboard.press('Space');
  await expect(page.locator('.blueprint-loop')).toHaveCount(2);
  await expect(
    bucles.getByRole('spinbutton', { name: 'Porcentaje de clientes: Delivery date slips → Comparison (%)' }),
  ).toHaveValue('');
  expect(await axeViolations(page, '.side-panel')).toEqual([]);
});

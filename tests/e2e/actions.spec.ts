import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { axeViolations, deleteForever, fitWholeMap, openApp, openJourney, snap } from './helpers';

/*
 * One way to act: the keys of Save, Open, Print and Export in the browser build, the command palette and
 * the canvas's context menu all run the actions of the registry.
 */

test.use({ viewport: { width: 1280, height: 720 } });

const SAMPLE = 'Buying a family car';

const stageCount = (page: Page, title: string) =>
  page
    .getByRole('listitem')
    .filter({ hasText: title })
    .getByText(/\d+ stages/);

test('Ctrl+S downloads the .trayecto, Ctrl+O opens it again; Ctrl+P and Ctrl+Shift+E open the export', async ({
  page,
}, info) => {
  await openApp(page);
  await openJourney(page, SAMPLE);
  await page.getByRole('button', { name: 'Add stage' }).click();

  const download = page.waitForEvent('download');
  await page.keyboard.press('Control+s');
  const file = await download;
  expect(file.suggestedFilename()).toBe(`${SAMPLE}.trayecto`);
  const path = info.outputPath(file.suggestedFilename());
  await file.saveAs(path);
  expect(JSON.parse(readFileSync(path, 'utf8')).journey.stages).toHaveLength(6);

  // Print is Export → PDF; Ctrl+Shift+E the export dialog, on the image.
  await page.keyboard.press('Control+p');
  const exporting = page.getByRole('dialog', { name: 'Export' });
  await expect(exporting.getByRole('radio', { name: 'PDF' })).toBeChecked();
  await exporting.getByRole('button', { name: 'Close' }).click();
  await page.keyboard.press('Control+Shift+E');
  await expect(exporting.getByRole('radio', { name: 'PNG image' })).toBeChecked();
  await exporting.getByRole('button', { name: 'Close' }).click();

  // The shortcuts dialog lists them, by where they apply.
  await page.keyboard.press('Control+/');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  const mapKeys = help.getByRole('table', { name: 'With a map open' });
  await expect(mapKeys.getByRole('row', { name: 'Save Ctrl+S', exact: true })).toBeVisible();
  await expect(mapKeys.getByRole('row', { name: 'Export PDF… Ctrl+P', exact: true })).toBeVisible();
  await snap(page, 'actions-shortcuts');
  await help.getByRole('button', { name: 'Close' }).click();

  // Gone from the library, then back from the downloaded file, with the stage added.
  await page.getByRole('button', { name: 'Library' }).click();
  await deleteForever(page, SAMPLE);
  await expect(page.getByRole('listitem').filter({ hasText: SAMPLE })).toHaveCount(0);
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Control+o');
  await (await chooser).setFiles(path);
  await expect(page.getByRole('heading', { level: 1, name: SAMPLE })).toBeVisible();
  await page.getByRole('button', { name: 'Library' }).click();
  await expect(stageCount(page, SAMPLE)).toContainText('6 stages');
});

test.describe('in Spanish', () => {
  test.use({ locale: 'es-ES' });

  test('the command palette finds “Exportar PDF” and runs it: a PDF downloads', async ({ page }) => {
    await page.goto('/#/');
    await openJourney(page, 'Comprar un coche familiar');
    await page.keyboard.press('Control+Shift+P');
    const palette = page.getByRole('dialog', { name: 'Paleta de comandos' });
    const search = palette.getByRole('combobox', { name: 'Escribe una acción' });
    await expect(search).toBeFocused();
    // Every action that can run, with its keys.
    await expect(palette.getByRole('option', { name: /^Deshacer/ })).toHaveCount(0); // nothing to undo yet
    await expect(palette.getByRole('option', { name: 'Guardar Ctrl+S' })).toBeVisible();
    await search.fill('Exportar PDF');
    await expect(palette.getByRole('option')).toHaveText(['Exportar PDF…Ctrl+P']);
    await expect(search).toHaveAttribute(
      'aria-activedescendant',
      (await palette.getByRole('option').getAttribute('id'))!,
    );
    expect(await axeViolations(page, '.palette')).toEqual([]);
    await snap(page, 'actions-palette-es');
    await search.press('Enter');

    const exporting = page.getByRole('dialog', { name: 'Exportar' });
    await expect(exporting.getByRole('radio', { name: 'PDF' })).toBeChecked();
    const download = page.waitForEvent('download');
    await exporting.getByRole('button', { name: 'Exportar', exact: true }).click();
    expect((await download).suggestedFilename()).toMatch(/\.pdf$/);
  });

  test('the toolbar’s views are actions: the palette shows the filters, Ctrl+Shift+F hides them', async ({
    page,
  }) => {
    await page.goto('/#/');
    await openJourney(page, 'Comprar un coche familiar');
    const filters = page.getByRole('region', { name: 'Filtros' });
    await expect(filters).toHaveCount(0);
    await page.keyboard.press('Control+Shift+P');
    const palette = page.getByRole('dialog', { name: 'Paleta de comandos' });
    await palette.getByRole('combobox', { name: 'Escribe una acción' }).fill('filtros');
    await expect(palette.getByRole('option')).toHaveText(['FiltrosCtrl+Shift+F']);
    await page.keyboard.press('Enter');
    await expect(filters).toBeVisible();
    await expect(page.getByRole('button', { name: 'Filtros', exact: true })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    await page.keyboard.press('Control+Shift+F');
    await expect(filters).toHaveCount(0);
    // The side panel's tabs too.
    await page.keyboard.press('Control+Shift+P');
    await palette.getByRole('combobox').fill('investigacion');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('tab', { name: 'Investigación' })).toHaveAttribute('aria-selected', 'true');
  });
});

test('workshop mode’s keys are listed with the others and step through the stages', async ({ page }) => {
  await openApp(page);
  await openJourney(page, SAMPLE);
  await page.getByRole('button', { name: 'Workshop', exact: true }).click();
  const bar = page.getByRole('toolbar', { name: 'Workshop mode' });
  await expect(bar.getByRole('heading', { name: 'Stage 1 of 5: Consideration' })).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(bar.getByRole('heading', { name: 'Stage 2 of 5: Comparison' })).toBeVisible();
  await page.keyboard.press('Control+/');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  const workshopKeys = help.getByRole('table', { name: 'In workshop mode' });
  await expect(workshopKeys.getByRole('row', { name: 'Next stage →Page Down', exact: true })).toBeVisible();
  await expect(workshopKeys.getByRole('row', { name: 'Leave workshop mode Esc', exact: true })).toBeVisible();
  await help.getByRole('button', { name: 'Close' }).click();
  await page.keyboard.press('ArrowLeft');
  await expect(bar.getByRole('heading', { name: 'Stage 1 of 5: Consideration' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Add stage' })).toBeVisible();
});

test('the canvas context menu adds a touchpoint in the cell right-clicked, and works from the keyboard', async ({
  page,
}) => {
  await openApp(page);
  await openJourney(page, SAMPLE);
  await page.getByRole('button', { name: 'Add persona' }).click();
  await fitWholeMap(page);

  // Near the top of an empty cell: a good moment, in that lane and stage.
  const cell = page.getByRole('group', { name: 'New persona in Purchase' });
  const box = (await cell.boundingBox())!;
  await cell.click({ button: 'right', position: { x: box.width / 2, y: 12 } });
  const menu = page.getByRole('menu', { name: 'Actions on New persona in Purchase' });
  await expect(menu.getByRole('menuitem')).toHaveText(['Add touchpointN', 'PasteCtrl+V']);
  await expect(menu.getByRole('menuitem', { name: 'Paste', exact: true })).toBeDisabled(); // nothing copied yet
  expect(await axeViolations(page, '[role="menu"]')).toEqual([]);
  await snap(page, 'actions-context-menu-cell');
  await menu.getByRole('menuitem', { name: /^Add touchpoint/ }).click();
  await page.keyboard.type('Test drive booked');
  await page.keyboard.press('Enter');
  const card = page.getByRole('button', { name: /^Test drive booked,/ });
  await expect(card).toHaveAccessibleName(/positive$/i);
  await expect(page.getByRole('complementary', { name: 'Inspector' })).toContainText(
    'New persona · Purchase',
  );

  // Shift+F10 on the focused card: its menu; the arrows and Enter choose. The pointer is moved out of the way
  // first, as a keyboard user's would be: an item that opens under it takes the focus (Radix follows the pointer).
  await page.mouse.move(1, 1);
  await card.focus();
  await page.keyboard.press('Shift+F10');
  const cardMenu = page.getByRole('menu', { name: /^Actions on Test drive booked/ });
  await expect(cardMenu.getByRole('menuitem', { name: /^Add note/ })).toBeVisible();
  expect(await axeViolations(page, '[role="menu"]')).toEqual([]);
  await snap(page, 'actions-context-menu-card');
  const before = await card.getAttribute('aria-label');
  // The menu takes the focus as it opens (on itself or its first item): Home is its first item either way.
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.closest('[role="menu"]') !== null))
    .toBe(true);
  await page.keyboard.press('Home'); // Edit title
  await expect(cardMenu.getByRole('menuitem', { name: /^Edit title/ })).toBeFocused();
  // Radix moves the focus a task after each arrow: a second key pressed before then starts from the same item.
  // A person's keys are never that fast; the test waits for each move.
  await page.keyboard.press('ArrowDown');
  await expect(cardMenu.getByRole('menuitem', { name: /^Feel better/ })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(cardMenu.getByRole('menuitem', { name: /^Feel worse/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(cardMenu).toBeHidden();
  await expect(card).not.toHaveAttribute('aria-label', before!);
  await expect(card).toBeFocused();

  // Emotion ▸ Very negative: one of the seven, from a submenu.
  await card.click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Emotion' }).hover();
  await page.getByRole('menuitem', { name: 'Emotion: Very negative' }).click();
  await expect(card).toHaveAccessibleName('Test drive booked, Very negative');

  // Copy from one card's menu, paste into another cell from its own.
  await card.click({ button: 'right' });
  await page.getByRole('menuitem', { name: /^Copy/ }).click();
  const other = page.getByRole('group', { name: 'New persona in Loyalty' });
  await other.click({ button: 'right', position: { x: 20, y: 12 } });
  await page.getByRole('menuitem', { name: /^Paste/ }).click();
  await expect(page.getByRole('button', { name: /^Test drive booked,/ })).toHaveCount(2);
  await expect(page.getByRole('complementary', { name: 'Inspector' })).toContainText('New persona · Loyalty');
});

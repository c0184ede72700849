import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { card, expectRefused, fromMoreMenu, openApp, openFromDisk, snap } from './helpers';

// The example on Mermaid's user-journey syntax page, and what Trayecto writes back.
const WORKING_DAY = readFileSync('tests/fixtures/mermaid/working-day.mmd', 'utf8');
const WRITTEN = readFileSync('tests/fixtures/mermaid/working-day.written.mmd', 'utf8');

async function pasteDiagram(
  page: Page,
  text: string,
  names = { open: 'Import Mermaid…', title: 'Import a Mermaid journey' },
) {
  await page.getByRole('button', { name: names.open }).click();
  const dialog = page.getByRole('dialog', { name: names.title });
  await dialog.getByRole('textbox').fill(text);
  await dialog.getByRole('button', { name: /^(Import|Importar)$/ }).click();
}

test('a pasted Mermaid journey becomes a map, and exports back as the same text (copy and file)', async ({
  page,
  context,
}, info) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page);
  await pasteDiagram(page, WORKING_DAY);
  await expect(page.getByRole('heading', { level: 1, name: 'My working day' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Stage name: Go to work' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Stage name: Go home' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Cat in Go to work' })).toBeVisible();
  await expect(card(page, 'Make tea')).toHaveCount(1);
  await expect(card(page, 'Do work')).toHaveCount(2);
  await expect(card(page, 'Make tea')).toHaveAccessibleName(/Very positive/);
  await snap(page, 'mermaid-imported');

  await fromMoreMenu(page, 'Export as Mermaid…');
  const dialog = page.getByRole('dialog', { name: 'Export as Mermaid' });
  await expect(dialog.getByRole('textbox', { name: 'Mermaid text' })).toHaveValue(WRITTEN);
  await page.setViewportSize({ width: 1280, height: 720 });
  await expect(dialog.getByRole('button', { name: 'Save file…' })).toBeInViewport();
  await snap(page, 'mermaid-export-1280');
  await dialog.getByRole('button', { name: 'Copy' }).click();
  await expect(page.getByRole('alert')).toContainText('Copied the Mermaid text.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(WRITTEN);

  await fromMoreMenu(page, 'Export as Mermaid…');
  await dialog.getByRole('radio', { name: 'One diagram per persona (Markdown)' }).check();
  await expect(dialog.getByRole('textbox', { name: 'Mermaid text' })).toHaveValue(/^```mermaid\njourney/);
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save file…' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('My working day.md');
  const path = info.outputPath('day.md');
  await file.saveAs(path);
  const markdown = readFileSync(path, 'utf8');
  expect(markdown.match(/^```mermaid$/gm)).toHaveLength(2);
  expect(markdown).toContain('  section Go to work\n    Do work: 1: Cat\n  section Go home\n');
});

test('a .mmd file opens through Open file…, and scores outside 1–5 are reported', async ({ page }) => {
  await openApp(page);
  await openFromDisk(page, 'tests/fixtures/good/gym-journey.mmd');
  await expect(page.getByRole('heading', { level: 1, name: 'Gym membership' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Coach in Train' })).toBeVisible();
  await expect(card(page, 'Locker broken')).toHaveAccessibleName(/Very negative/);
  await page.getByRole('button', { name: 'Library' }).click();
  await pasteDiagram(page, 'journey\n  section Wait\n    Queue: 0: Me\n');
  await expect(page.getByRole('alert')).toContainText(
    'line 3: score "0" is not a whole number from 1 to 5; imported as 1',
  );
});

test('what Mermaid refuses is refused with its line, and nothing is added', async ({ page }) => {
  await openApp(page);
  await expectRefused(
    page,
    'tests/fixtures/bad/mermaid-task-without-score.mmd',
    'Mermaid cannot read line 5: "Pay" is not a title, section or task',
  );
});

test.describe('in Spanish', () => {
  test.use({ locale: 'es-ES' });
  test('the import dialog and its refusal are in Spanish', async ({ page }, info) => {
    await openApp(page);
    await pasteDiagram(page, 'journey\n  title Gimnasio\n  Apuntarse\n', {
      open: 'Importar Mermaid…',
      title: 'Importar un journey de Mermaid',
    });
    const dialog = page.getByRole('dialog', { name: 'Importar un journey de Mermaid' });
    await expect(dialog.getByRole('alert')).toContainText(
      'Mermaid no puede leer la línea 3: «Apuntarse» no es un título',
    );
    // The pasted text stays, to be corrected and imported.
    await dialog.getByRole('textbox').fill('journey\n  title Gimnasio\n  Apuntarse: 4: Socia\n');
    await dialog.getByRole('button', { name: 'Importar' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Gimnasio' })).toBeVisible();
    await page.getByRole('button', { name: 'Biblioteca' }).click();
    await pasteDiagram(page, 'journey\n  Apuntarse\n', {
      open: 'Importar Mermaid…',
      title: 'Importar un journey de Mermaid',
    });
    await expect(dialog.getByRole('textbox')).toHaveValue('journey\n  Apuntarse\n');
    await page.setViewportSize({ width: 1280, height: 720 });
    await snap(page, `mermaid-refused-es-${info.project.name || 'chromium'}`);
  });
});

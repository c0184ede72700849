import AxeBuilder from '@axe-core/playwright';
import { expect, type FileChooser, type Locator, type Page } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';

export const SCREENSHOTS = 'tests/e2e/__screenshots__';

/** Save a screenshot for people to look at (an ignored artefact, not a visual assertion). */
export async function snap(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png` });
}

/** Open the app at its library (`#/`; a plain first visit opens the sample map) and wait for it. */
export async function openApp(page: Page): Promise<void> {
  // File choosers are intercepted from the start. Playwright turns the interception on without waiting when a
  // test first waits for a chooser, and on a loaded machine the key or click right after could beat it: the
  // chooser then never reached the test (a full run once lost the one Ctrl+O opens).
  page.on('filechooser', () => {});
  await page.goto('/#/');
  await expect(page.getByRole('heading', { name: /Your journeys|Tus trayectos/ })).toBeVisible();
}

/** Reload the page with a map open: the same map comes back (its address is `#/journey/<id>`). */
export async function reloadJourney(page: Page, title: string): Promise<void> {
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

export async function openJourney(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: new RegExp(`^(Open|Abrir) ${title}$`) }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

/** Open the app and, from its library, the map titled `title`. */
export async function openMap(page: Page, title: string): Promise<void> {
  await openApp(page);
  await openJourney(page, title);
}

/** A card on the canvas: a button named by its title, then what it shows. */
export const card = (page: Page, title: string) =>
  page.getByRole('button', { name: new RegExp(`^${title}, `) });

/** Each card's name says its emotion, and its face shows its channel (in the cell named `cell`, if given). */
export async function expectCards(
  page: Page,
  cards: readonly (readonly [title: string, emotion: string, channel: string])[],
  cell?: string,
): Promise<void> {
  for (const [title, emotion, channel] of cards) {
    await expect(card(page, title)).toHaveAccessibleName(new RegExp(`^${title}, ${emotion}`));
    await expect(card(page, title)).toContainText(channel);
    if (cell) await expectInCell(page, title, cell);
  }
}

/** Press the button named `button` in the dialog named `dialog`. */
export async function answerDialog(page: Page, dialog: string, button: string): Promise<void> {
  await page.getByRole('dialog', { name: dialog }).getByRole('button', { name: button }).click();
}

/** Show the whole map (a large map opens at a readable zoom, at its beginning) and wait for the view to settle. */
export async function fitWholeMap(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Fit to view' }).click();
  const viewport = page.locator('.react-flow__viewport');
  let last: string | null = null;
  await expect
    .poll(async () => {
      const now = await viewport.getAttribute('style');
      const settled = now === last;
      last = now;
      return settled;
    })
    .toBe(true);
}

/** Choose an entry of the editor toolbar's "More" menu (in English or Spanish). */
export async function fromMoreMenu(
  page: Page,
  name: string,
  role: 'menuitem' | 'menuitemcheckbox' = 'menuitem',
) {
  await page.getByRole('button', { name: /^(More|Más)$/ }).click();
  await page.getByRole('menu').getByRole(role, { name }).click();
}

/** In the library: move a journey to the trash, then empty the trash (it is gone for good). */
export async function deleteForever(page: Page, title: string): Promise<void> {
  await page
    .getByRole('group', { name: `Actions for ${title}` })
    .getByRole('button', { name: 'Move to trash' })
    .click();
  await page.getByRole('button', { name: /^Trash/ }).click();
  await page.getByRole('button', { name: 'Empty trash' }).click();
  await answerDialog(page, 'Empty trash', 'Delete forever');
  await expect(page.getByText('The trash is empty.')).toBeVisible();
}

/** Keep an exported file beside the screenshots, for people to look at. */
export function keepArtifact(name: string, bytes: Buffer): void {
  mkdirSync(SCREENSHOTS, { recursive: true });
  writeFileSync(`${SCREENSHOTS}/${name}`, bytes);
}

/**
 * Export the open journey through the Export dialog (at a `ratio`, or set up by `setUp`), save the download
 * at `path` and return its bytes.
 */
export async function exportAs(
  page: Page,
  format: string,
  path: string,
  options: { ratio?: string; setUp?: (dialog: Locator) => Promise<void> } = {},
) {
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: format }).check();
  if (options.ratio) await dialog.getByRole('combobox', { name: 'Resolution' }).selectOption(options.ratio);
  await options.setUp?.(dialog);
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await (await download).saveAs(path);
  await expect(page.getByRole('alert')).toContainText('Saved');
  return readFileSync(path);
}

/**
 * Choose a file (on disk, or made by the test) through a button that asks for one: the library's Open file…
 * unless named otherwise, in the app's language.
 */
export async function openFromDisk(
  page: Page,
  file: Parameters<FileChooser['setFiles']>[0],
  button = 'Open file…',
) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button }).click();
  await (await chooser).setFiles(file);
}

/** Open a file the app refuses: its dialog says why and that the library is unchanged (still its one map). */
export async function expectRefused(page: Page, path: string, reason: string): Promise<void> {
  await openFromDisk(page, path);
  const dialog = page.getByRole('dialog', { name: `Could not open ${basename(path)}` });
  await expect(dialog).toContainText(reason);
  await expect(dialog).toContainText('Your library was not changed.');
  await dialog.getByRole('button', { name: 'Close' }).first().click();
  await expect(page.getByRole('list', { name: 'Your journeys' }).getByRole('listitem')).toHaveCount(1);
}

/** Merge a teammate's copy of the open map from the file at `path` (More → Merge a copy…). */
export async function mergeCopy(page: Page, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await fromMoreMenu(page, 'Merge a copy…');
  await (await chooser).setFiles(path);
}

/** How many rows the editor's toolbar takes (its controls' vertical centres, to 20 px). */
export async function toolbarRows(page: Page): Promise<number> {
  const centres = await page
    .locator('header.topbar')
    .locator('button:visible, select:visible, h1, [role="status"]')
    .evaluateAll((els) =>
      els.map((el) => {
        const box = el.getBoundingClientRect();
        return Math.round(box.top + box.height / 2);
      }),
    );
  return new Set(centres.map((c) => Math.round(c / 20))).size;
}

/** Every axe-core violation on the page as it is now (WCAG 2.x A and AA, and best practices). */
export async function axeViolations(page: Page, include?: string) {
  let axe = new AxeBuilder({ page });
  if (include) axe = axe.include(include);
  const { violations } = await axe.analyze();
  return violations.map((v) => ({
    rule: v.id,
    help: v.help,
    nodes: v.nodes.map((n) => `${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim()}`),
  }));
}

/** A card (a button named by its title) lies inside a cell (a group named "persona in stage"). */
export async function expectInCell(page: Page, title: string, cellName: string): Promise<void> {
  const box = (await page.getByRole('group', { name: cellName }).boundingBox())!;
  const at = (await card(page, title).boundingBox())!;
  expect(at.x).toBeGreaterThanOrEqual(box.x);
  expect(at.x + at.width).toBeLessThanOrEqual(box.x + box.width + 1);
  expect(at.y).toBeGreaterThanOrEqual(box.y);
  expect(at.y + at.height).toBeLessThanOrEqual(box.y + box.height + 1);
}

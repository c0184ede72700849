import { expect, type Page } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

export const SCREENSHOTS = 'tests/e2e/__screenshots__';

/** Save a screenshot for people to look at (an ignored artefact, not a visual assertion). */
export async function snap(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png` });
}

/** Open the app at its library (`#/`; a plain first visit opens the sample map) and wait for it. */
export async function openApp(page: Page): Promise<void> {
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

/** In the library: move a journey to the trash, then empty the trash (it is gone for good). */
export async function deleteForever(page: Page, title: string): Promise<void> {
  await page
    .getByRole('group', { name: `Actions for ${title}` })
    .getByRole('button', { name: 'Move to trash' })
    .click();
  await page.getByRole('button', { name: /^Trash/ }).click();
  await page.getByRole('button', { name: 'Empty trash' }).click();
  await page
    .getByRole('dialog', { name: 'Empty trash' })
    .getByRole('button', { name: 'Delete forever' })
    .click();
  await expect(page.getByText('The trash is empty.')).toBeVisible();
}

/** Keep an exported file beside the screenshots, for people to look at. */
export function keepArtifact(name: string, bytes: Buffer): void {
  mkdirSync(SCREENSHOTS, { recursive: true });
  writeFileSync(`${SCREENSHOTS}/${name}`, bytes);
}

type PrintedWindow = Window & { printed?: Node };

/**
 * The browser build prints its PDF with `window.print()`, and takes the printed pages down as
 * soon as it returns: stub it to keep a copy of the whole document as it was printed.
 */
export async function capturePrint(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.print = () => {
      (window as PrintedWindow).printed = document.documentElement.cloneNode(true);
    };
  });
}

/** Put the document as it was printed back on the page, in print media (the app is gone after this). */
export async function showPrinted(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as PrintedWindow).printed !== undefined);
  await page.evaluate(() =>
    document.replaceChild((window as PrintedWindow).printed!, document.documentElement),
  );
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => document.fonts.ready);
}

/** Export the open journey through the Export dialog, save the download at `path` and return its bytes. */
export async function exportAs(page: Page, format: string, path: string, options: { ratio?: string } = {}) {
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: format }).check();
  if (options.ratio) await dialog.getByRole('combobox', { name: 'Resolution' }).selectOption(options.ratio);
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await (await download).saveAs(path);
  await expect(page.getByRole('alert')).toContainText('Saved');
  return readFileSync(path);
}

/** Open a file through the library's Open file… button. */
export async function openFromDisk(page: Page, path: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open file…' }).click();
  await (await chooser).setFiles(path);
}

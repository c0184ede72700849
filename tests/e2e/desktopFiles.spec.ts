import { expect, test, type Page } from '@playwright/test';
import type { FileResult, OpenedFilePayload, TrayectoBridge } from '../../electron/shared/ipc';
import type { ActionId } from '../../src/actions';
import { embedDocumentInPng, journeyToCsv, writeTrayecto } from '../../src/formats';
import { smallJourney } from '../unit/helpers/smallJourney';
import { fromMoreMenu, openApp, openJourney, snap } from './helpers';

/*
 * The desktop renderer in Chromium: the preload bridge is played by the page itself (Electron's
 * binary is not available here), answering as main does. The OS opens files, the native menu
 * saves; what goes to the bridge and what the user reads are checked.
 */

interface FakeHost {
  saves: { name: string; path?: string; text: string }[];
  saveResult?: FileResult<{ path: string }>;
  openRequest?: (file: OpenedFilePayload) => void;
  menu?: (action: ActionId) => void;
}
type WithHost = Window & { host: FakeHost };

async function installFakeDesktop(page: Page) {
  await page.addInitScript(() => {
    const host: FakeHost = { saves: [] };
    const win = window as unknown as WithHost;
    win.host = host;
    const bridge: TrayectoBridge = {
      files: {
        open: async () => ({ ok: true, value: undefined }),
        save: async (bytes, name, _filters, path) => {
          host.saves.push({ name, path, text: new TextDecoder().decode(bytes) });
          return host.saveResult ?? { ok: true, value: { path: path ?? `/chosen/${name}` } };
        },
        onOpenRequest: (handler) => {
          host.openRequest = handler;
          return () => {};
        },
      },
      menu: {
        onCommand: (handler) => {
          host.menu = handler;
          return () => {};
        },
      },
      app: { setLanguage: async () => {}, setDocumentState: async () => {}, ready: async () => {} },
    };
    win.trayecto = bridge;
  });
}

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
const journey = (id: string, title: string) => ({ ...smallJourney(), id, title });
const FILES = [
  { name: 'Gym visit.csv', path: '/maps/Gym visit.csv', bytes: journeyToCsv(journey('gym', 'Gym')) },
  { name: 'Hotel.trayecto', path: '/maps/Hotel.trayecto', bytes: writeTrayecto(journey('hotel', 'Hotel')) },
  {
    name: 'Bank.png',
    path: '/maps/Bank.png',
    bytes: embedDocumentInPng(new Uint8Array(PNG), writeTrayecto(journey('bank', 'Bank'))),
  },
].map((file) => ({
  ...file,
  bytes: [...(typeof file.bytes === 'string' ? new TextEncoder().encode(file.bytes) : file.bytes)],
}));

const menu = (page: Page, command: ActionId) =>
  page.evaluate((c) => (window as unknown as WithHost).host.menu!(c), command);
const lastSave = (page: Page) => page.evaluate(() => (window as unknown as WithHost).host.saves.at(-1));

test.use({ viewport: { width: 1280, height: 720 } });

test('three files from the OS all open; Save asks where for the CSV’s map, writes back the .trayecto, and says why it failed', async ({
  page,
}) => {
  await installFakeDesktop(page);
  await openApp(page);
  await page.evaluate((files) => {
    const host = (window as unknown as WithHost).host;
    for (const f of files) host.openRequest!({ ...f, bytes: new Uint8Array(f.bytes) });
  }, FILES);
  await expect(page.getByRole('heading', { level: 1, name: 'Bank' })).toBeVisible();
  await page.getByRole('button', { name: 'Library' }).click();
  const maps = page.getByRole('list', { name: 'Your journeys' }).getByRole('listitem');
  await expect(maps).toHaveCount(4);

  await openJourney(page, 'Gym visit');
  await menu(page, 'save');
  await expect(page.getByRole('alert')).toHaveText(/Saved Gym visit\.trayecto\./);
  const fromCsv = await lastSave(page);
  expect(fromCsv).toMatchObject({ name: 'Gym visit.trayecto', path: undefined });
  expect(JSON.parse(fromCsv!.text)).toMatchObject({ format: 'trayecto' });

  await page.getByRole('button', { name: 'Library' }).click();
  await openJourney(page, 'Hotel');
  await menu(page, 'save');
  await expect(page.getByRole('alert')).toHaveText(/Saved Hotel\.trayecto\./);
  expect(await lastSave(page)).toMatchObject({ path: '/maps/Hotel.trayecto' });

  // Main words its errors in the language the renderer told it (electron/main/fileIo.ts).
  const failWith = (message: string) =>
    page.evaluate((m) => {
      const error = { kind: 'readOnlyFolder' as const, message: m, path: '/maps/Hotel.trayecto' };
      (window as unknown as WithHost).host.saveResult = { ok: false, error };
    }, message);
  const reason = '"Hotel.trayecto" could not be saved: its folder is read-only or you may not write in it.';
  await failWith(reason);
  await menu(page, 'save');
  await expect(page.getByRole('alert')).toHaveText(new RegExp(`The file was not written\\. ${reason}`));
  await snap(page, 'desktop-save-failed-en');

  await fromMoreMenu(page, 'Settings');
  await page.getByRole('dialog', { name: 'Settings' }).getByLabel('Interface language').selectOption('es');
  await page.getByRole('button', { name: 'Cerrar' }).first().click();
  const motivo =
    'No se pudo guardar «Hotel.trayecto»: su carpeta es de solo lectura o no puedes escribir en ella.';
  await failWith(motivo);
  await menu(page, 'save');
  await expect(page.getByRole('alert')).toHaveText(new RegExp(`No se escribió el archivo\\. ${motivo}`));
  await snap(page, 'desktop-save-failed-es');
});

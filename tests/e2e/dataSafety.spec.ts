import { expect, test, type Locator, type Page } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeTrayecto } from '../../src/formats';
import { blankPersona, LIMITS } from '../../src/model';
import { createSampleJourney } from '../../src/templates';
import {
  deleteForever,
  fitWholeMap,
  fromMoreMenu,
  openApp,
  openFromDisk,
  openJourney,
  reloadJourney,
  snap,
} from './helpers';

// Issue 13, "Never lose a user's work": each test reproduces one way work was lost, as a user meets it.

const SAMPLE = 'Buying a family car';
const status = (page: Page) => page.getByRole('status').filter({ hasText: /^(Saved|Saving…|Not saved)$/ });
const stageNames = (page: Page) => page.getByRole('button', { name: /^Stage name: / });
const SAMPLE_STAGES = createSampleJourney('en', { now: new Date().toISOString() }).stages.length;
/** The stages on the map, all of it in view: the canvas puts in the page only what is on screen. */
async function expectStages(page: Page, count: number): Promise<void> {
  await fitWholeMap(page);
  await expect(stageNames(page)).toHaveCount(count);
}
const personaNames = (page: Page) => page.getByRole('button', { name: /^Persona name: / });
const library = (page: Page) => page.getByRole('list', { name: 'Your journeys' });
const backToLibrary = (page: Page) => page.getByRole('button', { name: 'Library', exact: true }).click();

/** Make IndexedDB `put` throw QuotaExceededError while `failPuts` is true (a full disk): in the page and its workers. */
function failingPuts() {
  const patched = globalThis as { putsCanFail?: boolean };
  if (patched.putsCanFail) return;
  patched.putsCanFail = true;
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
    if ((globalThis as { failPuts?: boolean }).failPuts) {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    return put.apply(this, args);
  };
}
async function fullDiskSwitch(page: Page) {
  await page.addInitScript(failingPuts);
  // A worker that starts as the test ends cannot be reached: nothing to patch then.
  page.on('worker', (worker) => void worker.evaluate(failingPuts).catch(() => {}));
}
async function setDiskFull(page: Page, full: boolean) {
  const set = (value: boolean) => ((globalThis as { failPuts?: boolean }).failPuts = value);
  await page.evaluate(set, full);
  // Patched here too, not only as it starts: a worker just started may not have been reached yet.
  for (const worker of page.workers()) {
    await worker.evaluate(failingPuts);
    await worker.evaluate(set, full);
  }
}
/**
 * Open the map and wait for its save worker: each open map saves through a worker of its own, started as it
 * opens, and a disk made full before that worker is there would stay empty for it.
 */
async function openWithSaveWorker(page: Page, title: string) {
  const started = page.waitForEvent('worker');
  await openJourney(page, title);
  await started;
}
/**
 * Stop the page's clock (installed with `page.clock.install()`) about where it is. Reading the page's time and
 * pausing are two round trips, and the clock runs between them: on a loaded machine it can run past the time
 * read, and Playwright refuses to go back. Then it is read again.
 */
async function pauseClock(page: Page) {
  for (let attempt = 1; ; attempt++) {
    const now = await page.evaluate(() => Date.now());
    try {
      await page.clock.pauseAt(now + 20);
      return;
    } catch (error) {
      if (attempt === 5 || !String(error).includes('to the past')) throw error;
    }
  }
}
/**
 * The disk has room again and the user presses Retry. The page's clock stands still meanwhile: the automatic
 * retry, 2 s, 5 s… after a failure, would otherwise save first and take the button away before it is pressed.
 */
async function freeDiskAndRetry(page: Page, retry: Locator) {
  await expect(retry).toBeVisible();
  await pauseClock(page);
  await setDiskFull(page, false);
  await retry.click();
  await page.clock.resume();
}

test('after a conflict, the later edits of the window that lost are saved and survive a reload (item 1)', async ({
  context,
}) => {
  const a = await context.newPage();
  const b = await context.newPage();
  for (const page of [a, b]) {
    await openApp(page);
    await openJourney(page, SAMPLE);
  }
  const stages = SAMPLE_STAGES;
  const personas = await personaNames(b).count();
  await a.getByRole('button', { name: 'Add stage' }).click();
  await expect(status(a)).toHaveText('Saved');
  await b.getByRole('button', { name: 'Add persona' }).click();
  await expect(b.getByRole('alert')).toContainText('changed in another window');
  await expect(b.getByRole('alert')).toContainText(`"${SAMPLE} (conflict copy)"`);
  // B now shows A's version (with its stage), and goes on editing it.
  await expectStages(b, stages + 1);
  await b.getByRole('button', { name: 'Add persona' }).click();
  await expect(personaNames(b)).toHaveCount(personas + 1);
  await expect(status(b)).toHaveText('Saved');
  await snap(b, 'data-safety-conflict');

  await reloadJourney(b, SAMPLE);
  await expectStages(b, stages + 1);
  await expect(personaNames(b)).toHaveCount(personas + 1);
  await backToLibrary(b);
  await expect(library(b).getByRole('heading', { name: `${SAMPLE} (conflict copy)` })).toBeVisible();
});

test('a map deleted for good under an open window never blanks the app (item 2)', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await openApp(a);
  await openJourney(a, SAMPLE);
  await openApp(b);
  await deleteForever(b, SAMPLE);

  const stages = SAMPLE_STAGES;
  await a.getByRole('button', { name: 'Add stage' }).click();
  await expect(a.getByRole('alert')).toContainText('deleted in another window; it is back in the library');
  await expect(status(a)).toHaveText('Saved');
  await a.close();

  await b.reload();
  await openJourney(b, SAMPLE);
  await expectStages(b, stages + 1);
  await backToLibrary(b);

  // A journal entry that cannot be applied (its map is gone) is set aside and reported: the library still shows.
  await b.evaluate(() =>
    localStorage.setItem(
      'trayecto:journal:no-such-map:closed-tab',
      JSON.stringify({
        journeyId: 'no-such-map',
        tabId: 'closed-tab',
        title: 'Gone map',
        baseRevision: 3,
        change: { kind: 'patch', patch: { fields: { title: 'x' }, removed: [], lists: {} } },
      }),
    ),
  );
  await b.reload();
  await expect(b.getByRole('heading', { name: 'Your journeys' })).toBeVisible();
  await expect(b.getByRole('alert')).toContainText(
    'Changes to "Gone map" from an earlier session could not be applied',
  );
  await b.reload();
  await expect(b.getByRole('heading', { name: 'Your journeys' })).toBeVisible();
  await expect(b.getByRole('alert')).toHaveCount(0);
});

/** The revision of the map titled `title` as stored, after giving it `researchNotes` past the app (raw IndexedDB). */
async function storedRevision(page: Page, title: string, researchNotes?: unknown[]): Promise<number> {
  return page.evaluate(
    async ([title, researchNotes]) => {
      const done = <T>(request: IDBRequest<T>) =>
        new Promise<T>((resolve, reject) => {
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      const db = await done(indexedDB.open('trayecto'));
      const store = db.transaction('journeys', 'readwrite').objectStore('journeys');
      const record = (await done(store.getAll())).find((r: { title: string }) => r.title === title);
      if (researchNotes) {
        record.journey.researchNotes = researchNotes;
        await done(store.put(record));
      }
      db.close();
      return record.revision as number;
    },
    [title, researchNotes] as const,
  );
}

test('a map whose stored copy breaks a rule only its whole check finds is closed with why, and nothing of it saved (item 2)', async ({
  page,
}) => {
  await openApp(page);
  // Two research notes with one id, as a damaged disk or an old bug could leave them.
  const at = '2026-11-01T00:00:00.000Z';
  const note = { id: 'r1', kind: 'quote', text: 'Said twice', source: 'interview', participant: '' };
  const twice = [note, note].map((n) => ({ ...n, touchpointIds: [], createdAt: at, updatedAt: at }));
  const revision = await storedRevision(page, SAMPLE, twice);
  await page.getByRole('button', { name: `Open ${SAMPLE}` }).click();
  await expect(page.getByRole('alert')).toContainText(
    'This journey could not be opened: invalid journey: researchNotes[1].id: duplicate id "r1"',
  );
  await expect(page.getByRole('heading', { name: 'Your journeys' })).toBeVisible();
  expect(await storedRevision(page, SAMPLE)).toBe(revision);
  await page.reload(); // and it is not reopened at the next start
  await expect(page.getByRole('heading', { name: 'Your journeys' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('storage full at the very first start still shows the library, and says why (item 2)', async ({
  page,
}) => {
  await fullDiskSwitch(page);
  await page.addInitScript(() => ((window as { failPuts?: boolean }).failPuts = true));
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Your journeys' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('Part of the start-up failed');
});

test('a map with 12 MB of images keeps its last edit across a reload (item 3)', async ({ page }) => {
  const now = new Date().toISOString();
  const journey = createSampleJourney('en', { now });
  journey.title = 'Large avatars';
  const padding = (n: number) => `<!-- ${'x'.repeat(n)} -->`;
  const avatar = (i: number) => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><rect width="8" height="8" fill="#${(i * 7919).toString(16).slice(-3).padStart(3, '0')}"/>${padding(290_000)}</svg>`;
    return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  };
  for (let i = journey.personas.length; i < 31; i++) {
    journey.personas.push(blankPersona(`persona-${i}`, `Persona ${i}`, '#2563eb', now));
  }
  journey.personas.forEach((persona, i) => (persona.avatar = avatar(i)));
  expect(journey.personas[0]!.avatar.length).toBeLessThanOrEqual(LIMITS.avatar);
  const text = writeTrayecto(journey);
  expect(text.length).toBeGreaterThan(12_000_000);
  const path = join(mkdtempSync(join(tmpdir(), 'trayecto-large-')), 'large.trayecto');
  writeFileSync(path, text);

  await openApp(page);
  await openFromDisk(page, path);
  await expect(page.getByRole('heading', { level: 1, name: 'Large avatars' })).toBeVisible();
  await expect(status(page)).toHaveText('Saved');
  await page.getByRole('button', { name: 'Add stage' }).click();
  await expect(status(page)).toHaveText('Saving…');
  await reloadJourney(page, 'Large avatars'); // at once: within the autosave's wait
  // Zoomed out to fit 31 lanes, stage names are not drawn: the library's card counts them.
  await backToLibrary(page);
  await expect(library(page).getByRole('listitem').filter({ hasText: 'Large avatars' })).toContainText(
    `${journey.stages.length + 1} stages`,
  );
});

test('a failed write keeps the change, says so, keeps the map open, and saves it on retry or at the next start (item 4)', async ({
  page,
}) => {
  await page.clock.install();
  await fullDiskSwitch(page);
  await openApp(page);
  await openWithSaveWorker(page, SAMPLE);
  const stages = SAMPLE_STAGES;
  await setDiskFull(page, true);
  await page.getByRole('button', { name: 'Add stage' }).click();
  await expect(status(page)).toHaveText('Not saved');
  const problem = page.getByRole('alert').filter({ hasText: 'not in the local library yet' });
  await expect(problem).toContainText('full');
  await snap(page, 'data-safety-failed-write');

  // Leaving the editor does not drop the change: the map stays open and the user is told.
  await backToLibrary(page);
  await expect(page.getByRole('alert').filter({ hasText: 'The journey stays open' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: SAMPLE })).toBeVisible();

  await freeDiskAndRetry(page, problem.getByRole('button', { name: 'Retry now' }));
  await expect(status(page)).toHaveText('Saved');
  await expect(problem).toHaveCount(0);
  await backToLibrary(page);
  await openWithSaveWorker(page, SAMPLE);
  await expectStages(page, stages + 1);

  // Failing again, then the window reloads: the change comes back from the journal at the next start.
  await setDiskFull(page, true);
  await page.getByRole('button', { name: 'Add stage' }).click();
  await expect(status(page)).toHaveText('Not saved');
  await reloadJourney(page, SAMPLE);
  await expect(page.getByRole('alert')).toContainText(
    `Changes made just before Trayecto last closed were saved in "${SAMPLE}"`,
  );
  await expectStages(page, stages + 2);
});

test('switching windows right after an edit leaves no conflict copy at the next start (item 5)', async ({
  context,
}) => {
  const a = await context.newPage();
  await openApp(a);
  await openJourney(a, SAMPLE);
  await a.getByRole('button', { name: 'Add stage' }).click();
  // The user switches to another window at once: this one hides (journal written, write started).
  await a.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await expect(status(a)).toHaveText('Saved');
  await expect
    .poll(() => a.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('trayecto:journal:'))))
    .toEqual([]);
  await a.close();

  const b = await context.newPage();
  await openApp(b);
  await expect(library(b).getByRole('listitem')).toHaveCount(1);
  await expect(b.getByRole('alert')).toHaveCount(0);
});

test('the first run opens the sample; a reload reopens the map and its view; Back returns to the library (issue 14)', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: SAMPLE })).toBeVisible();
  expect(page.url()).toMatch(/#\/journey\/.+$/);
  const channels = page.getByRole('button', { name: 'Channels', exact: true });
  await channels.click();
  await expect(channels).toHaveAttribute('aria-pressed', 'true');
  await reloadJourney(page, SAMPLE);
  await expect(channels).toHaveAttribute('aria-pressed', 'true');
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Your journeys' })).toBeVisible();
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1, name: SAMPLE })).toBeVisible();
  // A new visit to the app (no address) comes back to the map left open; after leaving it, to the library.
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: SAMPLE })).toBeVisible();
  await backToLibrary(page);
  await expect(page.getByRole('heading', { name: 'Your journeys' })).toBeVisible();
  expect(page.url()).toMatch(/#\/$/);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Your journeys' })).toBeVisible();
});

test('in Spanish on a 1280×720 screen, a failed write says so and offers its ways out', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.clock.install();
  await fullDiskSwitch(page);
  await openApp(page);
  await openWithSaveWorker(page, SAMPLE);
  await fromMoreMenu(page, 'Settings');
  await page.getByRole('dialog', { name: 'Settings' }).getByLabel('Interface language').selectOption('es');
  await page.getByRole('button', { name: 'Cerrar' }).first().click();
  await setDiskFull(page, true);
  await page.getByRole('button', { name: 'Añadir etapa' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Sin guardar' })).toBeVisible();
  const problem = page.getByRole('alert').filter({ hasText: 'aún no están en la biblioteca local' });
  await expect(problem).toContainText('el disco o la cuota de almacenamiento del navegador están llenos');
  await expect(problem.getByRole('button', { name: 'Reintentar ahora' })).toBeInViewport();
  await expect(problem.getByRole('button', { name: 'Guardar en un archivo…' })).toBeInViewport();
  await snap(page, 'data-safety-failed-write-es-1280');
  await freeDiskAndRetry(page, problem.getByRole('button', { name: 'Reintentar ahora' }));
  await expect(page.getByRole('status').filter({ hasText: 'Guardado' })).toBeVisible();
});

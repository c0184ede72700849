// What a user does to an open map, measured: zoom in on a card, drag it, undo, type its title, export.
// Elements are found by role and accessible name; CSS selectors only name the card's node on the canvas,
// whose painting is what is measured.
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { GEOMETRY } from '../../renderer/canvas/geometry.ts';
import { en } from '../../renderer/i18n/en.ts';
import { inputToPaint, longestTask, measureAfter, pageNow, paintedWhen } from './probes.mjs';

export const MOVES_PER_DRAG = 30;
const TYPED = ' edited';
const emotionLabel = (score) => en.emotion.score[String(score)];
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const centre = (box) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });

/** The card on the canvas, by its accessible name (its title may grow as runs type into it). */
export function cardButton(page, card) {
  return page.getByRole('button', { name: new RegExp(`^${escapeRegExp(card.title)}[ ,]`) });
}

const nodeSelector = (card) => `.react-flow__node-touchpoint[data-id="${card.id}"]`;
const ariaLabel = (page, card) =>
  page.evaluate((s) => document.querySelector(s)?.getAttribute('aria-label') ?? '', nodeSelector(card));

/**
 * Select the card, then zoom in on it to 100 % with Ctrl+wheel at the card (the pointer's point stays put),
 * as someone does before editing. Returns the time until the cards were painted in full detail.
 */
export async function zoomInOnCard(page, card) {
  const button = cardButton(page, card);
  await button.click();
  const box = await button.boundingBox();
  const zoom = box.width / GEOMETRY.cardWidth;
  const at = centre(box);
  await page.mouse.move(at.x, at.y);
  const start = await pageNow(page);
  await page.keyboard.down('Control');
  // React Flow zooms by 2^(-deltaY × 0.002) per Ctrl+wheel event.
  await page.mouse.wheel(0, -500 * Math.log2(1 / zoom));
  await page.keyboard.up('Control');
  // Full detail: the card's channel chips are drawn again (they are hidden below 45 %).
  const { all: painted } = await paintedWhen(page, `${nodeSelector(card)} ul`);
  return { ms: painted - start, start, end: painted };
}

/**
 * One drag of the card: MOVES_PER_DRAG pointer moves, each timed to the card painted at its new place,
 * then a drop two emotion steps away from where it started (a real change: one command, one save), then
 * Ctrl+Z. Each step is timed from its input event to the paint; the drop also to the store commit and to
 * the autosave.
 */
export async function dragDropUndo(page, card) {
  const node = nodeSelector(card);
  const original = await ariaLabel(page, card);
  const box = await cardButton(page, card).boundingBox();
  const zoom = box.width / GEOMETRY.cardWidth;
  const from = centre(box);
  // Towards the midline, so the card stays in its lane: up (positive) is a smaller y.
  const steps = card.emotion >= 0 ? -2 : 2;
  const dropY = from.y - steps * GEOMETRY.emotionStep * zoom;
  const dropped = original.slice(0, original.lastIndexOf(', ')) + `, ${emotionLabel(card.emotion + steps)}`;

  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 6, from.y + 6); // past the drag threshold: the drag starts
  const moves = [];
  for (let i = 0; i < MOVES_PER_DRAG; i++) {
    const angle = (i / MOVES_PER_DRAG) * 4 * Math.PI;
    const x = i === MOVES_PER_DRAG - 1 ? from.x : from.x + 30 * Math.sin(angle);
    const y = i === MOVES_PER_DRAG - 1 ? dropY : from.y + 30 * Math.cos(angle);
    const move = await inputToPaint(
      page,
      { start: 'pointermove', until: { selector: node, attribute: 'style' } },
      () => page.mouse.move(x, y),
    );
    if (move) moves.push(move.end - move.start);
  }
  const drop = await inputToPaint(
    page,
    { start: 'pointerup', until: { selector: node, attribute: 'aria-label', value: dropped } },
    () => page.mouse.up(),
  );
  if (!drop) throw new Error(`the drop of ${card.title} changed nothing (expected "${dropped}")`);
  const commit = await measureAfter(page, 'trayecto:commit', drop.start);
  const dropSave = await measureAfter(page, 'trayecto:autosave', drop.start);

  const undo = await inputToPaint(
    page,
    { start: 'keydown', until: { selector: node, attribute: 'aria-label', value: original } },
    () => page.keyboard.press('Control+z'),
  );
  if (!undo) throw new Error(`Ctrl+Z did not bring ${card.title} back`);
  const undoSave = await measureAfter(page, 'trayecto:autosave', undo.start);
  return {
    moves,
    dropPainted: drop.end - drop.start,
    dropCommitted: commit ? commit.end - drop.start : NaN,
    dropSaved: dropSave ? dropSave.end - drop.start : NaN,
    undoPainted: undo.end - undo.start,
    saves: [dropSave, undoSave].filter(Boolean).map((s) => s.duration),
    end: Math.max(dropSave?.end ?? 0, undoSave?.end ?? 0, undo.end),
  };
}

/**
 * Edit the card's title: Enter on the selected card opens the title field, End, then each keystroke of
 * TYPED is timed to the next paint; Enter commits it (one command, one save). The title grows each run.
 */
export async function typeTitle(page, card) {
  const button = cardButton(page, card);
  await button.click();
  await page.keyboard.press('Enter');
  await button.getByRole('textbox', { name: en.touchpoint.title }).waitFor();
  await page.keyboard.press('End');
  const keystrokes = [];
  for (const char of TYPED) {
    const key = await inputToPaint(page, { start: 'keydown', until: { event: 'input' } }, () =>
      page.keyboard.type(char),
    );
    if (key) keystrokes.push(key.end - key.start);
  }
  const enter = await pageNow(page);
  await page.keyboard.press('Enter');
  const save = await measureAfter(page, 'trayecto:autosave', enter);
  card.title += TYPED;
  return { keystrokes, saves: save ? [save.duration] : [], end: save?.end ?? (await pageNow(page)) };
}

/**
 * Pings the page's main thread while an export runs. `stop()` returns for how long (ms) the last unanswered
 * ping has waited: a lower bound of the task still running then (0 if the page was answering).
 */
function pinger(page) {
  let sentAt;
  const timer = setInterval(() => {
    if (sentAt !== undefined) return;
    sentAt = performance.now();
    page
      .evaluate(() => 0)
      .then(
        () => (sentAt = undefined),
        () => {},
      );
  }, 250);
  return {
    stop() {
      clearInterval(timer);
      return sentAt === undefined ? 0 : performance.now() - sentAt;
    },
  };
}

/** What became of an export. The code is the JSON value; the table shows the word. */
export const OUTCOMES = ['exported', 'lowered', 'refused', 'timed out', 'crashed'];

const LOWERED = new RegExp(
  escapeRegExp(en.export.lowered)
    .replace(escapeRegExp('{{asked}}'), '(?<asked>[\\d.]+)')
    .replace(escapeRegExp('{{used}}'), '(?<used>[\\d.]+)'),
);

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file) {
  const header = Buffer.alloc(24);
  const fd = openSync(file, 'r');
  readSync(fd, header, 0, 24, 0);
  closeSync(fd);
  return { width: header.readUInt32BE(16), height: header.readUInt32BE(20) };
}

/**
 * Export the whole map from the Export dialog, timed from the click on Export to the download.
 * Never throws for what the app does: a refusal (its error notice), no download within `timeout` or a crash
 * of the page become the outcome, with the message the user saw.
 */
export async function exportImage(page, format, { pixelRatio = 2, timeout }) {
  await page.getByRole('button', { name: en.actions.export }).click();
  const dialog = page.getByRole('dialog', { name: en.export.title });
  await dialog.getByRole('radio', { name: en.export.formats[format] }).check();
  if (format === 'png')
    await dialog.getByRole('combobox', { name: en.export.pixelRatio }).selectOption(String(pixelRatio));
  const alert = page.getByRole('alert');
  const failed = en.export.failed.slice(0, en.export.failed.indexOf('{{'));
  // Whichever comes first; each is settled at once, so the others' later failures go nowhere.
  const outcome = Promise.race([
    page.waitForEvent('download', { timeout }).then((download) => ({ download })),
    alert
      .filter({ hasText: failed })
      .waitFor({ timeout })
      .then(() => ({ refused: true })),
    page.waitForEvent('crash', { timeout }).then(() => ({ gone: true })),
  ]).catch((error) => (error.name === 'TimeoutError' ? { timedOut: true } : { gone: true }));
  const begin = await pageNow(page);
  const t0 = performance.now();
  const ping = pinger(page);
  // A page that crashes during the click is reported by `outcome`.
  await dialog
    .getByRole('button', { name: en.export.run, exact: true })
    .click()
    .catch(() => {});
  const first = await outcome;
  const ms = performance.now() - t0;
  const frozen = ping.stop();
  if (first.gone) return { outcome: 'crashed', message: 'the page crashed', ms, page: 'gone' };
  if (first.timedOut) {
    const message = `no download within ${timeout / 1000} s; the page ${frozen ? `had not answered for ${(frozen / 1000).toFixed(1)} s` : 'still answered'}`;
    return { outcome: 'timed out', message, ms, frozen, page: 'stuck' };
  }
  const message = ((await alert.textContent()) ?? '').replace(en.common.dismiss, '').trim();
  const longest = await longestTask(page, begin, await pageNow(page));
  await alert.getByRole('button', { name: en.common.dismiss }).click();
  if (first.refused) {
    await dialog.getByRole('button', { name: en.common.cancel }).click();
    return { outcome: 'refused', message, ms, longest };
  }
  const file = await first.download.path();
  const result = { outcome: 'exported', message, ms, longest, bytes: statSync(file).size };
  if (format === 'png') {
    Object.assign(result, pngSize(file));
    // The app's notice when it lowered the pixel ratio: "… exported at {{used}}×."
    const lowered = LOWERED.exec(message);
    result.pixelRatio = lowered ? Number(lowered.groups.used) : pixelRatio;
    if (lowered) result.outcome = 'lowered';
  }
  return result;
}

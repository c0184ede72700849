import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Journey } from '../../../src/model';
import { createDocumentSaver, recoverJournals, type DocumentSaver } from '../../../src/storage';
import { prng } from '../../bench/generate';
import { FlakyLibrary } from '../helpers/flakyLibrary';
import { memoryStorage } from '../helpers/memoryStorage';
import { patchWriter } from '../helpers/patchWriter';
import { smallJourney } from '../helpers/smallJourney';

/** How often each path was taken over all runs: the fuzz must reach them all to prove anything. */
const seen: Record<string, number> = {};
const count = (path: string) => (seen[path] = (seen[path] ?? 0) + 1);

/** Let fake-indexeddb (which runs on real setImmediate) finish what it was given. */
const idle = async () => {
  for (let i = 0; i < 30; i++) await new Promise((resolve) => setImmediate(resolve));
};

/** An edit the user can see: a new touchpoint whose title is a unique mark. */
function addMark(journey: Journey, mark: string): Journey {
  const model = journey.touchpoints[0]!;
  const inCell = journey.touchpoints.filter(
    (t) =>
      t.scenarioId === model.scenarioId && t.personaId === model.personaId && t.stageId === model.stageId,
  );
  const added = { ...model, id: mark, title: mark, order: inCell.length };
  return { ...journey, touchpoints: [...journey.touchpoints, added] };
}

interface Window {
  tabId: string;
  library: FlakyLibrary;
  saver: DocumentSaver;
}

/**
 * Random interleavings of edits in two windows, conflicts, failing writes, flushes and reloads
 * (the window goes: its journal is written, its library stops answering, and the next window to
 * start recovers it). At the end every mark ever shown on screen is in the library.
 */
async function run(seed: number, steps: number): Promise<void> {
  const random = prng(seed);
  const pick = (n: number) => Math.floor(random() * n);
  const dbName = `fuzz-${seed}-${Math.random()}`;
  const journal = memoryStorage();
  const seedLibrary = new FlakyLibrary(dbName);
  const { journey } = await seedLibrary.create(smallJourney());
  const marks: string[] = [];
  let tabs = 0;

  async function openWindow(alive: Window[]): Promise<Window> {
    const tabId = `tab-${++tabs}`;
    const library = new FlakyLibrary(dbName);
    const recoveries = await recoverJournals(journal, library, {
      isTabAlive: (id) => alive.some((w) => w.tabId === id),
    });
    for (const recovery of recoveries) count(`recovery: ${recovery.kind}`);
    const stored = (await library.get(journey.id))!;
    const saver = createDocumentSaver({
      library,
      journal,
      tabId,
      stored,
      // Every other window saves as the app does, through a worker's patches; the others on this thread.
      writer: tabs % 2 ? patchWriter(library) : undefined,
      delayMs: 400,
      retryDelaysMs: [700, 2000],
      onReplaced: () => count('conflict'),
      onStatus: (s) => s.kind === 'failed' && count('failed write'),
    });
    return { tabId, library, saver };
  }

  const windows: Window[] = [];
  windows.push(await openWindow(windows));
  windows.push(await openWindow(windows));
  for (let step = 0; step < steps; step++) {
    const w = windows[pick(2)]!;
    const roll = random();
    if (roll < 0.45) {
      const mark = `m${seed}-${step}`;
      marks.push(mark);
      w.saver.edit(addMark(w.saver.current, mark));
    } else if (roll < 0.6) {
      w.library.failing = !w.library.failing;
    } else if (roll < 0.7) {
      await w.saver.flush();
    } else if (roll < 0.8) {
      // Reload: the window journals what is pending and goes; its writes stop reaching the library.
      w.saver.journalNow();
      w.saver.dispose();
      w.library.failing = true;
      const others = windows.filter((o) => o !== w);
      windows[windows.indexOf(w)] = await openWindow(others);
    } else {
      await vi.advanceTimersByTimeAsync(pick(1500));
    }
    await idle();
  }
  // The end: writes work again, every window saves what it has, then closes; one last start.
  for (const w of windows) {
    w.library.failing = false;
    await w.saver.flush();
    w.saver.journalNow();
    w.saver.dispose();
  }
  await recoverJournals(journal, seedLibrary);
  const shown = new Set(
    (await seedLibrary.records('library')).flatMap((r) => r.journey.touchpoints.map((t) => t.title)),
  );
  expect(marks.filter((mark) => !shown.has(mark))).toEqual([]);
  expect([...journal.data.keys()].filter((k) => k.startsWith('trayecto:journal:'))).toEqual([]);
}

describe('session fuzz', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
  afterEach(() => vi.useRealTimers());

  for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
    it(`loses no edit shown on screen (seed ${seed})`, () => run(seed, 120));
  }

  it('took every path: conflicts, failed writes, recoveries saved and kept as copies', () => {
    expect(Object.keys(seen).sort()).toEqual([
      'conflict',
      'failed write',
      'recovery: kept-as-copy',
      'recovery: saved',
    ]);
  });
});

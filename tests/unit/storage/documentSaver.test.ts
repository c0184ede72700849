import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Journey } from '../../../src/model';
import { createDocumentSaver, journalKey, recoverJournals, type SaveStatus } from '../../../src/storage';
import { FlakyLibrary } from '../helpers/flakyLibrary';
import { memoryStorage } from '../helpers/memoryStorage';
import { retitled, smallJourney } from '../helpers/smallJourney';

async function twoWindows() {
  const name = `saver-${Math.random()}`;
  const a = new FlakyLibrary(name);
  const b = new FlakyLibrary(name);
  const stored = await a.create(smallJourney());
  const journal = memoryStorage();
  const open = (library: FlakyLibrary, tabId: string, events = {}) =>
    createDocumentSaver({ library, journal, tabId, stored, delayMs: 5, retryDelaysMs: [60_000], ...events });
  return { a, b, stored, journal, open };
}

describe('document saver', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
  afterEach(() => vi.useRealTimers());

  it('after a conflict keeps ours as a copy, goes on from theirs, and saves later edits (issue 13, item 1)', async () => {
    const { a, b, stored, open } = await twoWindows();
    const onReplaced = vi.fn();
    const statuses: SaveStatus['kind'][] = [];
    const saverA = open(a, 'a');
    const saverB = open(b, 'b', { onReplaced, onStatus: (s: SaveStatus) => statuses.push(s.kind) });
    saverA.edit({ ...stored.journey, description: 'A added a stage' });
    expect(await saverA.flush()).toBe(true);
    saverB.edit(retitled(stored.journey, 'B1'));
    expect(await saverB.flush()).toBe(true);
    const [theirs, copy] = onReplaced.mock.calls[0] as [Journey, Journey];
    expect(theirs.description).toBe('A added a stage');
    expect(saverB.current).toBe(theirs);
    expect((await b.get(copy.id))?.journey.touchpoints[0]!.title).toBe('B1');

    saverB.edit(retitled(saverB.current, 'B2 after the conflict'));
    expect(await saverB.flush()).toBe(true);
    expect(statuses.at(-1)).toBe('saved');
    const after = await a.get(stored.journey.id);
    expect(after).toMatchObject({ revision: 3, journey: { description: 'A added a stage' } });
    expect(after!.journey.touchpoints[0]!.title).toBe('B2 after the conflict');
  });

  it('puts back a journey deleted for good elsewhere, with our changes (issue 13, item 2)', async () => {
    const { a, b, stored, open } = await twoWindows();
    const onRestored = vi.fn();
    const saverA = open(a, 'a', { onRestored });
    await b.deleteForever(stored.journey.id);
    saverA.edit(retitled(stored.journey, 'Still mine'));
    expect(await saverA.flush()).toBe(true);
    expect(onRestored).toHaveBeenCalledTimes(1);
    expect((await b.get(stored.journey.id))?.journey.touchpoints[0]!.title).toBe('Still mine');
  });

  it('keeps a failed change, says so, journals it, and saves it on retry (issue 13, item 4)', async () => {
    const { a, stored, journal, open } = await twoWindows();
    const statuses: SaveStatus['kind'][] = [];
    const saver = open(a, 'a', { onStatus: (s: SaveStatus) => statuses.push(s.kind) });
    a.failing = true;
    saver.edit(retitled(stored.journey, 'Not yet saved'));
    expect(await saver.flush()).toBe(false);
    expect(saver.status.kind).toBe('failed');
    saver.edit(retitled(saver.current, 'Still not saved'));
    expect(saver.status.kind).toBe('failed'); // stays on screen until a write succeeds
    saver.journalNow();
    expect(journal.getItem(journalKey(stored.journey.id, 'a'))).toContain('Still not saved');
    a.failing = false;
    expect(await saver.flush()).toBe(true);
    expect(statuses.at(-1)).toBe('saved');
    expect(journal.data.size).toBe(0);
    expect((await a.get(stored.journey.id))?.journey.touchpoints[0]!.title).toBe('Still not saved');
  });

  it('clears its journal entry once the write that was running when the window hid ends (issue 13, item 5)', async () => {
    const { a, stored, journal, open } = await twoWindows();
    const saver = open(a, 'a');
    saver.edit(retitled(stored.journey, 'Edited, then switched tabs'));
    const flushed = saver.flush();
    saver.journalNow();
    expect(journal.data.size).toBe(1);
    expect(await flushed).toBe(true);
    expect(journal.data.size).toBe(0);
    expect(await recoverJournals(journal, a)).toEqual([]);
    expect(await a.list()).toHaveLength(1);
  });

  it('journals a conflict copy that could not be written, and the next start creates it', async () => {
    const { a, b, stored, journal, open } = await twoWindows();
    const saverB = open(b, 'b');
    await a.save({ ...stored.journey, description: 'A' }, 1);
    saverB.edit(retitled(stored.journey, 'B'));
    const create = vi.spyOn(b, 'create').mockRejectedValue(new Error('disk full'));
    await saverB.flush();
    expect(saverB.status.kind).toBe('failed');
    saverB.journalNow();
    saverB.dispose();
    create.mockRestore();
    expect(await recoverJournals(journal, a)).toEqual([
      { kind: 'saved', title: `${stored.journey.title} (conflict copy)` },
    ]);
    const titles = (await a.list()).map((j) => j.title).sort();
    expect(titles).toEqual([stored.journey.title, `${stored.journey.title} (conflict copy)`]);
  });

  it('times each write as a User Timing measure ending when the library has it, keeping only the latest', async () => {
    const { a, stored, open } = await twoWindows();
    const saver = open(a, 'a');
    saver.edit(retitled(stored.journey, 'Timed'));
    await saver.flush();
    const [first] = performance.getEntriesByName('trayecto:autosave');
    expect(first!.duration).toBeGreaterThanOrEqual(0);
    saver.edit(retitled(saver.current, 'Timed again'));
    await saver.flush();
    const entries = performance.getEntriesByName('trayecto:autosave');
    expect(entries).toHaveLength(1);
    expect(entries[0]!.startTime + entries[0]!.duration).toBeGreaterThan(first!.startTime);
  });
});

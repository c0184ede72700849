import { describe, expect, it } from 'vitest';
import type { Journey } from '../../../src/model';
import {
  diffJourney,
  journalKey,
  JOURNAL_MAX_CHARS,
  JourneyLibrary,
  recoverJournals,
  recoverViewJournal,
  TrayectoDatabase,
  writeJournal,
  writeViewJournal,
  type JournalEntry,
} from '../../../src/storage';
import { memoryStorage } from '../helpers/memoryStorage';
import { retitled, smallJourney } from '../helpers/smallJourney';

const library = () => new JourneyLibrary(new TrayectoDatabase(`journal-${Math.random()}`));

/** The journal entry a window writes for `next`, edited from `base` at `baseRevision`. */
const entryFor = (base: Journey, next: Journey, baseRevision: number, tabId = 'tab-a'): JournalEntry => ({
  journeyId: base.id,
  tabId,
  title: next.title,
  baseRevision,
  change: { kind: 'patch', patch: diffJourney(base, next) },
});

describe('unsaved-change journal', () => {
  it('carries a change written at page close into the library at the next start', async () => {
    const lib = library();
    const { journey } = await lib.create(smallJourney());
    const storage = memoryStorage();
    writeJournal(storage, entryFor(journey, retitled(journey, 'Typed just before closing'), 1));
    expect(await recoverJournals(storage, lib)).toEqual([{ kind: 'saved', title: journey.title }]);
    const stored = await lib.get(journey.id);
    expect(stored?.revision).toBe(2);
    expect(stored?.journey.touchpoints[0]!.title).toBe('Typed just before closing');
    expect(storage.data.size).toBe(0);
    expect(await recoverJournals(storage, lib)).toEqual([]);
  });

  it('keeps the change as a copy, on top of the newer revision, when the journey was saved elsewhere since', async () => {
    const lib = library();
    const { journey } = await lib.create(smallJourney());
    await lib.save({ ...journey, description: 'Other window' }, 1);
    const storage = memoryStorage();
    writeJournal(storage, entryFor(journey, retitled(journey, 'Mine'), 1));
    const [recovery] = await recoverJournals(storage, lib, { copySuffix: ' (recovered)' });
    expect(recovery).toMatchObject({ kind: 'kept-as-copy', title: `${journey.title} (recovered)` });
    const copy = await lib.get((recovery as { copyId: string }).copyId);
    expect(copy?.journey).toMatchObject({ description: 'Other window' });
    expect(copy?.journey.touchpoints[0]!.title).toBe('Mine');
    expect((await lib.get(journey.id))?.journey.touchpoints[0]!.title).not.toBe('Mine');
  });

  it('drops a stale entry whose change the library already has: no conflict copy (issue 13, item 5)', async () => {
    const lib = library();
    const { journey } = await lib.create(smallJourney());
    const mine = retitled(journey, 'Saved after all');
    await lib.save(mine, 1);
    const storage = memoryStorage();
    writeJournal(storage, entryFor(journey, mine, 1));
    expect(await recoverJournals(storage, lib)).toEqual([]);
    expect(storage.data.size).toBe(0);
    expect(await lib.list()).toHaveLength(1);
  });

  it('leaves alone the entries of a window still open', async () => {
    const lib = library();
    const { journey } = await lib.create(smallJourney());
    const storage = memoryStorage();
    writeJournal(storage, entryFor(journey, retitled(journey, 'Open elsewhere'), 1, 'tab-b'));
    expect(await recoverJournals(storage, lib, { isTabAlive: (tab) => tab === 'tab-b' })).toEqual([]);
    expect(storage.getItem(journalKey(journey.id, 'tab-b'))).not.toBeNull();
    expect((await lib.get(journey.id))?.revision).toBe(1);
  });

  it('sets aside and reports what cannot be applied, and still recovers the rest (issue 13, item 2)', async () => {
    const lib = library();
    const { journey: kept } = await lib.create(smallJourney());
    const { journey: gone } = await lib.create({ ...smallJourney(), id: 'gone', title: 'Deleted map' });
    await lib.deleteForever(gone.id);
    const storage = memoryStorage();
    writeJournal(storage, entryFor(gone, retitled(gone, 'Edit of a deleted map'), 1));
    storage.setItem('trayecto:journal:broken:tab', '{"journeyId": 5');
    writeJournal(storage, entryFor(kept, retitled(kept, 'Recovered'), 1));
    const recoveries = await recoverJournals(storage, lib);
    expect(recoveries).toEqual(
      expect.arrayContaining([
        { kind: 'saved', title: kept.title },
        expect.objectContaining({ kind: 'set-aside', title: 'Deleted map' }),
        expect.objectContaining({ kind: 'set-aside', title: '' }),
      ]),
    );
    expect((await lib.get(kept.id))?.journey.touchpoints[0]!.title).toBe('Recovered');
    expect([...storage.data.keys()].sort()).toEqual([
      'trayecto:set-aside:broken:tab',
      `trayecto:set-aside:${gone.id}:tab-a`,
    ]);
    expect(await recoverJournals(storage, lib)).toEqual([]);
  });

  it('journals an edit of a map with large images as a small patch, and never throws (issue 13, item 3)', async () => {
    const base = smallJourney();
    const avatar = `data:image/png;base64,${'A'.repeat(3_000_000)}`;
    const large = { ...base, personas: base.personas.map((p) => ({ ...p, avatar })) };
    const entry = entryFor(large, retitled(large, 'Last edit'), 1);
    expect(JSON.stringify(entry).length).toBeLessThan(10_000);
    const storage = memoryStorage();
    expect(writeJournal(storage, entry)).toBe(true);
    const whole: JournalEntry = { ...entry, baseRevision: 0, change: { kind: 'whole', journey: large } };
    expect(JSON.stringify(whole).length).toBeGreaterThan(JOURNAL_MAX_CHARS);
    expect(writeJournal(storage, { ...whole, tabId: 'other' })).toBe(false);
    storage.full = true;
    expect(writeJournal(storage, { ...entry, tabId: 'third' })).toBe(false);
  });
});

describe('unsaved-view journal', () => {
  it('carries the view chosen just before closing into the library at the next start', async () => {
    const lib = library();
    const { journey } = await lib.create(smallJourney());
    await lib.setViewState(journey.id, { scenarioId: 'today' });
    const storage = memoryStorage();
    writeViewJournal(storage, { journeyId: journey.id, state: { scenarioId: 'worst' } });
    expect(await recoverViewJournal(storage, lib)).toBe(true);
    expect(await lib.getViewState(journey.id)).toEqual({ scenarioId: 'worst' });
    expect(storage.data.size).toBe(0);
    expect(await recoverViewJournal(storage, lib)).toBe(false);
  });

  it('forgets a broken entry and leaves the stored view alone', async () => {
    const lib = library();
    const { journey } = await lib.create(smallJourney());
    await lib.setViewState(journey.id, { scenarioId: 'today' });
    const storage = memoryStorage();
    storage.setItem('trayecto:unsaved-view', '{"journeyId":');
    expect(await recoverViewJournal(storage, lib)).toBe(false);
    expect(storage.data.size).toBe(0);
    expect(await lib.getViewState(journey.id)).toEqual({ scenarioId: 'today' });
  });
});

import { describe, expect, it } from 'vitest';
import {
  JourneyLibrary,
  recoverJournal,
  recoverViewJournal,
  TrayectoDatabase,
  writeJournal,
  writeViewJournal,
  type SyncStorage,
} from '../../../src/storage';
import { smallJourney } from '../helpers/smallJourney';

function memoryStorage(): SyncStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}
const library = () => new JourneyLibrary(new TrayectoDatabase(`journal-${Math.random()}`));

describe('unsaved-change journal', () => {
  it('carries a change written at page close into the library at the next start', async () => {
    const lib = library();
    const { journey } = await lib.create(smallJourney());
    const storage = memoryStorage();
    writeJournal(storage, { journey: { ...journey, title: 'Typed just before closing' }, revision: 1 });
    expect(await recoverJournal(storage, lib)).toBe('saved');
    expect(await lib.get(journey.id)).toMatchObject({
      revision: 2,
      journey: { title: 'Typed just before closing' },
    });
    expect(storage.data.size).toBe(0);
    expect(await recoverJournal(storage, lib)).toBe('none');
  });

  it('keeps the change as a copy when the journey was saved elsewhere since', async () => {
    const lib = library();
    const { journey } = await lib.create(smallJourney());
    await lib.save({ ...journey, title: 'Other window' }, 1);
    const storage = memoryStorage();
    writeJournal(storage, { journey: { ...journey, title: 'Mine' }, revision: 1 });
    expect(await recoverJournal(storage, lib, ' (recovered)')).toBe('kept-as-copy');
    expect((await lib.list()).map((s) => s.title).sort()).toEqual(['Mine (recovered)', 'Other window']);
  });

  it('drops a corrupt journal without touching the library', async () => {
    const lib = library();
    await lib.create(smallJourney());
    const storage = memoryStorage();
    storage.setItem('trayecto:unsaved-journey', '{"journey": 5');
    expect(await recoverJournal(storage, lib)).toBe('none');
    expect(storage.data.size).toBe(0);
    expect(await lib.get('journey')).toMatchObject({ revision: 1 });
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

import { afterEach, describe, expect, it } from 'vitest';
import {
  InvalidJourneyError,
  JourneyLibrary,
  RevisionConflictError,
  StorageFullError,
  TrayectoDatabase,
} from '../../../src/storage';
import { checkInvariants, noMeasures, type Journey } from '../../../src/model';
import { measuredJourney, metricValue, presetMetric } from '../helpers/measuredJourney';
import { smallJourney } from '../helpers/smallJourney';
import { writeV1Database } from '../../fixtures/db/v1';

let n = 0;
const opened: JourneyLibrary[] = [];
function open(name = `lib-${++n}-${Math.random()}`) {
  const library = new JourneyLibrary(new TrayectoDatabase(name));
  opened.push(library);
  return library;
}
afterEach(() => opened.splice(0).forEach((l) => l.close()));

function journey(id: string, title: string, updatedAt: string): Journey {
  return { ...smallJourney(), id, title, updatedAt };
}

describe('journey library', () => {
  it('creates, lists newest first, and gets journeys', async () => {
    const library = open();
    await library.create(journey('a', 'Alpha', '2026-01-01T00:00:00.000Z'));
    await library.create(journey('b', 'Beta', '2026-03-01T00:00:00.000Z'));
    const list = await library.list();
    expect(list.map((s) => s.title)).toEqual(['Beta', 'Alpha']);
    expect(list[0]).toMatchObject({
      revision: 1,
      stages: 3,
      personas: 2,
      touchpoints: 5,
      language: 'en',
      deletedAt: null,
    });
    expect((await library.get('a'))?.journey.title).toBe('Alpha');
  });

  it('saves with the expected revision and bumps it', async () => {
    const library = open();
    const { journey: j } = await library.create(journey('a', 'Alpha', '2026-01-01T00:00:00.000Z'));
    expect(await library.save({ ...j, title: 'Alpha 2' }, 1)).toBe(2);
    expect(await library.save({ ...j, title: 'Alpha 3' }, 2)).toBe(3);
    expect(await library.get('a')).toMatchObject({ revision: 3, journey: { title: 'Alpha 3' } });
  });

  it('never lets a second window silently overwrite the first', async () => {
    const name = `shared-${Math.random()}`;
    const windowA = open(name);
    const windowB = open(name);
    const { journey: j } = await windowA.create(journey('a', 'Alpha', '2026-01-01T00:00:00.000Z'));
    await windowA.save({ ...j, title: 'Edited in A' }, 1);
    const attempt = windowB.save({ ...j, title: 'Edited in B' }, 1);
    await expect(attempt).rejects.toBeInstanceOf(RevisionConflictError);
    const error = await attempt.catch((e: RevisionConflictError) => e);
    expect(error).toMatchObject({
      storedRevision: 2,
      expectedRevision: 1,
      storedJourney: { title: 'Edited in A' },
    });
    expect((await windowB.get('a'))?.journey.title).toBe('Edited in A');
    // Keep both: B's version becomes a copy with new ids; nothing is lost.
    const copy = await windowB.keepBothAfterConflict({ ...j, title: 'Edited in B' });
    expect(copy.journey.id).not.toBe('a');
    expect((await windowB.list()).map((s) => s.title).sort()).toEqual([
      'Edited in A',
      'Edited in B (conflict copy)',
    ]);
  });

  it('refuses an invalid journey and changes nothing', async () => {
    const library = open();
    const { journey: j } = await library.create(journey('a', 'Alpha', '2026-01-01T00:00:00.000Z'));
    const broken = { ...j, touchpoints: [{ ...j.touchpoints[0]!, stageId: 'ghost' }] };
    await expect(library.save(broken, 1)).rejects.toBeInstanceOf(InvalidJourneyError);
    await expect(library.create({ ...j, id: 'x', title: 5 as unknown as string })).rejects.toThrow(/title/);
    expect(await library.get('a')).toMatchObject({ revision: 1, journey: j });
    expect(await library.list()).toHaveLength(1);
  });

  it('checks only the items an edit changed, and still refuses a broken one among shared ones', async () => {
    const library = open();
    const { journey: j } = await library.create(journey('a', 'Alpha', '2026-01-01T00:00:00.000Z'));
    const stored = (await library.get('a'))!.journey;
    const edited = {
      ...stored,
      touchpoints: stored.touchpoints.map((t, i) => (i ? t : { ...t, emotion: 9 })),
    };
    await expect(library.save(edited, 1)).rejects.toThrow(/touchpoints\.0\.emotion/);
    const noScenario = { ...stored, scenarios: [] };
    await expect(library.save(noScenario, 1)).rejects.toThrow(/scenarios/);
    expect(await library.save({ ...stored, title: 'Renamed' }, 1)).toBe(2);
    expect((await library.get('a'))?.journey).toMatchObject({ ...j, title: 'Renamed' });
  });

  it('refuses to hand out a record that IndexedDB returns broken', async () => {
    const library = open();
    const { journey: j } = await library.create(journey('a', 'Alpha', '2026-01-01T00:00:00.000Z'));
    await library.db.journeys.update('a', { journey: { ...j, stages: 'not a list' } as unknown as Journey });
    await expect(library.get('a')).rejects.toBeInstanceOf(InvalidJourneyError);
  });

  it("opens a map checked but for its measures' ids, which `get` and every save still check", async () => {
    const library = open();
    const csat = presetMetric('csat');
    const value = metricValue({ metricId: csat.id, targetId: 't1', value: 4 });
    const { journey: j } = await library.create(measuredJourney([csat], [value]));
    // Two values with one id: what only the whole check finds.
    await library.db.journeys.update(j.id, {
      journey: { ...j, metricValues: [value, { ...value, value: 5 }] },
    });
    const opened = await library.getToOpen(j.id);
    expect(opened?.journey.metricValues.map((v) => v.value)).toEqual([4, 5]);
    await expect(library.get(j.id)).rejects.toBeInstanceOf(InvalidJourneyError);
    await expect(
      library.save({ ...opened!.journey, title: 'Edited' }, opened!.revision),
    ).rejects.toBeInstanceOf(InvalidJourneyError);
    // Anything else broken is refused at opening, as before.
    await library.db.journeys.update(j.id, { journey: { ...j, stages: 'not a list' } as unknown as Journey });
    await expect(library.getToOpen(j.id)).rejects.toBeInstanceOf(InvalidJourneyError);
  });

  it('maps a full disk to StorageFullError and writes nothing', async () => {
    const library = open();
    const { journey: j } = await library.create(journey('a', 'Alpha', '2026-01-01T00:00:00.000Z'));
    const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    library.db.journeys.hook('updating', () => {
      throw quota;
    });
    await expect(library.save({ ...j, title: 'Bigger' }, 1)).rejects.toBeInstanceOf(StorageFullError);
    expect((await library.get('a'))?.journey.title).toBe('Alpha');
  });

  it('duplicates with new ids and intact references', async () => {
    const library = open();
    await library.create(journey('a', 'Alpha', '2026-01-01T00:00:00.000Z'));
    const copy = await library.duplicate('a', 'Alpha (copy)', '2026-05-05T00:00:00.000Z');
    expect(copy.journey.id).not.toBe('a');
    expect(copy.journey.title).toBe('Alpha (copy)');
    expect(copy.journey.stages.map((s) => s.id)).not.toContain('s1');
    expect(checkInvariants(copy.journey)).toEqual([]);
    expect(await library.list()).toHaveLength(2);
  });

  it('renames (the journey title too), trashes, restores and empties the trash', async () => {
    const library = open();
    await library.create(journey('a', 'Alpha', '2026-01-01T00:00:00.000Z'));
    await library.create(journey('b', 'Beta', '2026-01-02T00:00:00.000Z'));
    await library.rename('a', 'Renamed', '2026-02-01T00:00:00.000Z');
    expect(await library.get('a')).toMatchObject({ revision: 2, journey: { title: 'Renamed' } });
    await library.trash('a');
    expect((await library.list()).map((s) => s.id)).toEqual(['b']);
    expect((await library.listTrash()).map((s) => s.id)).toEqual(['a']);
    await library.restore('a');
    expect(await library.listTrash()).toEqual([]);
    await library.trash('b');
    await library.saveSnapshot('b', 'v1', journey('b', 'Beta', '2026-01-02T00:00:00.000Z'));
    expect(await library.emptyTrash()).toBe(1);
    expect(await library.get('b')).toBeUndefined();
    expect(await library.listSnapshots('b')).toEqual([]);
    expect((await library.list()).map((s) => s.id)).toEqual(['a']);
  });

  it('keeps named snapshots, newest first, and gives them back', async () => {
    const library = open();
    const j = journey('a', 'Alpha', '2026-01-01T00:00:00.000Z');
    await library.create(j);
    await library.saveSnapshot('a', 'Before workshop', j, '2026-01-01T10:00:00.000Z');
    const later = await library.saveSnapshot(
      'a',
      'After workshop',
      { ...j, title: 'Alpha+' },
      '2026-01-01T12:00:00.000Z',
    );
    expect((await library.listSnapshots('a')).map((s) => s.name)).toEqual([
      'After workshop',
      'Before workshop',
    ]);
    expect((await library.getSnapshot(later.id))?.journey.title).toBe('Alpha+');
    await library.deleteSnapshot(later.id);
    expect(await library.listSnapshots('a')).toHaveLength(1);
  });

  it('stores settings and per-journey view state', async () => {
    const library = open();
    await library.setSetting('language', 'es');
    expect(await library.getSetting('language')).toBe('es');
    expect(await library.getSetting('missing')).toBeUndefined();
    await library.setViewState('a', { mode: 'channels' });
    expect(await library.getViewState('a')).toEqual({ mode: 'channels' });
  });

  it('adds the sample once even when two windows start at the same time', async () => {
    const name = `first-${Math.random()}`;
    const [a, b] = [open(name), open(name)];
    let made = 0;
    const sample = () => journey(`sample${++made}`, 'Sample', '2026-01-01T00:00:00.000Z');
    const results = await Promise.all([a.ensureFirstRun(sample), b.ensureFirstRun(sample)]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await a.list()).toHaveLength(1);
  });

  it('adds the sample on the very first run only', async () => {
    const library = open();
    let made = 0;
    const sample = () => ({ ...journey(`sample${++made}`, 'Sample', '2026-01-01T00:00:00.000Z') });
    expect(await library.ensureFirstRun(sample)).toBe('sample1');
    await library.trash('sample1');
    await library.emptyTrash();
    expect(await library.ensureFirstRun(sample)).toBeUndefined();
    expect(await library.list()).toEqual([]);
  });
});

describe('database upgrade', () => {
  it('opens a v1 database with the current schema and keeps every journey', async () => {
    const name = `v1-${Math.random()}`;
    const journeys = [
      journey('a', 'Alpha', '2026-01-01T00:00:00.000Z'),
      journey('b', 'Beta', '2026-01-02T00:00:00.000Z'),
    ];
    await writeV1Database(name, journeys);
    const library = open(name);
    expect(library.db.verno).toBe(4);
    const list = await library.list();
    expect(list.map((s) => s.title)).toEqual(['Beta', 'Alpha']);
    expect(list.every((s) => s.deletedAt === null && s.revision === 3)).toBe(true);
    // File format v1 → v2: every touchpoint is in one first scenario, "Today".
    const today = { id: 'today', name: 'Today', description: '', updatedAt: journeys[0]!.updatedAt };
    expect((await library.get('a'))?.journey).toEqual({
      ...journeys[0],
      scenarios: [today],
      ...noMeasures(),
    });
    const snapshots = await library.listSnapshots('a');
    expect(snapshots).toHaveLength(1);
    expect(snapshots[0]!.journey.scenarios).toEqual([today]);
    expect(await library.getSetting('firstRunDone')).toBe(true);
    await library.setViewState('a', { mode: 'channels' });
    expect(await library.getViewState('a')).toEqual({ mode: 'channels' });
  });
});

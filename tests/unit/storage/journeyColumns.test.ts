import Dexie, { type DBCore, type Middleware } from 'dexie';
import { produce } from 'immer';
import { serialize } from 'node:v8';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  evidenceLevels,
  latestValues,
  metricStageReports,
  STORED_MEASURES_VERSION,
  storedMeasures,
  storedMeasuresOf,
  touchpointBadges,
} from '../../../src/analytics';
import { ColumnTable, lazyMetricValues, lazyResearchNotes, type Journey } from '../../../src/model';
import {
  createPatchedSaver,
  DATABASE_VERSIONS,
  InvalidJourneyError,
  JourneyLibrary,
  patchRequest,
  StorageFullError,
  TrayectoDatabase,
  type JourneyRecord,
} from '../../../src/storage';
import * as recordCodec from '../../../src/storage/recordCodec';
import { isColumns, type Columns } from '../../../src/storage/recordCodec';
import { generateJourney, withMeasures } from '../../bench/generate';
import { writeV1Database } from '../../fixtures/db/v1';
import { smallJourney } from '../helpers/smallJourney';

const opened: Dexie[] = [];
afterEach(() => opened.splice(0).forEach((db) => db.close()));

const newName = () => `columns-${Math.random()}`;
function library(name: string, db = new TrayectoDatabase(name)) {
  opened.push(db);
  return new JourneyLibrary(db);
}

/** The database as IndexedDB holds it: opened by a Dexie without the columns middleware. */
async function rawTable(name: string, table: 'journeys' | 'snapshots') {
  const raw = new Dexie(name);
  opened.push(raw);
  await raw.open();
  return raw.table(table);
}

/** A 100-touchpoint map with 2,000 metric values and 200 research notes. */
const measured = (): Journey => withMeasures(generateJourney(100));

const LISTS = ['touchpoints', 'annotations', 'metricValues', 'researchNotes', 'stages', 'personas'] as const;

describe('journeys stored as columns', () => {
  it('stores every list of a journey and of its snapshots as columns, a fraction of the bytes', async () => {
    const name = newName();
    const lib = library(name);
    const { journey } = await lib.create(measured());
    await lib.saveSnapshot(journey.id, 'Before', journey);
    const stored = await (await rawTable(name, 'journeys')).get(journey.id);
    for (const key of LISTS) expect(isColumns(stored.journey[key]), key).toBe(true);
    const values = stored.journey.metricValues as Columns;
    expect(values.length).toBe(journey.metricValues.length);
    // One string per metric, however many values: the rebuilt values share them.
    expect(values.columns[values.keys.indexOf('metricId')]).toMatchObject({
      strings: journey.metrics.map((m) => m.id),
    });
    // Lists that are empty stay as they were.
    expect(stored.journey.blueprintItems).toEqual([]);
    const plainRecord = { ...stored, journey };
    expect(serialize(stored).length).toBeLessThan(serialize(plainRecord).length / 3);
    const [snapshot] = await (await rawTable(name, 'snapshots')).toArray();
    expect(isColumns(snapshot.journey.researchNotes)).toBe(true);
  });

  it('gives every read the journey exactly as it was written: get, lists, cursors, snapshots', async () => {
    const name = newName();
    const lib = library(name);
    const { journey } = await lib.create(measured());
    const snapshot = await lib.saveSnapshot(journey.id, 'Before', journey);
    const { db } = lib;
    expect((await lib.get(journey.id))?.journey).toStrictEqual(journey);
    expect((await db.journeys.get(journey.id))?.journey).toStrictEqual(journey);
    expect((await db.journeys.bulkGet([journey.id]))[0]?.journey).toStrictEqual(journey);
    // Cursors: `each` and a filtered read walk the store one record at a time.
    const walked: Journey[] = [];
    await db.journeys.each((record) => walked.push(record.journey));
    expect(walked).toStrictEqual([journey]);
    const filtered = await db.journeys.filter((record) => record.journey.metricValues.length > 0).toArray();
    expect(filtered.map((r) => r.journey)).toStrictEqual([journey]);
    expect((await lib.listSnapshots(journey.id))[0]?.journey).toStrictEqual(journey);
    expect((await lib.getSnapshot(snapshot.id))?.journey).toStrictEqual(journey);
    // Reads of keys only are keys.
    expect(await db.journeys.toCollection().primaryKeys()).toEqual([journey.id]);
    expect(await db.journeys.orderBy('title').keys()).toEqual([journey.title]);
  });

  it('gives the library screen sketches: every journey without its measures, which it never decodes', async () => {
    const name = newName();
    const lib = library(name);
    const { journey } = await lib.create(measured());
    const { metricValues, researchNotes, ...sketch } = journey;
    expect(metricValues.length + researchNotes.length).toBeGreaterThan(0);
    const decoded = vi.spyOn(recordCodec, 'decodeList');
    expect((await lib.records('library'))[0]?.journey).toStrictEqual(sketch);
    const lengths = decoded.mock.calls.map(([columns]) => columns.length);
    expect(lengths).toContain(journey.touchpoints.length);
    expect(lengths).not.toContain(metricValues.length);
    expect(lengths).not.toContain(researchNotes.length);
    decoded.mockRestore();
    // The whole journey to whoever else reads it, in or out of the same moment.
    const [listed, got] = await Promise.all([lib.list(), lib.get(journey.id)]);
    expect(listed.map((s) => s.touchpoints)).toEqual([journey.touchpoints.length]);
    expect(got?.journey).toStrictEqual(journey);
    expect((await lib.db.journeys.toArray())[0]?.journey).toStrictEqual(journey);
  });

  it('opens a journey with its metric values and notes still columns, made into objects at their first read', async () => {
    const name = newName();
    const lib = library(name);
    const { journey } = await lib.create(measured());
    expect(journey.metricValues.length).not.toBe(journey.researchNotes.length);
    const decoded = vi.spyOn(recordCodec, 'decodeList');
    const opened = (await lib.getToOpen(journey.id))!.journey;
    const lengths = () => decoded.mock.calls.map(([columns]) => columns.length);
    expect(lengths()).toContain(journey.touchpoints.length);
    expect(lengths()).not.toContain(journey.metricValues.length);
    expect(lengths()).not.toContain(journey.researchNotes.length);
    expect(lazyMetricValues(opened)?.length).toBe(journey.metricValues.length);
    expect(lazyResearchNotes(opened)?.length).toBe(journey.researchNotes.length);
    expect(opened.researchNotes).toStrictEqual(journey.researchNotes);
    expect(lengths()).toContain(journey.researchNotes.length);
    expect(lengths()).not.toContain(journey.metricValues.length);
    expect(opened.metricValues).toStrictEqual(journey.metricValues);
    expect(lengths()).toContain(journey.metricValues.length);
    decoded.mockRestore();
    // Saved back as it was read: the values written are those read.
    const renamed = { ...opened, title: 'Renamed' };
    expect(await lib.save(renamed, 1)).toBe(2);
    expect((await lib.get(journey.id))?.journey).toStrictEqual({ ...journey, title: 'Renamed' });
  });

  it('reads a record stored before columns as it is, and writes it back as columns', async () => {
    const name = newName();
    const lib = library(name);
    await lib.list(); // Opens (creates) the database.
    const journey = measured();
    const record: JourneyRecord = {
      id: journey.id,
      journey,
      revision: 4,
      title: journey.title,
      updatedAt: journey.updatedAt,
      deletedAt: null,
    };
    const raw = await rawTable(name, 'journeys');
    await raw.put(record);
    expect(isColumns((await raw.get(journey.id)).journey.metricValues)).toBe(false);
    expect(await lib.get(journey.id)).toStrictEqual({ journey, revision: 4 });
    const renamed = { ...journey, title: 'Renamed' };
    expect(await lib.save(renamed, 4)).toBe(5);
    expect(isColumns((await raw.get(journey.id)).journey.metricValues)).toBe(true);
    expect((await lib.get(journey.id))?.journey).toStrictEqual(renamed);
  });

  it('reports a record whose columns are broken as a broken journey, keeping it as it is', async () => {
    const name = newName();
    const lib = library(name);
    const { journey } = await lib.create(measured());
    const raw = await rawTable(name, 'journeys');
    const stored = await raw.get(journey.id);
    const broken = { ...stored.journey.metricValues, columns: [] };
    await raw.put({ ...stored, journey: { ...stored.journey, metricValues: broken } });
    const error = await lib.get(journey.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidJourneyError);
    expect((error as InvalidJourneyError).problems[0]?.path).toMatch(/^metricValues/);
    expect((await raw.get(journey.id)).journey.metricValues).toEqual(broken);
  });

  it('lets the save worker write through its own library: the patched record is columns too', async () => {
    const name = newName();
    const lib = library(name);
    const { journey } = await lib.create(measured());
    const { save } = createPatchedSaver(library(name));
    const edited = { ...journey, metricValues: journey.metricValues.slice(1) };
    expect(await save(patchRequest(edited, journey, 1))).toBe(2);
    const stored = await (await rawTable(name, 'journeys')).get(journey.id);
    expect(stored.journey.metricValues).toMatchObject({ length: journey.metricValues.length - 1 });
    expect((await lib.get(journey.id))?.journey).toStrictEqual(edited);
  });

  it('carries a first-release database through every upgrade, and stores the result as columns', async () => {
    const name = newName();
    await writeV1Database(name, [{ ...smallJourney(), id: 'a' }]);
    const lib = library(name);
    expect((await lib.get('a'))?.journey.touchpoints).toHaveLength(5);
    const stored = await (await rawTable(name, 'journeys')).get('a');
    expect(isColumns(stored.journey.touchpoints)).toBe(true);
    expect(stored.journey.scenarios).toMatchObject({ length: 1 });
  });

  it('hands an upgrade plain lists to change, and stores what it made as columns', async () => {
    const name = newName();
    const { journey } = await library(name).create(measured());
    opened.splice(0).forEach((db) => db.close());
    const seen: boolean[] = [];
    const next = library(
      name,
      new TrayectoDatabase(name, [
        ...DATABASE_VERSIONS,
        {
          version: DATABASE_VERSIONS.length + 1,
          stores: {},
          async upgrade(tx) {
            await tx
              .table('journeys')
              .toCollection()
              .modify((record: JourneyRecord) => {
                seen.push(Array.isArray(record.journey.metricValues));
                record.journey.metricValues = record.journey.metricValues.slice(0, 10);
              });
          },
        },
      ]),
    );
    expect((await next.get(journey.id))?.journey).toStrictEqual({
      ...journey,
      metricValues: journey.metricValues.slice(0, 10),
    });
    expect(seen).toEqual([true]);
    const stored = await (await rawTable(name, 'journeys')).get(journey.id);
    expect(stored.journey.metricValues).toMatchObject({ length: 10 });
  });

  it('leaves the stored record as it was when IndexedDB refuses the encoded write (disk full)', async () => {
    const name = newName();
    const db = new TrayectoDatabase(name);
    let refuse = false;
    const written: unknown[] = [];
    // Below the columns middleware, where IndexedDB itself is: it sees what would be stored.
    const fullDisk: Middleware<DBCore> = {
      stack: 'dbcore',
      level: -3,
      create: (down) => ({
        ...down,
        table: (table) => {
          const below = down.table(table);
          return {
            ...below,
            mutate: (req) => {
              if (!refuse || req.type !== 'put') return below.mutate(req);
              written.push(...req.values);
              return Promise.reject(Object.assign(new Error('quota'), { name: 'QuotaExceededError' }));
            },
          };
        },
      }),
    };
    db.use(fullDisk);
    const lib = library(name, db);
    const { journey } = await lib.create(measured());
    const before = await (await rawTable(name, 'journeys')).get(journey.id);
    refuse = true;
    const bigger = { ...journey, title: 'Bigger' };
    await expect(lib.save(bigger, 1)).rejects.toBeInstanceOf(StorageFullError);
    expect(
      isColumns((written[0] as JourneyRecord & { journey: Record<string, unknown> }).journey.metricValues),
    ).toBe(true);
    expect(await (await rawTable(name, 'journeys')).get(journey.id)).toStrictEqual(before);
    refuse = false;
    expect(await lib.get(journey.id)).toStrictEqual({ journey, revision: 1 });
  });
});

describe('what a map draws of its measures, stored with its journey', () => {
  /** The metrics row, the latest values and the evidence levels of `journey`, as worked out from its values. */
  const drawn = (journey: Journey) => ({
    reports: metricStageReports(journey),
    latest: latestValues(journey),
    evidence: evidenceLevels(journey),
  });

  it('is worked out as the journey is written, and drawn as it opens without going over the values', async () => {
    const name = newName();
    const lib = library(name);
    const { journey } = await lib.create(measured());
    const expected = drawn(journey);
    expect(expected.latest.touchpointIds.length).toBeGreaterThan(0);
    expect(expected.evidence.size).toBeGreaterThan(0);
    await lib.saveSnapshot(journey.id, 'Before', journey);
    const stored = await (await rawTable(name, 'journeys')).get(journey.id);
    expect(storedMeasuresOf(stored.measures, journey)).toStrictEqual(expected);
    // The touchpoints as places among the journey's, and codes for levels: no text to copy for each.
    expect(stored.measures.latest.touchpoints).toBeInstanceOf(Uint32Array);
    expect(stored.measures.evidence).toStrictEqual(
      Uint8Array.from(
        journey.touchpoints,
        (t) => ({ assumed: 0, some: 1, supported: 2 })[expected.evidence.get(t.id) ?? 'assumed'],
      ),
    );
    // Snapshots are not opened as maps: nothing stored.
    const [snapshot] = await (await rawTable(name, 'snapshots')).toArray();
    expect(snapshot).not.toHaveProperty('measures');

    // The checks of opening read the values' codes; drawing then reads none.
    const opened = (await lib.getToOpen(journey.id))!.journey;
    const tallied = vi.spyOn(ColumnTable.prototype, 'valueColumn');
    const coded = vi.spyOn(ColumnTable.prototype, 'codes');
    expect(drawn(opened)).toStrictEqual(expected);
    expect(touchpointBadges(opened)).toStrictEqual(touchpointBadges(journey));
    // What was stored, each time: nothing gone over.
    expect(drawn(opened).reports, 'the row stored').toBe(drawn(opened).reports);
    expect(drawn(opened).evidence, 'the levels stored').toBe(drawn(opened).evidence);
    expect(tallied).not.toHaveBeenCalled();
    expect(coded).not.toHaveBeenCalled();
    // An edit makes new lists: what the edited map draws is worked out from them.
    const moved = { ...opened, touchpoints: opened.touchpoints.map((t) => ({ ...t })) };
    expect(metricStageReports(moved)).toStrictEqual(expected.reports);
    const remeasured = { ...opened, metrics: [...opened.metrics] };
    expect(latestValues(remeasured)).toStrictEqual(expected.latest);
    const renoted = { ...opened, researchNotes: [...opened.researchNotes] };
    expect(evidenceLevels(renoted)).toStrictEqual(expected.evidence);
    expect(tallied).toHaveBeenCalled();
    expect(coded).toHaveBeenCalled();
    vi.restoreAllMocks();

    // Written again with every save: it follows the journey.
    const renamed = produce(opened, (draft) => {
      draft.metrics[0]!.name = 'Renamed';
    });
    await lib.save(renamed, 1);
    const saved = await (await rawTable(name, 'journeys')).get(journey.id);
    expect(saved.measures.reports[0].metric).toBe('Renamed');
    const reopened = (await lib.getToOpen(journey.id))!.journey;
    expect(drawn(reopened)).toStrictEqual(drawn(renamed));
  });

  it('is left out for a map without measures, and when it cannot be worked out (the write goes on)', async () => {
    const name = newName();
    const lib = library(name);
    const { journey } = await lib.create(smallJourney());
    expect(await (await rawTable(name, 'journeys')).get(journey.id)).not.toHaveProperty('measures');
    // As an upgrade may write a record it has not checked: values nothing can be worked out of.
    const record = await lib.db.journeys.get(journey.id);
    const odd = { ...record!, journey: { ...record!.journey, metricValues: [null] as never } };
    await lib.db.journeys.put(odd);
    const stored = await (await rawTable(name, 'journeys')).get(journey.id);
    expect(stored.journey.metricValues).toEqual([null]);
    expect(stored).not.toHaveProperty('measures');
  });

  it('is drawn only where it is of this journey, made as this app makes it; the rest is worked out', async () => {
    const journey = measured();
    const expected = drawn(journey);
    const stored = () => structuredClone(storedMeasures(journey)!);
    expect(storedMeasuresOf(stored(), journey)).toStrictEqual(expected);
    type Fields = Record<string, unknown>;
    type Stored = {
      version: number;
      reports: (Fields & { stages: (Fields & { history: Fields[] })[] })[];
      latest: { touchpoints: Uint32Array; rows: Int32Array };
      evidence: Uint8Array;
    };
    const brokenRow: ((r: Stored) => void)[] = [
      (r) => r.reports.reverse(),
      (r) => r.reports.pop(),
      (r) => (r.reports[0]!.metric = 'Other'),
      (r) => (r.reports[0]!.target = 99),
      (r) => (r.reports[0]!.extra = true),
      (r) => (r.reports[0]!.period = 'later'),
      (r) => r.reports[0]!.stages.reverse(),
      (r) => (r.reports[0]!.stages[0]!.stage = 'Other'),
      (r) => (r.reports[0]!.stages[0]!.value = NaN),
      (r) => (r.reports[0]!.stages[0]!.value = '3'),
      (r) => (r.reports[0]!.stages[0]!.status = 'great'),
      (r) => r.reports[0]!.stages[0]!.history.pop(),
      (r) => (r.reports[0]!.stages[0]!.history[0]!.period = 'other'),
      (r) => (r.reports[0]!.stages[0]!.history[0]!.value = Infinity),
    ];
    const brokenLatest: ((r: Stored) => void)[] = [
      (r) => (r.latest.touchpoints = r.latest.touchpoints.subarray(1)),
      (r) => (r.latest.touchpoints[0] = journey.touchpoints.length),
      (r) => ((r.latest as { touchpoints: unknown }).touchpoints = [...r.latest.touchpoints]),
      (r) => (r.latest.rows = r.latest.rows.subarray(1)),
      (r) => (r.latest.rows[3] = -2),
      (r) => (r.latest.rows[3] = journey.metricValues.length),
      (r) => ((r.latest as { rows: unknown }).rows = [...r.latest.rows]),
      (r) => ((r as { latest: unknown }).latest = null),
    ];
    const brokenEvidence: ((r: Stored) => void)[] = [
      (r) => (r.evidence = r.evidence.subarray(1)),
      (r) => (r.evidence[0] = 3),
      (r) => ((r as { evidence: unknown }).evidence = [...r.evidence]),
      (r) => ((r as { evidence: unknown }).evidence = null),
    ];
    for (const [part, broken] of [
      ['reports', brokenRow],
      ['latest', brokenLatest],
      ['evidence', brokenEvidence],
    ] as const)
      for (const [n, breakIt] of broken.entries()) {
        const changed = stored();
        breakIt(changed as never);
        // That part only: the others are still drawn as stored.
        expect(storedMeasuresOf(changed, journey), `${part} ${n}`).toStrictEqual({
          ...expected,
          [part]: undefined,
        });
      }
    const otherVersion = { ...stored(), version: STORED_MEASURES_VERSION + 1 };
    for (const odd of [undefined, null, [], 'measures', { version: STORED_MEASURES_VERSION }, otherVersion])
      expect(storedMeasuresOf(odd, journey)).toStrictEqual({});
    // A value or a note on a touchpoint the journey does not have (a broken map): no cards' measures stored.
    const [first] = journey.metricValues;
    const astray = { ...journey, metricValues: [{ ...first!, targetId: 'gone' }] };
    expect(storedMeasures(astray)).toMatchObject({ latest: null, evidence: null });

    // As an app with another version stored it: the map opens with what it draws worked out from its values.
    const name = newName();
    const lib = library(name);
    await lib.create(journey);
    const raw = await rawTable(name, 'journeys');
    const record = await raw.get(journey.id);
    record.measures.version = STORED_MEASURES_VERSION + 1;
    record.measures.reports[0].stages[0].value = 12345;
    record.measures.latest.rows.fill(-1);
    record.measures.evidence.fill(0);
    await raw.put(record);
    const opened = (await lib.getToOpen(journey.id))!.journey;
    expect(drawn(opened)).toStrictEqual(expected);
  });

  it('is what this version works out: a change to it bumps STORED_MEASURES_VERSION', () => {
    // If this fails because what the same map draws changed, bump STORED_MEASURES_VERSION and update both
    // figures: what the app stored before would otherwise be drawn as it was.
    const { reports, latest, evidence } = drawn(withMeasures(generateJourney(30)));
    const text = JSON.stringify({
      reports,
      latest: { ...latest, rows: [...latest.rows] },
      evidence: [...evidence],
    });
    let hash = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
    expect({ version: STORED_MEASURES_VERSION, hash: hash.toString(16) }).toEqual({
      version: 1,
      hash: 'aeef147c',
    });
  });
});

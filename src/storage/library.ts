import { keepStoredMeasures } from '../analytics';
import { cloneWithNewIds, LIMITS, newId, type InvariantOptions, type Journey, type Language } from '../model';
import { TrayectoDatabase, type JourneyRecord, type SnapshotRecord } from './db';
import { isQuotaError, JourneyNotFoundError, RevisionConflictError, StorageFullError } from './errors';
import { readSketches, type JourneySketch } from './journeyColumns';
import { JourneyValidator, validJourney } from './validation';

export interface JourneySummary {
  id: string;
  title: string;
  updatedAt: string;
  revision: number;
  language: Language;
  deletedAt: string | null;
  stages: number;
  personas: number;
  touchpoints: number;
}

export interface StoredJourney {
  journey: Journey;
  revision: number;
}

const FIRST_RUN_KEY = 'firstRunDone';

/** The losing side of a conflict (or a recovered change), as a new journey of its own. */
export function conflictCopy(journey: Journey, titleSuffix = ' (conflict copy)'): Journey {
  const copy = cloneWithNewIds(journey);
  copy.title = `${journey.title}${titleSuffix}`.slice(0, LIMITS.shortText);
  return copy;
}

function newRecord(journey: Journey): JourneyRecord {
  return {
    id: journey.id,
    journey,
    revision: 1,
    title: journey.title,
    updatedAt: journey.updatedAt,
    deletedAt: null,
  };
}

/** A record as the library screen reads it: its journey as a sketch, without its measures. */
export interface LibraryRecord extends Omit<JourneyRecord, 'journey'> {
  journey: JourneySketch;
}

function summary(record: LibraryRecord): JourneySummary {
  const { journey } = record;
  return {
    id: record.id,
    title: record.title,
    updatedAt: record.updatedAt,
    revision: record.revision,
    language: journey.language,
    deletedAt: record.deletedAt,
    stages: journey.stages.length,
    personas: journey.personas.length,
    touchpoints: journey.touchpoints.length,
  };
}

/** Map a full disk to a clear error; anything else goes up as it is. */
async function guarded<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isQuotaError(error)) throw new StorageFullError();
    throw error;
  }
}

/**
 * The local library: every journey the user has, in IndexedDB. Each write is one
 * transaction, so a failure leaves the library as it was.
 */
export class JourneyLibrary {
  readonly db: TrayectoDatabase;
  private readonly validator = new JourneyValidator();
  /** Main-thread time of the last `save` (validation and the write request), for the autosave measure. */
  lastSaveMainThreadMs = 0;

  constructor(db: TrayectoDatabase = new TrayectoDatabase()) {
    this.db = db;
  }

  close(): void {
    this.db.close();
  }

  /** Journeys in the library (not in the trash), newest first. */
  async list(): Promise<JourneySummary[]> {
    return (await this.records('library')).map(summary);
  }

  /** Journeys in the trash, most recently deleted first. */
  async listTrash(): Promise<JourneySummary[]> {
    return (await this.records('trash')).map(summary);
  }

  /** Records with sketches of their journeys, for screens that draw each journey (the library's live thumbnails). */
  async records(where: 'library' | 'trash'): Promise<LibraryRecord[]> {
    return (await this.shelves())[where];
  }

  /**
   * The library's and the trash's records from one read (every journey, however big, read once), each journey as
   * a sketch: without its measures, which no library card shows and a measured map has tens of thousands of.
   */
  async shelves(): Promise<Record<'library' | 'trash', LibraryRecord[]>> {
    const records = await this.db.transaction('r', this.db.journeys, (tx) => {
      readSketches(tx.idbtrans);
      return this.db.journeys.orderBy('updatedAt').reverse().toArray() as Promise<LibraryRecord[]>;
    });
    return {
      library: records.filter((r) => r.deletedAt === null),
      trash: records
        .filter((r) => r.deletedAt !== null)
        .sort((a, b) => b.deletedAt!.localeCompare(a.deletedAt!)),
    };
  }

  /** A journey as stored, checked (what IndexedDB returns is never trusted): InvalidJourneyError if broken. */
  async get(id: string): Promise<StoredJourney | undefined> {
    return this.read(id, {});
  }

  /**
   * A journey as stored, to open it: checked as `get` does except for the uniqueness of its measures' ids, which
   * `get` (on another thread, as it opens) must check before anything is saved from it.
   */
  async getToOpen(id: string): Promise<StoredJourney | undefined> {
    return this.read(id, { measureIds: false });
  }

  private async read(id: string, options: InvariantOptions): Promise<StoredJourney | undefined> {
    const record = await this.db.journeys.get(id);
    if (!record) return undefined;
    const journey = validJourney(record.journey, options);
    this.validator.trust(journey);
    // The map draws what was stored of its measures as it opens, what of it is this journey's.
    keepStoredMeasures(journey, record.measures);
    return { journey, revision: record.revision };
  }

  async create(journey: Journey): Promise<StoredJourney> {
    const valid = validJourney(journey);
    await guarded(() => this.db.journeys.add(newRecord(valid)));
    return { journey: valid, revision: 1 };
  }

  /**
   * Save a journey edited from `expectedRevision`. If another writer saved it since, nothing
   * is written and a RevisionConflictError carries what they saved.
   */
  async save(journey: Journey, expectedRevision: number): Promise<number> {
    let mainThread = performance.now();
    // Only what the edit changed is parsed again; the invariants are checked whole.
    this.validator.check(journey);
    mainThread = performance.now() - mainThread;
    const revision = await guarded(() =>
      this.db.transaction('rw', this.db.journeys, async () => {
        const stored = await this.db.journeys.get(journey.id);
        if (!stored) throw new JourneyNotFoundError(journey.id);
        if (stored.revision !== expectedRevision) {
          throw new RevisionConflictError(
            journey.id,
            expectedRevision,
            stored.revision,
            validJourney(stored.journey),
          );
        }
        const start = performance.now();
        const put = this.db.journeys.put({
          ...stored,
          journey,
          revision: stored.revision + 1,
          title: journey.title,
          updatedAt: journey.updatedAt,
        });
        mainThread += performance.now() - start;
        await put;
        return stored.revision + 1;
      }),
    );
    this.lastSaveMainThreadMs = mainThread;
    return revision;
  }

  /** After a conflict: keep the losing side as a copy, so nothing is lost. */
  async keepBothAfterConflict(journey: Journey, titleSuffix?: string): Promise<StoredJourney> {
    return this.create(conflictCopy(journey, titleSuffix));
  }

  async duplicate(id: string, title: string, now = new Date().toISOString()): Promise<StoredJourney> {
    const stored = await this.require(id);
    const copy = cloneWithNewIds(stored.journey);
    return this.create({ ...copy, title, createdAt: now, updatedAt: now });
  }

  async rename(id: string, title: string, now = new Date().toISOString()): Promise<void> {
    await this.update(id, (record) => {
      const journey = { ...record.journey, title, updatedAt: now };
      return {
        ...record,
        journey: validJourney(journey),
        title,
        updatedAt: now,
        revision: record.revision + 1,
      };
    });
  }

  async trash(id: string, now = new Date().toISOString()): Promise<void> {
    await this.update(id, (record) => ({ ...record, deletedAt: now }));
  }

  async restore(id: string): Promise<void> {
    await this.update(id, (record) => ({ ...record, deletedAt: null }));
  }

  async deleteForever(id: string): Promise<void> {
    await this.db.transaction('rw', this.db.journeys, this.db.snapshots, this.db.viewStates, async () => {
      await this.db.journeys.delete(id);
      await this.db.snapshots.where('journeyId').equals(id).delete();
      await this.db.viewStates.delete(id);
    });
  }

  async emptyTrash(): Promise<number> {
    const trashed = await this.listTrash();
    for (const { id } of trashed) await this.deleteForever(id);
    return trashed.length;
  }

  async saveSnapshot(
    journeyId: string,
    name: string,
    journey: Journey,
    now = new Date().toISOString(),
  ): Promise<SnapshotRecord> {
    const record: SnapshotRecord = {
      id: newId(),
      journeyId,
      name,
      createdAt: now,
      journey: validJourney(journey),
    };
    await guarded(() => this.db.snapshots.add(record));
    return record;
  }

  /** Snapshots of a journey, newest first. */
  async listSnapshots(journeyId: string): Promise<SnapshotRecord[]> {
    const records = await this.db.snapshots.where('journeyId').equals(journeyId).toArray();
    return records.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  getSnapshot(id: string): Promise<SnapshotRecord | undefined> {
    return this.db.snapshots.get(id);
  }

  async deleteSnapshot(id: string): Promise<void> {
    await this.db.snapshots.delete(id);
  }

  async getSetting<T>(key: string): Promise<T | undefined> {
    return (await this.db.settings.get(key))?.value as T | undefined;
  }

  async setSetting(key: string, value: unknown): Promise<void> {
    await guarded(() => this.db.settings.put({ key, value }));
  }

  async getViewState<T>(journeyId: string): Promise<T | undefined> {
    return (await this.db.viewStates.get(journeyId))?.state as T | undefined;
  }

  async setViewState(journeyId: string, state: unknown): Promise<void> {
    await guarded(() => this.db.viewStates.put({ journeyId, state }));
  }

  /** The very first time the library opens, add the sample journey (its id is returned); never again after. */
  async ensureFirstRun(makeSample: () => Journey): Promise<string | undefined> {
    if (await this.getSetting<boolean>(FIRST_RUN_KEY)) return undefined;
    const sample = validJourney(makeSample());
    // One transaction, so two windows opening at once cannot both add the sample.
    return guarded(() =>
      this.db.transaction('rw', this.db.settings, this.db.journeys, async () => {
        if ((await this.db.settings.get(FIRST_RUN_KEY))?.value) return undefined;
        await this.db.journeys.add(newRecord(sample));
        await this.db.settings.put({ key: FIRST_RUN_KEY, value: true });
        return sample.id;
      }),
    );
  }

  private async require(id: string): Promise<StoredJourney> {
    const stored = await this.get(id);
    if (!stored) throw new JourneyNotFoundError(id);
    return stored;
  }

  private async update(id: string, change: (record: JourneyRecord) => JourneyRecord): Promise<void> {
    await guarded(() =>
      this.db.transaction('rw', this.db.journeys, async () => {
        const record = await this.db.journeys.get(id);
        if (!record) throw new JourneyNotFoundError(id);
        await this.db.journeys.put(change(record));
      }),
    );
  }
}

import Dexie, { type Table } from 'dexie';
import type { StoredMeasures } from '../analytics';
import type { Journey } from '../model';
import { journeyColumns } from './journeyColumns';
import { DATABASE_VERSIONS, type DatabaseVersion } from './schemaVersions';

export interface JourneyRecord {
  id: string;
  journey: Journey;
  /** Incremented by every save; a writer must name the revision it started from. */
  revision: number;
  title: string;
  updatedAt: string;
  /** When it was moved to the trash; null while in the library. */
  deletedAt: string | null;
  /**
   * What a map draws of its measures, worked out as the record is written (see analytics/storedMeasures):
   * whatever a writer gives is replaced.
   */
  measures?: StoredMeasures;
}

export interface SnapshotRecord {
  id: string;
  journeyId: string;
  name: string;
  createdAt: string;
  journey: Journey;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

export interface ViewStateRecord {
  journeyId: string;
  state: unknown;
}

export const DEFAULT_DATABASE_NAME = 'trayecto';

export class TrayectoDatabase extends Dexie {
  journeys!: Table<JourneyRecord, string>;
  snapshots!: Table<SnapshotRecord, string>;
  settings!: Table<SettingRecord, string>;
  viewStates!: Table<ViewStateRecord, string>;

  constructor(name = DEFAULT_DATABASE_NAME, versions: readonly DatabaseVersion[] = DATABASE_VERSIONS) {
    super(name);
    // Journeys' lists are stored as columns: a quarter of the bytes, and far fewer objects to copy on open.
    this.use(journeyColumns);
    for (const { version, stores, upgrade } of versions) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
  }
}

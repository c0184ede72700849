import type { Transaction } from 'dexie';
import { migrationStep } from '../formats/migrations';
import { journeySchema } from '../model';

/**
 * Every version of the local database, oldest first, as data: the stores (dexie index
 * syntax) and the upgrade that carries records from the previous version. Never edit a
 * released version; add a new one.
 */
export interface DatabaseVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

/** Rewrite the map held by every journey record and every snapshot (an upgrade's format step). */
async function eachStoredJourney(
  tx: Transaction,
  change: (journey: Record<string, unknown>) => Record<string, unknown>,
): Promise<void> {
  for (const table of ['journeys', 'snapshots']) {
    await tx
      .table(table)
      .toCollection()
      .modify((record: { journey: Record<string, unknown> }) => {
        record.journey = change(record.journey);
      });
  }
}

export const DATABASE_VERSIONS: DatabaseVersion[] = [
  {
    // v1 (first release): journeys with their revision, named snapshots, settings.
    version: 1,
    stores: {
      journeys: 'id, updatedAt',
      snapshots: 'id, journeyId, createdAt',
      settings: 'key',
    },
  },
  {
    // v2: the trash (deletedAt), a title index for search, and per-journey view state.
    version: 2,
    stores: {
      journeys: 'id, updatedAt, deletedAt, title',
      viewStates: 'journeyId',
    },
    async upgrade(tx) {
      await tx
        .table('journeys')
        .toCollection()
        .modify((record: { journey: { title: string }; title?: string; deletedAt?: string | null }) => {
          record.title = record.journey.title;
          record.deletedAt ??= null;
        });
    },
  },
  {
    // v3: journeys (and their snapshots) hold scenarios — file format v1 → v2, defaults filled
    // in. A record that is not valid after it is kept as migrated, for opening it to report.
    version: 3,
    stores: {},
    async upgrade(tx) {
      const toV2 = migrationStep(1);
      await eachStoredJourney(tx, (journey) => {
        const migrated = toV2(journey);
        const parsed = journeySchema.safeParse(migrated);
        return parsed.success ? parsed.data : migrated;
      });
    },
  },
  {
    // v4: journeys (and their snapshots) hold metrics and research notes — file format v2 → v3.
    version: 4,
    stores: {},
    async upgrade(tx) {
      await eachStoredJourney(tx, migrationStep(2));
    },
  },
];

import type { Transaction } from 'dexie';

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
];

// Shared setup for every unit test file: an in-memory IndexedDB for dexie.
import 'fake-indexeddb/auto';

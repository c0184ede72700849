// Shared setup for every unit test file: an in-memory IndexedDB for dexie, DOM matchers for component tests.
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';

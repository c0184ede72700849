import type { SyncStorage } from '../../../src/storage';

/** localStorage in memory; `full` makes every write throw QuotaExceededError, as a full browser storage does. */
export function memoryStorage(): SyncStorage & { data: Map<string, string>; full: boolean } {
  const data = new Map<string, string>();
  return {
    data,
    full: false,
    getItem: (k) => data.get(k) ?? null,
    setItem(k, v) {
      if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      data.set(k, v);
    },
    removeItem: (k) => void data.delete(k),
    key: (i) => [...data.keys()][i] ?? null,
    get length() {
      return data.size;
    },
  };
}

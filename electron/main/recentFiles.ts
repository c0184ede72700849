import { access } from 'node:fs/promises';
import { z } from 'zod';
import { JsonStore } from './jsonStore';

const RECENT_LIMIT = 10;

/**
 * Recently opened or saved files: most recent first, no duplicates, missing ones pruned.
 * One writer: each change reads and writes the list after the previous one has finished,
 * so files opened together are all remembered.
 */
export class RecentFiles {
  private readonly store: JsonStore<z.ZodArray<z.ZodString>>;
  private last: Promise<unknown> = Promise.resolve();

  constructor(
    folder: string,
    private readonly exists: (path: string) => Promise<boolean> = fileExists,
  ) {
    this.store = new JsonStore(folder, 'recent-files.json', z.array(z.string()), []);
  }

  /** Run after every change queued before it, whether that one succeeded or not. */
  private inTurn<T>(change: () => Promise<T>): Promise<T> {
    const next = this.last.then(change, change);
    this.last = next.catch(() => {});
    return next;
  }

  add(path: string): Promise<string[]> {
    return this.inTurn(async () => {
      const next = [path, ...(await this.store.read()).filter((p) => p !== path)].slice(0, RECENT_LIMIT);
      await this.store.write(next);
      return next;
    });
  }

  list(): Promise<string[]> {
    return this.inTurn(async () => {
      const stored = await this.store.read();
      const present = (
        await Promise.all(stored.map(async (p) => ((await this.exists(p)) ? p : undefined)))
      ).filter((p): p is string => p !== undefined);
      // The menu still shows the right list if the pruned one cannot be written: it is pruned again next time.
      if (present.length !== stored.length) await this.store.write(present).catch(() => {});
      return present;
    });
  }

  clear(): Promise<void> {
    return this.inTurn(() => this.store.write([]));
  }
}

async function fileExists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

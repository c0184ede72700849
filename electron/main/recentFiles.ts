import { access } from 'node:fs/promises';
import { z } from 'zod';
import { JsonStore } from './jsonStore';

const RECENT_LIMIT = 10;

/** Recently opened or saved files: most recent first, no duplicates, missing ones pruned. */
export class RecentFiles {
  private readonly store: JsonStore<z.ZodArray<z.ZodString>>;

  constructor(
    folder: string,
    private readonly exists: (path: string) => Promise<boolean> = fileExists,
  ) {
    this.store = new JsonStore(folder, 'recent-files.json', z.array(z.string()), []);
  }

  async add(path: string): Promise<string[]> {
    const next = [path, ...(await this.store.read()).filter((p) => p !== path)].slice(0, RECENT_LIMIT);
    await this.store.write(next);
    return next;
  }

  async list(): Promise<string[]> {
    const stored = await this.store.read();
    const present = (
      await Promise.all(stored.map(async (p) => ((await this.exists(p)) ? p : undefined)))
    ).filter((p): p is string => p !== undefined);
    if (present.length !== stored.length) await this.store.write(present);
    return present;
  }

  async clear(): Promise<void> {
    await this.store.write([]);
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

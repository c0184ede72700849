import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import { writeFileAtomic } from './fileIo';

/** A small JSON file in the app's data folder, validated on read, written atomically. */
export class JsonStore<S extends z.ZodType> {
  constructor(
    private readonly folder: string,
    private readonly name: string,
    private readonly schema: S,
    private readonly fallback: z.infer<S>,
  ) {}

  get path(): string {
    return join(this.folder, this.name);
  }

  async read(): Promise<z.infer<S>> {
    try {
      const parsed = this.schema.safeParse(JSON.parse(await readFile(this.path, 'utf8')));
      return parsed.success ? parsed.data : this.fallback;
    } catch {
      return this.fallback;
    }
  }

  async write(value: z.infer<S>): Promise<void> {
    await writeFileAtomic(this.path, new TextEncoder().encode(JSON.stringify(value, null, 2)));
  }
}

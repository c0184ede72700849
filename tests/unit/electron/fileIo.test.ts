import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mapFsError, readUserFile, realFs, writeFileAtomic, type FsOps } from '../../../electron/main/fileIo';
import { RecentFiles } from '../../../electron/main/recentFiles';
import { fitToDisplays, windowStateStore } from '../../../electron/main/windowState';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'trayecto-io-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));
const bytes = (text: string) => new TextEncoder().encode(text);

describe('atomic saves', () => {
  it('writes a new file and replaces an old one, leaving no temp file', async () => {
    const path = join(dir, 'map.trayecto');
    await writeFileAtomic(path, bytes('first'));
    await writeFileAtomic(path, bytes('second'));
    expect(await readFile(path, 'utf8')).toBe('second');
    expect(await readdir(dir)).toEqual(['map.trayecto']);
  });

  it('a crash between write and rename leaves the old file intact', async () => {
    const path = join(dir, 'map.trayecto');
    await writeFile(path, 'old, good content');
    const crashing: FsOps = {
      ...realFs,
      rename: async () => Promise.reject(Object.assign(new Error('power cut'), { code: 'EIO' })),
    };
    await expect(writeFileAtomic(path, bytes('new content'), crashing)).rejects.toMatchObject({
      kind: 'unknown',
      detail: 'power cut',
    });
    expect(await readFile(path, 'utf8')).toBe('old, good content');
    expect(await readdir(dir)).toEqual(['map.trayecto']);
  });

  it('a full disk gives a clear message and keeps the old file', async () => {
    const path = join(dir, 'map.trayecto');
    await writeFile(path, 'old');
    const full: FsOps = {
      ...realFs,
      open: async (p, flags) => {
        const handle = await realFs.open(p, flags);
        return {
          ...handle,
          write: async () => Promise.reject(Object.assign(new Error('no space'), { code: 'ENOSPC' })),
          sync: handle.sync,
          close: handle.close,
        };
      },
    };
    const error = await writeFileAtomic(path, bytes('new'), full).catch((e) => e);
    expect(error.toPayload('en')).toEqual({
      kind: 'diskFull',
      path,
      message:
        'The disk is full: "map.trayecto" could not be written. Your journey is safe in the local library.',
    });
    expect(await readFile(path, 'utf8')).toBe('old');
  });
});

describe('reading files', () => {
  it('reads a file', async () => {
    const path = join(dir, 'a.trayecto');
    await writeFile(path, '{"format":"trayecto"}');
    expect(new TextDecoder().decode(await readUserFile(path))).toBe('{"format":"trayecto"}');
  });

  it('names what went wrong: missing, folder, too large, permission', async () => {
    await expect(readUserFile(join(dir, 'nope.trayecto'))).rejects.toMatchObject({ kind: 'notFound' });
    await mkdir(join(dir, 'folder.trayecto'));
    await expect(readUserFile(join(dir, 'folder.trayecto'))).rejects.toMatchObject({ kind: 'isDirectory' });
    const huge: FsOps = {
      ...realFs,
      stat: async () => ({ size: 60 * 1024 * 1024, isDirectory: () => false }),
    };
    const tooLarge = await readUserFile(join(dir, 'big.trayecto'), huge).catch((e) => e);
    expect(tooLarge.toPayload('en').message).toBe('"big.trayecto" is larger than 50 MB and was not opened.');
    expect(tooLarge.toPayload('es').message).toBe('«big.trayecto» ocupa más de 50 MB y no se abrió.');
    // Tests run as root, so permission errors are injected rather than made with chmod.
    expect(
      mapFsError(Object.assign(new Error(), { code: 'EACCES' }), '/x/locked.trayecto').toPayload('en'),
    ).toEqual({
      kind: 'permission',
      path: '/x/locked.trayecto',
      message: 'You do not have permission to use "locked.trayecto".',
    });
  });
});

describe('recent files', () => {
  it('keeps the most recent first, without duplicates, at most 10, and prunes missing files', async () => {
    const files = await Promise.all(
      Array.from({ length: 12 }, async (_, i) => {
        const path = join(dir, `m${i}.trayecto`);
        await writeFile(path, '');
        return path;
      }),
    );
    const recent = new RecentFiles(dir);
    for (const f of files) await recent.add(f);
    await recent.add(files[5]!);
    const list = await recent.list();
    expect(list).toHaveLength(10);
    expect(list[0]).toBe(files[5]);
    expect(list[1]).toBe(files[11]);
    expect(new Set(list).size).toBe(10);
    const gone = new RecentFiles(dir, async (p) => p !== files[11]);
    expect(await gone.list()).not.toContain(files[11]);
    expect(await new RecentFiles(dir).list()).not.toContain(files[11]);
    await recent.clear();
    expect(await recent.list()).toEqual([]);
  });
});

describe('window state', () => {
  it('is remembered and read back', async () => {
    const store = windowStateStore(dir);
    expect(await store.read()).toMatchObject({ width: 1440, height: 900 });
    await store.write({ x: 10, y: 20, width: 1000, height: 700, maximized: true });
    expect(await windowStateStore(dir).read()).toEqual({
      x: 10,
      y: 20,
      width: 1000,
      height: 700,
      maximized: true,
    });
  });

  it('a corrupt file falls back to the default', async () => {
    await writeFile(join(dir, 'window-state.json'), '{not json');
    expect(await windowStateStore(dir).read()).toMatchObject({ width: 1440 });
  });

  it('drops a position that is on no screen any more', () => {
    const screens = [{ x: 0, y: 0, width: 1920, height: 1080 }];
    expect(
      fitToDisplays({ x: 100, y: 100, width: 800, height: 600, maximized: false }, screens),
    ).toMatchObject({ x: 100, y: 100 });
    const offscreen = fitToDisplays({ x: 3000, y: 100, width: 800, height: 600, maximized: false }, screens);
    expect(offscreen.x).toBeUndefined();
    expect(offscreen.width).toBe(800);
  });
});

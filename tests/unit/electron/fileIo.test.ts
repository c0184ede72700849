import {
  chmod,
  lstat,
  mkdir,
  mkdtemp,
  readFile,
  readdir,
  rm,
  stat,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mapFsError, readUserFile, realFs, writeFileAtomic, type FsOps } from '../../../electron/main/fileIo';
import { JsonStore } from '../../../electron/main/jsonStore';
import { RecentFiles } from '../../../electron/main/recentFiles';
import { fitToDisplays, windowStateStore } from '../../../electron/main/windowState';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'trayecto-io-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));
const bytes = (text: string) => new TextEncoder().encode(text);

/** An fs whose temp-file handle fails at one step, with the error code given. */
const failingHandle = (step: 'write' | 'sync', code: string): FsOps => ({
  ...realFs,
  open: async (p, flags, mode) => {
    const handle = await realFs.open(p, flags, mode);
    const fail = async () => Promise.reject(Object.assign(new Error(code), { code }));
    return {
      write: step === 'write' ? fail : (data) => handle.write(data),
      sync: step === 'sync' ? fail : () => handle.sync(),
      close: () => handle.close(),
    };
  },
});

describe('atomic saves', () => {
  it('writes a new file and replaces an old one, leaving no temp file', async () => {
    const path = join(dir, 'map.trayecto');
    await writeFileAtomic(path, bytes('first'));
    await writeFileAtomic(path, bytes('second'));
    expect(await readFile(path, 'utf8')).toBe('second');
    expect(await readdir(dir)).toEqual(['map.trayecto']);
  });

  it.each([
    [
      'the rename (a crash between write and rename)',
      { ...realFs, rename: async () => Promise.reject(Object.assign(new Error('EIO'), { code: 'EIO' })) },
    ],
    ['the flush to disk', failingHandle('sync', 'EIO')],
  ])('a failure at %s leaves the old file whole and no temp file', async (_step, fs: FsOps) => {
    const path = join(dir, 'map.trayecto');
    await writeFile(path, 'old, good content');
    await expect(writeFileAtomic(path, bytes('new content'), fs)).rejects.toMatchObject({
      kind: 'unknown',
      detail: 'EIO',
    });
    expect(await readFile(path, 'utf8')).toBe('old, good content');
    expect(await readdir(dir)).toEqual(['map.trayecto']);
  });

  it('a full disk gives a clear message and keeps the old file', async () => {
    const path = join(dir, 'map.trayecto');
    await writeFile(path, 'old');
    const error = await writeFileAtomic(path, bytes('new'), failingHandle('write', 'ENOSPC')).catch((e) => e);
    expect(error.toPayload('en')).toEqual({
      kind: 'diskFull',
      path,
      message:
        'The disk is full: "map.trayecto" could not be written. Your journey is safe in the local library.',
    });
    expect(await readFile(path, 'utf8')).toBe('old');
  });
});

describe('what a save keeps', () => {
  it('keeps a private file private: mode 0600 stays 0600', async () => {
    const path = join(dir, 'private.trayecto');
    await writeFile(path, 'old');
    await chmod(path, 0o600);
    await writeFileAtomic(path, bytes('new'));
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect(await readFile(path, 'utf8')).toBe('new');
  });

  it('writes through a symlink to its target, and the link stays a link', async () => {
    await mkdir(join(dir, 'real'));
    const target = join(dir, 'real', 'map.trayecto');
    await writeFile(target, 'old');
    const link = join(dir, 'link.trayecto');
    await symlink(target, link);
    await writeFileAtomic(link, bytes('new'));
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['link.trayecto', 'real']);
    expect(await readdir(join(dir, 'real'))).toEqual(['map.trayecto']);
  });

  it('a link whose target is gone stays a link; the save recreates its target', async () => {
    const link = join(dir, 'link.trayecto');
    await symlink('gone.trayecto', link);
    await writeFileAtomic(link, bytes('new'));
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readFile(join(dir, 'gone.trayecto'), 'utf8')).toBe('new');
  });

  it('ten saves of one file at once all succeed; one of them is the file, whole, and no temp is left', async () => {
    const path = join(dir, 'map.trayecto');
    const versions = Array.from({ length: 10 }, (_, i) => `version ${i} `.repeat(2000));
    await Promise.all(versions.map((v) => writeFileAtomic(path, bytes(v))));
    expect(versions).toContain(await readFile(path, 'utf8'));
    expect(await readdir(dir)).toEqual(['map.trayecto']);
  });

  it('flushes the new content to disk, with the old mode, before it replaces the file', async () => {
    const path = join(dir, 'map.trayecto');
    await writeFile(path, 'old', { mode: 0o640 });
    const steps: string[] = [];
    const recording: FsOps = {
      ...realFs,
      open: async (p, flags, mode) => {
        const handle = await realFs.open(p, flags, mode);
        steps.push(`open ${flags}`);
        return {
          write: (data) => (steps.push('write'), handle.write(data)),
          sync: () => (steps.push('sync'), handle.sync()),
          close: () => (steps.push('close'), handle.close()),
        };
      },
      chmod: (p, mode) => (steps.push(`chmod ${mode.toString(8)}`), realFs.chmod(p, mode)),
      rename: (from, to) => (steps.push('rename'), realFs.rename(from, to)),
    };
    await writeFileAtomic(path, bytes('new'), recording);
    expect(steps).toEqual(['open wx', 'write', 'chmod 640', 'sync', 'close', 'rename']);
  });

  it('a read-only folder is named as such, in both languages, and nothing changes', async () => {
    const path = join(dir, 'map.trayecto');
    await writeFile(path, 'old');
    // Tests run as root, which chmod cannot stop: the folder's refusal is injected.
    const readOnly: FsOps = {
      ...realFs,
      open: async () => Promise.reject(Object.assign(new Error('read-only'), { code: 'EROFS' })),
    };
    const error = await writeFileAtomic(path, bytes('new'), readOnly).catch((e) => e);
    expect(error.toPayload('en')).toEqual({
      kind: 'readOnlyFolder',
      path,
      message:
        '"map.trayecto" could not be saved: its folder is read-only or you may not write in it. The file on disk is unchanged and your journey is safe in the local library; use Save As to choose another folder.',
    });
    expect(error.toPayload('es').message).toBe(
      'No se pudo guardar «map.trayecto»: su carpeta es de solo lectura o no puedes escribir en ella. El archivo en disco no ha cambiado y el trayecto está a salvo en la biblioteca local; usa «Guardar como» para elegir otra carpeta.',
    );
    expect(await readFile(path, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['map.trayecto']);
  });
  it('a folder that is gone is named, not the file', async () => {
    const error = await writeFileAtomic(join(dir, 'gone', 'map.trayecto'), bytes('new')).catch((e) => e);
    expect(error.toPayload('en')).toMatchObject({
      kind: 'notFound',
      message: '"gone" does not exist any more.',
    });
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
      stat: async () => ({ size: 60 * 1024 * 1024, mode: 0o644, isDirectory: () => false }),
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

describe('recent files opened together', () => {
  it('three files opened at once are all remembered, newest first', async () => {
    const paths = ['a', 'b', 'c'].map((n) => join(dir, `${n}.trayecto`));
    await Promise.all(paths.map((p) => writeFile(p, '')));
    const recent = new RecentFiles(dir);
    await Promise.all(paths.map((p) => recent.add(p)));
    expect(await recent.list()).toEqual([...paths].reverse());
    expect(await readdir(dir)).toEqual(['a.trayecto', 'b.trayecto', 'c.trayecto', 'recent-files.json']);
  });

  it('a change that fails does not stop the next one', async () => {
    const path = join(dir, 'a.trayecto');
    await writeFile(path, '');
    await mkdir(join(dir, 'recent-files.json')); // a folder where the list should be: every write fails
    const recent = new RecentFiles(dir);
    const results = await Promise.allSettled([recent.add(path), recent.add(path)]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    await rm(join(dir, 'recent-files.json'), { recursive: true });
    expect(await recent.add(path)).toEqual([path]);
  });
});

describe('recent files that cannot be written', () => {
  it('still lists the files that exist, so the menu and the app start', async () => {
    const kept = join(dir, 'kept.trayecto');
    await writeFile(kept, '');
    await writeFile(join(dir, 'recent-files.json'), JSON.stringify([join(dir, 'gone.trayecto'), kept]));
    const write = vi.spyOn(JsonStore.prototype, 'write').mockRejectedValue(new Error('EROFS'));
    expect(await new RecentFiles(dir).list()).toEqual([kept]);
    expect(write).toHaveBeenCalled();
    write.mockRestore();
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

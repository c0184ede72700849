import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosaver, type Autosaver } from '../../../src/storage';
import type { Journey } from '../../../src/model';
import { smallJourney } from '../helpers/smallJourney';

const titled = (title: string): Journey => ({ ...smallJourney(), title });

/** All is written: `writes` writes so far, the last of the map titled `title`, and nothing left pending. */
function expectAllWritten(saver: Autosaver, write: unknown, writes: number, title: string) {
  expect(write).toHaveBeenCalledTimes(writes);
  expect(write).toHaveBeenLastCalledWith(titled(title));
  expect(saver.pending).toBe(false);
}

/** An autosaver whose writes all succeed, and the spy that sees them. */
function savingTo(delayMs: number) {
  const write = vi.fn(async () => {});
  return { write, saver: createAutosaver({ write, delayMs }) };
}

describe('autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('debounces: ten rapid changes make one write of the last', async () => {
    const { write, saver } = savingTo(400);
    for (let i = 0; i < 10; i++) {
      saver.schedule(titled(`T${i}`));
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(write).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(400);
    expectAllWritten(saver, write, 1, 'T9');
  });

  it('flush writes a pending change at once (window hiding or closing)', async () => {
    const { write, saver } = savingTo(400);
    saver.schedule(titled('A'));
    await saver.flush();
    expect(write).toHaveBeenCalledWith(titled('A'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(write).toHaveBeenCalledTimes(1);
  });

  it('never overlaps writes: a change during a write is written after it', async () => {
    const order: string[] = [];
    let release!: () => void;
    const write = vi.fn(
      (j: Journey) =>
        new Promise<void>((resolve) => {
          order.push(`start ${j.title}`);
          release = () => {
            order.push(`end ${j.title}`);
            resolve();
          };
        }),
    );
    const saver = createAutosaver({ write, delayMs: 10 });
    saver.schedule(titled('A'));
    await vi.advanceTimersByTimeAsync(10);
    saver.schedule(titled('B'));
    await vi.advanceTimersByTimeAsync(10);
    expect(order).toEqual(['start A']);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(order).toEqual(['start A', 'end A', 'start B']);
    release();
    await saver.flush();
    expect(order).toEqual(['start A', 'end A', 'start B', 'end B']);
  });

  it('keeps a failed change and retries it on the next flush', async () => {
    const onError = vi.fn();
    const write = vi.fn().mockRejectedValueOnce(new Error('disk full')).mockResolvedValue(undefined);
    const saver = createAutosaver({ write, delayMs: 10, onError });
    saver.schedule(titled('A'));
    await saver.flush();
    expect(onError).toHaveBeenCalledTimes(1);
    expect(saver.pending).toBe(true);
    await saver.flush();
    expectAllWritten(saver, write, 2, 'A');
  });

  it('says a write is saved only once nothing is left to write', async () => {
    const pendingWhenSaved: boolean[] = [];
    const saver = createAutosaver({
      write: async () => {},
      delayMs: 10,
      onSaved: () => pendingWhenSaved.push(saver.pending),
    });
    saver.schedule(titled('A'));
    await saver.flush();
    expect(pendingWhenSaved).toEqual([false]);
  });

  it('tries a failed write again by itself, after a wait', async () => {
    const onSaved = vi.fn();
    const write = vi.fn().mockRejectedValueOnce(new Error('disk full')).mockResolvedValue(undefined);
    const saver = createAutosaver({ write, delayMs: 10, retryDelaysMs: [1000], onSaved });
    saver.schedule(titled('A'));
    await vi.advanceTimersByTimeAsync(10);
    expect(saver.pending).toBe(true);
    await vi.advanceTimersByTimeAsync(999);
    expect(write).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expectAllWritten(saver, write, 2, 'A');
    expect(onSaved).toHaveBeenCalledWith(titled('A'));
  });

  it('discards a pending change the caller kept elsewhere', async () => {
    const { write, saver } = savingTo(10);
    saver.schedule(titled('A'));
    saver.discard();
    await vi.advanceTimersByTimeAsync(100);
    expect(write).not.toHaveBeenCalled();
    expect(saver.pending).toBe(false);
  });
});

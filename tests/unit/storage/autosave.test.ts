import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createAutosaver,
  createJourneyAutosaver,
  JourneyLibrary,
  TrayectoDatabase,
} from '../../../src/storage';
import type { Journey } from '../../../src/model';
import { smallJourney } from '../helpers/smallJourney';

const titled = (title: string): Journey => ({ ...smallJourney(), title });

describe('autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('debounces: ten rapid changes make one write of the last', async () => {
    const write = vi.fn(async () => {});
    const saver = createAutosaver({ write, delayMs: 400 });
    for (let i = 0; i < 10; i++) {
      saver.schedule(titled(`T${i}`));
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(write).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(400);
    expect(write).toHaveBeenCalledTimes(1);
    expect(write).toHaveBeenCalledWith(titled('T9'));
    expect(saver.pending).toBe(false);
  });

  it('flush writes a pending change at once (window hiding or closing)', async () => {
    const write = vi.fn(async () => {});
    const saver = createAutosaver({ write, delayMs: 400 });
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
    expect(write).toHaveBeenCalledTimes(2);
    expect(write).toHaveBeenLastCalledWith(titled('A'));
    expect(saver.pending).toBe(false);
  });
});

describe('journey autosaver', () => {
  it('tracks revisions across saves and reports a conflict instead of overwriting', async () => {
    const name = `auto-${Math.random()}`;
    const a = new JourneyLibrary(new TrayectoDatabase(name));
    const b = new JourneyLibrary(new TrayectoDatabase(name));
    const { journey, revision } = await a.create(smallJourney());
    const onConflict = vi.fn();
    const saverA = createJourneyAutosaver(a, revision, {}, 5);
    const saverB = createJourneyAutosaver(b, revision, { onConflict }, 5);
    saverA.schedule({ ...journey, title: 'A1' });
    await saverA.flush();
    saverA.schedule({ ...journey, title: 'A2' });
    await saverA.flush();
    expect(saverA.revision).toBe(3);
    saverB.schedule({ ...journey, title: 'B1' });
    await saverB.flush();
    expect(onConflict).toHaveBeenCalledTimes(1);
    expect(onConflict.mock.calls[0]![1]).toMatchObject({ title: 'B1' });
    expect((await a.get(journey.id))?.journey.title).toBe('A2');
    a.close();
    b.close();
  });

  it('times each write as a User Timing measure, keeping only the latest', async () => {
    const library = new JourneyLibrary(new TrayectoDatabase(`timed-${Math.random()}`));
    const { journey, revision } = await library.create(smallJourney());
    const saver = createJourneyAutosaver(library, revision, {}, 5);
    saver.schedule({ ...journey, title: 'Timed' });
    await saver.flush();
    const [first] = performance.getEntriesByName('trayecto:autosave');
    expect(first!.duration).toBeGreaterThanOrEqual(0);
    saver.schedule({ ...journey, title: 'Timed again' });
    await saver.flush();
    const entries = performance.getEntriesByName('trayecto:autosave');
    expect(entries).toHaveLength(1);
    expect(entries[0]!.startTime).toBeGreaterThan(first!.startTime);
    library.close();
  });
});

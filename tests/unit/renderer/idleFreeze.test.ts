import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setEmotion } from '../../../src/commands';
import { StoredList } from '../../../src/model';
import { useEditor } from '../../../renderer/state/editorStore';
import {
  keptAsColumns,
  measuredJourney,
  metricValue,
  presetMetric,
  researchNote,
} from '../helpers/measuredJourney';

/** The page's idle periods, run by hand: each callback gets `budget` ms, a thousandth of a ms per item frozen. */
let pending: IdleRequestCallback[] = [];
function idle(budget: number) {
  const run = pending;
  pending = [];
  for (const callback of run) {
    let left = budget;
    callback({ didTimeout: false, timeRemaining: () => (left -= 0.5) });
  }
}

const journey = () =>
  measuredJourney(
    [presetMetric('csat')],
    Array.from({ length: 40 }, (_, i) => metricValue({ metricId: 'csat', targetId: 't1', value: i % 5 })),
  );

describe('a map just opened', () => {
  beforeEach(() => {
    globalThis.requestIdleCallback = (callback) => pending.push(callback);
  });
  afterEach(() => {
    pending = [];
    useEditor.getState().close();
    delete (globalThis as { requestIdleCallback?: unknown }).requestIdleCallback;
    vi.restoreAllMocks();
  });

  it('is frozen, item by item over idle periods, the map itself last', () => {
    const opened = journey();
    useEditor.getState().load(opened);
    expect(Object.isFrozen(opened.metricValues[0])).toBe(false);
    idle(5); // a few items per period
    expect(Object.isFrozen(opened.stages[0])).toBe(true);
    expect(Object.isFrozen(opened)).toBe(false);
    for (let i = 0; i < 40 && pending.length > 0; i++) idle(5);
    expect(pending).toHaveLength(0);
    expect(Object.isFrozen(opened)).toBe(true);
    expect(opened.metricValues.every((v) => Object.isFrozen(v))).toBe(true);
  });

  it('can be edited before the end, and the rest of it is still frozen', () => {
    const opened = journey();
    useEditor.getState().load(opened);
    idle(3);
    expect(useEditor.getState().dispatch(setEmotion(['t1'], 2))).toBe(true);
    while (pending.length > 0) idle(5);
    expect(Object.isFrozen(opened.metricValues.at(-1))).toBe(true);
    expect(useEditor.getState().journey!.touchpoints[0]!.emotion).toBe(2);
  });

  it('leaves values and notes still kept as columns unmade, and they are frozen when an edit makes them', () => {
    const whole = { ...journey(), researchNotes: [researchNote('r1', ['t1', 't2']), researchNote('r2', [])] };
    const opened = keptAsColumns(whole);
    const made = vi.spyOn(StoredList.prototype, 'objects');
    useEditor.getState().load(opened);
    while (pending.length > 0) idle(5);
    expect(Object.isFrozen(opened)).toBe(true);
    expect(Object.isFrozen(opened.touchpoints[0])).toBe(true);
    expect(made).not.toHaveBeenCalled();
    expect(useEditor.getState().dispatch(setEmotion(['t1'], 2))).toBe(true);
    expect(made).toHaveBeenCalledTimes(2);
    const edited = useEditor.getState().journey!;
    expect(edited.touchpoints[0]!.emotion).toBe(2);
    expect(edited.metricValues).toStrictEqual(whole.metricValues);
    expect(Object.isFrozen(edited.metricValues)).toBe(true);
    expect(edited.metricValues.every((v) => Object.isFrozen(v))).toBe(true);
    expect(edited.researchNotes).toStrictEqual(whole.researchNotes);
    expect(Object.isFrozen(edited.researchNotes)).toBe(true);
    expect(edited.researchNotes.every((n) => Object.isFrozen(n) && Object.isFrozen(n.touchpointIds))).toBe(
      true,
    );
  });

  it('is left alone once another map is opened', () => {
    const first = journey();
    useEditor.getState().load(first);
    useEditor.getState().load({ ...journey(), id: 'another' });
    idle(1000);
    idle(1000);
    expect(Object.isFrozen(first.metricValues[0])).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import {
  addTouchpoint,
  amend,
  canRedo,
  canUndo,
  COALESCE_MS,
  emptyHistory,
  execute,
  redo,
  renameStage,
  seal,
  setEmotion,
  undo,
  updateTouchpoint,
  type Command,
} from '../../../src/commands';
import { edit, type Editing } from '../helpers/edit';
import { smallJourney } from '../helpers/smallJourney';

const ctx = { now: '2026-02-02T10:00:00.000Z' };

const run = (state: Editing, command: Command, atMs: number, limit?: number) =>
  edit(state, command, atMs, { ...ctx, limit });

describe('history', () => {
  it('typing a title key by key is one undo step', () => {
    const start = smallJourney();
    let state = { journey: start, history: emptyHistory() };
    'Seen an ad'.split('').forEach((_, i, letters) => {
      state = run(state, updateTouchpoint('t1', { title: letters.slice(0, i + 1).join('') }), i * 200);
    });
    expect(state.journey.touchpoints[0]?.title).toBe('Seen an ad');
    expect(state.history.past).toHaveLength(1);
    const undone = undo(state.history, state.journey)!;
    expect(undone.journey).toEqual(start);
    expect(redo(undone.history, undone.journey)!.journey).toEqual(state.journey);
  });

  it('a pause, another field, or a seal starts a new step', () => {
    let state = { journey: smallJourney(), history: emptyHistory() };
    state = run(state, updateTouchpoint('t1', { title: 'A' }), 0);
    state = run(state, updateTouchpoint('t1', { title: 'AB' }), COALESCE_MS + 1);
    expect(state.history.past).toHaveLength(2);
    state = run(state, updateTouchpoint('t1', { description: 'x' }), COALESCE_MS + 2);
    expect(state.history.past).toHaveLength(3);
    state = { ...state, history: seal(state.history) };
    state = run(state, updateTouchpoint('t1', { description: 'xy' }), COALESCE_MS + 3);
    expect(state.history.past).toHaveLength(4);
  });

  it('commands without a coalesce key never merge', () => {
    let state = { journey: smallJourney(), history: emptyHistory() };
    state = run(state, setEmotion(['t1', 't2'], 1), 0);
    state = run(state, setEmotion(['t1', 't2'], -1), 1);
    expect(state.history.past).toHaveLength(2);
  });

  it('is bounded: the oldest steps fall off', () => {
    let state = { journey: smallJourney(), history: emptyHistory() };
    for (let i = 0; i < 12; i++) state = run(state, renameStage('s1', `Stage ${i}`), i * 10_000, 5);
    expect(state.history.past).toHaveLength(5);
    let journey = state.journey;
    let history = state.history;
    while (canUndo(history)) ({ journey, history } = undo(history, journey)!);
    expect(journey.stages[0]?.name).toBe('Stage 6');
  });

  it('a new edit after undo clears the redo stack', () => {
    let state = { journey: smallJourney(), history: emptyHistory() };
    state = run(state, renameStage('s1', 'A'), 0);
    const undone = undo(state.history, state.journey)!;
    expect(canRedo(undone.history)).toBe(true);
    state = run(undone, renameStage('s1', 'B'), 5000);
    expect(canRedo(state.history)).toBe(false);
    expect(redo(state.history, state.journey)).toBeUndefined();
  });

  it('an edit that changes nothing records nothing', () => {
    const state = run(
      { journey: smallJourney(), history: emptyHistory() },
      renameStage('s1', 'Awareness'),
      0,
    );
    expect(canUndo(state.history)).toBe(false);
  });

  it('naming the card just added, however long it takes, is part of adding it', () => {
    const start = smallJourney();
    const add = addTouchpoint({
      id: 'new',
      scenarioId: 'today',
      personaId: 'p1',
      stageId: 's1',
      title: 'New',
    });
    let state = run({ journey: start, history: seal(emptyHistory()) }, add, 0);
    const named = execute(state.journey, updateTouchpoint('new', { title: 'Calls the dealer' }), ctx);
    state = { journey: named.journey, history: amend(state.history, 'update-touchpoint', named, 60_000) };
    expect(state.history.past).toHaveLength(1);
    expect(undo(state.history, state.journey)!.journey).toEqual(start);
  });
});

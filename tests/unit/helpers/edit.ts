import { execute, record, type Command, type History } from '../../../src/commands';
import type { Journey } from '../../../src/model';

/** A journey being edited and its undo history. */
export interface Editing {
  journey: Journey;
  history: History;
}

/** Run a command as the editor does: on the journey at `now`, recorded in the history at `atMs`. */
export function edit(
  state: Editing,
  command: Command,
  atMs: number,
  { now, limit }: { now: string; limit?: number },
): Editing {
  const result = execute(state.journey, command, { now });
  return {
    journey: result.journey,
    history: record(state.history, command.type, result, atMs, command.coalesceKey, limit),
  };
}

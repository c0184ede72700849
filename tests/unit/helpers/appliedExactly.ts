import { expect } from 'vitest';
import { emptyHistory, execute, record, redo, undo, type Command } from '../../../src/commands';
import { checkInvariants, journeySchema, type Journey } from '../../../src/model';

/** Apply a command at `now`: it changes something, the journey stays sound, and undo then redo give back each state exactly. */
export function appliedExactly(command: Command, start: Journey, now: string): Journey {
  const result = execute(start, command, { now });
  expect(result.patches.length).toBeGreaterThan(0);
  expect(checkInvariants(result.journey)).toEqual([]);
  expect(() => journeySchema.parse(result.journey)).not.toThrow();
  const undone = undo(record(emptyHistory(), command.type, result, 0), result.journey)!;
  expect(undone.journey).toEqual(start);
  expect(redo(undone.history, undone.journey)!.journey).toEqual(result.journey);
  return result.journey;
}

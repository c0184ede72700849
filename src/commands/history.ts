import { applyPatches, type Patch } from 'immer';
import type { Journey } from '../model';
import type { CommandResult } from './command';

export interface HistoryEntry {
  /** The command type, for menus such as "Undo move-touchpoints". */
  type: string;
  patches: Patch[];
  inversePatches: Patch[];
  coalesceKey?: string;
  /** When the entry was last extended, in ms (for coalescing). */
  at: number;
}

export interface History {
  past: HistoryEntry[];
  future: HistoryEntry[];
  /** Set by `seal`: the next edit starts a new step even if it would coalesce. */
  sealed: boolean;
}

export const HISTORY_LIMIT = 200;
/** Edits of the same field closer together than this are one undo step. */
export const COALESCE_MS = 1000;

export function emptyHistory(): History {
  return { past: [], future: [], sealed: false };
}

/**
 * Record an executed command. Edits of the same field within COALESCE_MS of the previous
 * one extend the last step instead of adding one; the oldest steps fall off past the limit.
 */
export function record(
  history: History,
  type: string,
  result: CommandResult,
  nowMs: number,
  coalesceKey?: string,
  limit = HISTORY_LIMIT,
): History {
  if (result.patches.length === 0) return history;
  const last = history.past[history.past.length - 1];
  if (
    last &&
    !history.sealed &&
    coalesceKey !== undefined &&
    last.coalesceKey === coalesceKey &&
    nowMs - last.at <= COALESCE_MS
  ) {
    return amend(history, type, result, nowMs);
  }
  const entry: HistoryEntry = {
    type,
    patches: result.patches,
    inversePatches: result.inversePatches,
    coalesceKey,
    at: nowMs,
  };
  const past = [...history.past, entry];
  return { past: past.slice(Math.max(0, past.length - limit)), future: [], sealed: false };
}

/**
 * Record a command as part of the last step, whatever its kind or age: the second half of one
 * gesture (naming the card just added). With no last step it is a step of its own.
 */
export function amend(history: History, type: string, result: CommandResult, nowMs: number): History {
  const last = history.past[history.past.length - 1];
  if (!last || result.patches.length === 0) return record(history, type, result, nowMs);
  const merged: HistoryEntry = {
    ...last,
    patches: [...last.patches, ...result.patches],
    inversePatches: [...result.inversePatches, ...last.inversePatches],
    at: nowMs,
  };
  return { past: [...history.past.slice(0, -1), merged], future: [], sealed: false };
}

/** End the current step: the next edit is a new undo step (e.g. when a text field loses focus). */
export function seal(history: History): History {
  return history.sealed ? history : { ...history, sealed: true };
}

export const canUndo = (history: History) => history.past.length > 0;
export const canRedo = (history: History) => history.future.length > 0;

export function undo(history: History, journey: Journey): { history: History; journey: Journey } | undefined {
  const entry = history.past[history.past.length - 1];
  if (!entry) return undefined;
  return {
    journey: applyPatches(journey, entry.inversePatches),
    history: { past: history.past.slice(0, -1), future: [entry, ...history.future], sealed: true },
  };
}

export function redo(history: History, journey: Journey): { history: History; journey: Journey } | undefined {
  const [entry, ...future] = history.future;
  if (!entry) return undefined;
  return {
    journey: applyPatches(journey, entry.patches),
    history: { past: [...history.past, entry], future, sealed: true },
  };
}

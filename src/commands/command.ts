import { enablePatches, produceWithPatches, type Draft, type Patch } from 'immer';
import type { Journey } from '../model';
import { pruneBlueprint } from '../model/blueprintPrune';

enablePatches();

/** What a command may need from the outside world, injected so commands stay pure and testable. */
export interface CommandContext {
  /** ISO timestamp stamped on everything the command changes. */
  now: string;
}

/**
 * One user-level edit. `apply` mutates an immer draft; `execute` turns it into a new journey
 * plus patches for undo/redo. Commands that edit one field of one item name it in
 * `coalesceKey`, so that typing a title becomes one undo step.
 */
export interface Command {
  readonly type: string;
  readonly coalesceKey?: string;
  /** Ids of the items the command creates, known before it runs (to select them afterwards). */
  readonly createdIds?: readonly string[];
  apply(draft: Draft<Journey>, context: CommandContext): void;
}

export interface CommandResult {
  journey: Journey;
  patches: Patch[];
  inversePatches: Patch[];
}

/** Thrown when a command names something the journey does not have. */
export class CommandError extends Error {
  override readonly name = 'CommandError';
}

export function execute(journey: Journey, command: Command, context: CommandContext): CommandResult {
  const [next, patches, inversePatches] = produceWithPatches(journey, (draft) => {
    command.apply(draft, context);
    pruneBlueprint(draft);
  });
  if (patches.length === 0 || next.updatedAt === context.now)
    return { journey: next, patches, inversePatches };
  // The journey's own updatedAt moves only when something else did.
  const [stamped, stampPatches, stampInverse] = produceWithPatches(next, (draft) => {
    draft.updatedAt = context.now;
  });
  return {
    journey: stamped,
    patches: [...patches, ...stampPatches],
    inversePatches: [...stampInverse, ...inversePatches],
  };
}

/** Several commands as one undo step (a multi-select move, a paste, a merge). */
export function batch(type: string, commands: readonly Command[]): Command {
  return {
    type,
    apply(draft, context) {
      for (const command of commands) command.apply(draft, context);
    },
  };
}

export function find<T extends { id: string }>(items: T[], id: string, what: string): T {
  const item = items.find((i) => i.id === id);
  if (!item) throw new CommandError(`no ${what} with id "${id}"`);
  return item;
}

export function indexOf<T extends { id: string }>(items: T[], id: string, what: string): number {
  const index = items.findIndex((i) => i.id === id);
  if (index < 0) throw new CommandError(`no ${what} with id "${id}"`);
  return index;
}

/** Copy the fields of `patch` that differ onto a draft item; stamp it only if one did. */
export function assignChanged<T extends object>(item: T, patch: Partial<T>, now?: string): void {
  let changed = false;
  for (const key of Object.keys(patch) as (keyof T)[]) {
    const value = patch[key];
    if (value !== undefined && item[key] !== value) {
      item[key] = value as T[keyof T];
      changed = true;
    }
  }
  if (changed && now !== undefined && 'updatedAt' in item) (item as { updatedAt: string }).updatedAt = now;
}

/** The undo key of an edit of these fields of one item: typing in one field is one undo step. */
export const editKey = (what: string, id: string, patch: object): string =>
  `${what}:${id}:${Object.keys(patch).sort().join(',')}`;

/** Put an item into a list at `index`, kept within the list; at the end when no index is given. */
export function insertAt<T>(items: T[], item: T, index: number | undefined): void {
  items.splice(index === undefined ? items.length : Math.max(0, Math.min(index, items.length)), 0, item);
}

/** Where a command finds one of the journey's lists in the draft. */
export type ListIn<T> = (draft: Draft<Journey>) => T[];

/**
 * Edit fields of the item `id` (a `what`) of a list, after `check` accepts the item as it will be;
 * typing in one field of one item is one undo step.
 */
export function updateItem<T extends { id: string }>(
  what: string,
  items: ListIn<T>,
  id: string,
  patch: Partial<NoInfer<T>>,
  check?: (draft: Draft<Journey>, edited: T) => void,
): Command {
  return {
    type: `update-${what}`,
    coalesceKey: editKey(what, id, patch),
    apply(draft, { now }) {
      const item = find(items(draft), id, what);
      check?.(draft, { ...item, ...patch });
      assignChanged(item, patch, now);
    },
  };
}

/** Move the item `id` (a `what`) of a list to `toIndex`, kept within the list, stamping it. */
export function moveItem<T extends { id: string; updatedAt: string }>(
  what: string,
  items: ListIn<T>,
  id: string,
  toIndex: number,
): Command {
  return {
    type: `move-${what}`,
    apply(draft, { now }) {
      const list = items(draft);
      const from = indexOf(list, id, what);
      const to = Math.max(0, Math.min(toIndex, list.length - 1));
      if (from === to) return;
      const [item] = list.splice(from, 1);
      item!.updatedAt = now;
      list.splice(to, 0, item!);
    },
  };
}

/** Take the item `id` out of a list. */
export function remove<T extends { id: string }>(items: T[], id: string, what: string): void {
  items.splice(indexOf(items, id, what), 1);
}

/** Clear an optional field of an item, stamping it only if it had a value. */
export function clearField<K extends string>(
  item: { updatedAt: string } & Partial<Record<K, unknown>>,
  key: K,
  now: string,
): void {
  if (item[key] === undefined) return;
  delete item[key];
  item.updatedAt = now;
}

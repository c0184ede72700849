import type { Draft } from 'immer';
import type { BlueprintItem, BlueprintLayer, Branch, Journey, Loop, Owner } from '../model';
import {
  clearField,
  CommandError,
  find,
  indexOf,
  insertAt,
  moveItem,
  remove,
  updateItem,
  type Command,
} from './command';

/*
 * The service blueprint's owners, layers and items, loops and branches: each list shares add,
 * update, move and delete. What points at a deleted item is pruned after every command
 * (src/commands/blueprintPrune.ts).
 */
type Lists = {
  owners: Owner;
  blueprintLayers: BlueprintLayer;
  blueprintItems: BlueprintItem;
  loops: Loop;
  branches: Branch;
};
export type BlueprintList = keyof Lists;
const NOUN: Record<BlueprintList, string> = {
  owners: 'owner',
  blueprintLayers: 'blueprint-layer',
  blueprintItems: 'blueprint-item',
  loops: 'loop',
  branches: 'branch',
};
type Fields<L extends BlueprintList> = Omit<Lists[L], 'id' | 'updatedAt'>;

const listOf = <L extends BlueprintList>(draft: Draft<Journey>, list: L) =>
  draft[list] as unknown as Draft<Lists[L]>[];

/** What each item needs to exist in the journey before it is added or changed. */
function check(draft: Draft<Journey>, list: BlueprintList, item: Partial<Lists[BlueprintList]>): void {
  const has = (items: { id: string }[], id: string | undefined, what: string) => {
    if (id !== undefined && !items.some((i) => i.id === id))
      throw new CommandError(`no ${what} with id "${id}"`);
  };
  if (list === 'blueprintItems') {
    const b = item as Partial<BlueprintItem>;
    has(draft.blueprintLayers, b.layerId, 'blueprint layer');
    has(draft.stages, b.stageId, 'stage');
    has(draft.owners, b.ownerId, 'owner');
    for (const t of b.touchpointIds ?? []) has(draft.touchpoints, t, 'touchpoint');
  }
  if (list === 'branches') {
    const b = item as Partial<Branch>;
    has(draft.touchpoints, b.touchpointId, 'touchpoint');
    has(draft.touchpoints, b.toTouchpointId, 'touchpoint');
  }
  if (list === 'loops') checkLoop(draft, item as Partial<Loop>);
}

/** A loop goes back: to the stage it starts from or an earlier one. */
function checkLoop(draft: Draft<Journey>, loop: Partial<Loop>): void {
  if (loop.fromId === undefined || loop.toStageId === undefined) return;
  const fromStage =
    loop.fromType === 'stage' ? loop.fromId : find(draft.touchpoints, loop.fromId, 'touchpoint').stageId;
  const from = indexOf(draft.stages, fromStage, 'stage');
  if (indexOf(draft.stages, loop.toStageId, 'stage') > from)
    throw new CommandError('a loop goes back to the same or an earlier stage');
}

export function addBlueprintEntry<L extends BlueprintList>(
  list: L,
  item: Omit<Lists[L], 'updatedAt'>,
  index?: number,
): Command {
  return {
    type: `add-${NOUN[list]}`,
    createdIds: [item.id],
    apply(draft, { now }) {
      check(draft, list, item);
      insertAt(listOf(draft, list), { ...item, updatedAt: now } as Draft<Lists[L]>, index);
    },
  };
}

export function updateBlueprintEntry<L extends BlueprintList>(
  list: L,
  id: string,
  patch: Partial<Fields<L>>,
): Command {
  return updateItem(
    NOUN[list],
    (draft) => listOf(draft, list),
    id,
    patch as Partial<Draft<Lists[L]>>,
    (draft, edited) => check(draft, list, edited as Partial<Lists[L]>),
  );
}

/** Clear an optional field (an item's owner, a loop's share). */
export function clearBlueprintField<L extends BlueprintList>(
  list: L,
  id: string,
  key: 'ownerId' | 'share',
): Command {
  return {
    type: `update-${NOUN[list]}`,
    apply(draft, { now }) {
      clearField(find(listOf(draft, list), id, NOUN[list]), key, now);
    },
  };
}

export const moveBlueprintEntry = (list: BlueprintList, id: string, toIndex: number): Command =>
  moveItem(NOUN[list], (draft) => listOf(draft, list), id, toIndex);

/** Delete an entry; a layer takes its items with it, an owner leaves its items and plans unowned. */
export function deleteBlueprintEntry(list: BlueprintList, id: string): Command {
  return {
    type: `delete-${NOUN[list]}`,
    apply(draft) {
      remove(listOf(draft, list), id, NOUN[list]);
    },
  };
}

/** Link a blueprint item to a touchpoint it serves, or unlink it. */
export function linkBlueprintItem(itemId: string, touchpointId: string, linked: boolean): Command {
  return {
    type: linked ? 'link-blueprint-item' : 'unlink-blueprint-item',
    apply(draft, { now }) {
      const item = find(draft.blueprintItems, itemId, 'blueprint item');
      find(draft.touchpoints, touchpointId, 'touchpoint');
      const at = item.touchpointIds.indexOf(touchpointId);
      if (linked === at >= 0) return;
      if (linked) item.touchpointIds.push(touchpointId);
      else item.touchpointIds.splice(at, 1);
      item.updatedAt = now;
    },
  };
}

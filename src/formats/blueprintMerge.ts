import { BLUEPRINT_LISTS, type Journey, type MergeConflict } from '../model';

type Item = { id: string; updatedAt: string };
type Union = <T extends Item>(
  mine: T[],
  theirs: T[],
  type: MergeConflict['itemType'],
) => { items: T[]; added: number };

/**
 * Owners, layers, items, loops, branches and plan entries of two copies united by id, each list as
 * the other items are: a one-sided item is kept, the same item changed on both sides is a conflict.
 */
export function mergeBlueprint(local: Journey, theirs: Journey, union: Union) {
  const lists = Object.entries(BLUEPRINT_LISTS).map(([type, list]) => {
    const { items, added } = union<Item>(local[list], theirs[list], type as MergeConflict['itemType']);
    return { list, items, added };
  });
  return {
    lists: Object.fromEntries(lists.map(({ list, items }) => [list, items])) as Pick<
      Journey,
      (typeof BLUEPRINT_LISTS)[keyof typeof BLUEPRINT_LISTS]
    >,
    added: lists.reduce((n, { added }) => n + added, 0),
  };
}

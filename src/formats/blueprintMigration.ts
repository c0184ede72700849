import type { Migration } from './migrations';

const BLUEPRINT_LISTS = ['owners', 'blueprintLayers', 'blueprintItems', 'loops', 'branches', 'plan'];

/**
 * v2 → v3: the service blueprint (owners, layers, items), loops, branches and the action plan, all
 * empty in a map made before them. Only adds: nothing of the v2 map changes.
 */
export const BLUEPRINT_MIGRATION: Migration = {
  from: 2,
  renamed: [],
  up: (journey) => ({
    ...journey,
    ...Object.fromEntries(BLUEPRINT_LISTS.map((list) => [list, journey[list] ?? []])),
  }),
};

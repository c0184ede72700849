import {
  channelSchema,
  JOURNEY_META_KEYS,
  personaSchema,
  scenarioSchema,
  stageSchema,
  touchpointSchema,
  type Touchpoint,
} from '../model';
import { CommandError, indexOf, type Command } from './command';
import { renumberCell } from './cells';
import { requireCell } from './touchpoints';

const SCHEMAS = {
  scenario: scenarioSchema,
  stage: stageSchema,
  persona: personaSchema,
  channel: channelSchema,
  touchpoint: touchpointSchema,
} as const;
const LISTS = {
  scenario: 'scenarios',
  stage: 'stages',
  persona: 'personas',
  channel: 'channels',
  touchpoint: 'touchpoints',
} as const;

/** Settle a merge conflict with one side's version of the item; the other is let go. Undoable. */
export function resolveConflict(conflictId: string, choice: 'mine' | 'theirs'): Command {
  return {
    type: 'resolve-conflict',
    apply(draft, { now }) {
      const conflicts = draft.conflicts ?? [];
      const conflict = conflicts[indexOf(conflicts, conflictId, 'conflict')]!;
      const chosen = conflict[choice];
      if (conflict.itemType === 'journey') {
        for (const key of JOURNEY_META_KEYS) {
          if (key in chosen) (draft as Record<string, unknown>)[key] = chosen[key];
        }
      } else {
        const parsed = SCHEMAS[conflict.itemType].safeParse({ ...chosen, updatedAt: now });
        if (!parsed.success)
          throw new CommandError(
            `the ${choice} version of ${conflict.itemType} ${conflict.itemId} is not valid`,
          );
        const list = draft[LISTS[conflict.itemType]] as { id: string }[];
        const at = list.findIndex((item) => item.id === conflict.itemId);
        const before = list[at] as Touchpoint | undefined;
        if (conflict.itemType === 'touchpoint') requireCell(draft, parsed.data as Touchpoint);
        if (at >= 0) list[at] = parsed.data;
        else list.push(parsed.data);
        if (conflict.itemType === 'touchpoint') {
          // The chosen version may sit in another cell: both cells stay dense.
          if (before) renumberCell(draft, before);
          renumberCell(draft, parsed.data as Touchpoint);
        }
      }
      draft.conflicts = conflicts.filter((c) => c.id !== conflictId);
      if (draft.conflicts.length === 0) delete draft.conflicts;
    },
  };
}

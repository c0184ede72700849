import type { PlanEntry } from '../model';
import { CommandError, editKey, type Command } from './command';

/** A plan field to set, or `null` to clear it. */
export type PlanPatch = {
  [K in keyof Omit<PlanEntry, 'id' | 'updatedAt'>]?: PlanEntry[K] | null;
};

/** Score, own, date or move an opportunity along the plan; its plan entry is made on first use. */
export function setPlan(opportunityId: string, patch: PlanPatch): Command {
  return {
    type: 'set-plan',
    coalesceKey: editKey('plan', opportunityId, patch),
    apply(draft, { now }) {
      const note = draft.annotations.find((a) => a.id === opportunityId);
      if (note?.kind !== 'opportunity') throw new CommandError(`no opportunity with id "${opportunityId}"`);
      if (patch.ownerId != null && !draft.owners.some((o) => o.id === patch.ownerId))
        throw new CommandError(`no owner with id "${patch.ownerId}"`);
      let entry = draft.plan.find((p) => p.id === opportunityId);
      if (!entry) {
        entry = { id: opportunityId, status: 'idea', updatedAt: now };
        draft.plan.push(entry);
      }
      const fields = entry as Record<string, unknown>;
      let changed = false;
      for (const [key, value] of Object.entries(patch)) {
        if (value === undefined || fields[key] === (value ?? undefined)) continue;
        if (value === null) delete fields[key];
        else fields[key] = value;
        changed = true;
      }
      if (changed) entry.updatedAt = now;
    },
  };
}

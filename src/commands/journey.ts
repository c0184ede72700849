import type { Journey, JourneyMeta } from '../model';
import { assignChanged, type Command } from './command';

export function updateJourneyMeta(patch: Partial<JourneyMeta>): Command {
  return {
    type: 'update-journey',
    coalesceKey: `journey:${Object.keys(patch).sort().join(',')}`,
    apply(draft) {
      assignChanged(draft, patch);
    },
  };
}

/**
 * Replace the whole document (restore a snapshot, apply a merge) as one undoable step.
 * The journey id is kept: it is the same map in another state.
 */
export function replaceJourney(next: Journey): Command {
  return {
    type: 'replace-journey',
    apply(draft) {
      const { id } = draft;
      Object.assign(draft, structuredClone(next), { id });
    },
  };
}

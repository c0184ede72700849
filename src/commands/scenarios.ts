import { current } from 'immer';
import { LIMITS, type Scenario } from '../model';
import { addAxisItem } from './axes';
import { CommandError, find, type Command } from './command';

/**
 * A new scenario that starts as a copy of another's touchpoint layer ("best case" from
 * "today"), placed right after it; or an empty one at the end when `from` is null. With
 * `withNotes`, the notes on the copied touchpoints come along (replies included); without,
 * they stay with the originals only.
 */
export function addScenario(
  scenario: Omit<Scenario, 'updatedAt'>,
  from: string | null,
  makeId: () => string,
  { withNotes = false }: { withNotes?: boolean } = {},
): Command {
  // Ids are made once, so that running the command again gives the same journey.
  const copyIds: string[] = [];
  const noteIds: string[] = [];
  return {
    type: 'add-scenario',
    createdIds: [scenario.id],
    apply(draft, context) {
      if (draft.scenarios.length >= LIMITS.scenarios)
        throw new CommandError(`a journey holds at most ${LIMITS.scenarios} scenarios`);
      const source = from === null ? undefined : find(draft.scenarios, from, 'scenario');
      const index = source ? draft.scenarios.indexOf(source) + 1 : undefined;
      addAxisItem('scenarios', scenario, index).apply(draft, context);
      if (!source) return;
      const copyOf = new Map<string, string>();
      current(draft.touchpoints)
        .filter((t) => t.scenarioId === source.id)
        .forEach((t, i) => {
          copyIds[i] ??= makeId();
          copyOf.set(t.id, copyIds[i]);
          draft.touchpoints.push({
            ...structuredClone(t),
            id: copyIds[i],
            scenarioId: scenario.id,
            updatedAt: context.now,
          });
        });
      if (!withNotes) return;
      const notes = current(draft.annotations).filter(
        (a) => a.targetType === 'touchpoint' && copyOf.has(a.targetId),
      );
      if (draft.annotations.length + notes.length > LIMITS.annotations)
        throw new CommandError(`a journey holds at most ${LIMITS.annotations} notes`);
      let n = 0;
      const nextId = () => (noteIds[n++] ??= makeId());
      for (const note of notes) {
        draft.annotations.push({
          ...structuredClone(note),
          id: nextId(),
          targetId: copyOf.get(note.targetId)!,
          replies: note.replies.map((reply) => ({ ...reply, id: nextId() })),
        });
      }
    },
  };
}

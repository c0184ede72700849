import { current } from 'immer';
import { LIMITS, type Scenario } from '../model';
import { addAxisItem } from './axes';
import { CommandError, find, type Command } from './command';

/**
 * A new scenario that starts as a copy of another's touchpoint layer ("best case" from
 * "today"), placed right after it; or an empty one at the end when `from` is null. Notes
 * stay with the originals: they were about those moments.
 */
export function addScenario(
  scenario: Omit<Scenario, 'updatedAt'>,
  from: string | null,
  makeId: () => string,
): Command {
  // Ids are made once, so that running the command again gives the same journey.
  const copyIds: string[] = [];
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
      current(draft.touchpoints)
        .filter((t) => t.scenarioId === source.id)
        .forEach((t, i) => {
          copyIds[i] ??= makeId();
          draft.touchpoints.push({
            ...structuredClone(t),
            id: copyIds[i],
            scenarioId: scenario.id,
            updatedAt: context.now,
          });
        });
    },
  };
}

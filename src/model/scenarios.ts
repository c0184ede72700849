import { produce } from 'immer';
import { pruneBlueprint } from './blueprintPrune';
import type { Journey, Scenario } from './schema';
import { measuresInScenario } from './measuresView';

/** The scenario to show: the wanted one if it (still) exists, else the journey's first. */
export function resolveScenario(journey: Journey, scenarioId: string | null | undefined): Scenario {
  return journey.scenarios.find((s) => s.id === scenarioId) ?? journey.scenarios[0]!;
}

/**
 * The journey as one scenario sees it, itself a valid one-scenario journey: that scenario,
 * its touchpoints and the notes pinned to them; stages, personas, channels and their notes
 * are shared by every scenario. A journey with a single scenario is returned as it is.
 */
export function scenarioView(journey: Journey, scenarioId: string): Journey {
  if (journey.scenarios.length === 1 && journey.scenarios[0]!.id === scenarioId) return journey;
  const touchpoints = journey.touchpoints.filter((t) => t.scenarioId === scenarioId);
  const visible = new Set(touchpoints.map((t) => t.id));
  const view = {
    ...journey,
    scenarios: journey.scenarios.filter((s) => s.id === scenarioId),
    touchpoints,
    annotations: journey.annotations.filter((a) => a.targetType !== 'touchpoint' || visible.has(a.targetId)),
    ...measuresInScenario(journey, scenarioId, visible),
  };
  // Blueprint links, branches and plans of other scenarios' touchpoints and notes stay out of the view.
  return produce(view, pruneBlueprint);
}

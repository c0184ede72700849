import type { Journey } from './schema';

/**
 * The metric values and research of one scenario: its stage values (and those for every
 * scenario), the values of its touchpoints, and research notes linked only to its touchpoints.
 */
export function measuresInScenario(
  journey: Journey,
  scenarioId: string,
  visible: ReadonlySet<string>,
): Pick<Journey, 'metricValues' | 'researchNotes'> {
  return {
    metricValues: journey.metricValues.filter((v) =>
      v.targetType === 'stage' ? (v.scenarioId ?? scenarioId) === scenarioId : visible.has(v.targetId),
    ),
    researchNotes: journey.researchNotes
      .filter((n) => n.touchpointIds.length === 0 || n.touchpointIds.some((id) => visible.has(id)))
      .map((n) =>
        n.touchpointIds.every((id) => visible.has(id))
          ? n
          : { ...n, touchpointIds: n.touchpointIds.filter((id) => visible.has(id)) },
      ),
  };
}

import type { Journey, Touchpoint } from '../../src/model';
import { cardMeasures } from '../metrics/measuresView';

/** With "show assumptions" on, only the touchpoints with no evidence match (the others fade). */
export function withAssumptions(
  journey: Journey,
  matches: (t: Touchpoint) => boolean,
  assumptionsOnly: boolean,
): (t: Touchpoint) => boolean {
  if (!assumptionsOnly) return matches;
  const { evidence } = cardMeasures(journey);
  return (t) => (evidence.get(t.id) ?? 'assumed') === 'assumed' && matches(t);
}

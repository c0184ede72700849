import { resolveScenario, scenarioView, type Journey } from '../../src/model';
import { useEditor } from './editorStore';
import { useUi } from './uiStore';

/*
 * The canvas, panels and actions work on the journey as the scenario on show sees it: a valid
 * one-scenario journey whose `scenarios[0]` is that scenario. Commands still run on the whole
 * journey in the editor store (ids are unique across scenarios).
 */

const views = new WeakMap<Journey, Map<string, Journey>>();

/** The view of `journey` for the scenario wanted, made once per journey state and scenario. */
export function shownJourneyOf(journey: Journey, scenarioId: string | null): Journey {
  const id = resolveScenario(journey, scenarioId).id;
  let byScenario = views.get(journey);
  if (!byScenario) views.set(journey, (byScenario = new Map()));
  let view = byScenario.get(id);
  if (!view) byScenario.set(id, (view = scenarioView(journey, id)));
  return view;
}

/** The journey on show, outside React (actions, the native menu, exports). */
export function getShownJourney(): Journey | null {
  const { journey } = useEditor.getState();
  return journey && shownJourneyOf(journey, useUi.getState().scenarioId);
}

/** The journey on show; call only while a journey is open. */
export function useShownJourney(): Journey {
  const journey = useEditor((s) => s.journey)!;
  const scenarioId = useUi((s) => s.scenarioId);
  return shownJourneyOf(journey, scenarioId);
}

/** Show another scenario; the selection (ids of the other layer) is let go. */
export function showScenario(scenarioId: string): void {
  useEditor.getState().select({ kind: 'none' });
  useUi.getState().setScenario(scenarioId);
}

import { journeyToCsv, writeTrayecto } from '../../src/formats';
import { layoutJourney } from '../../renderer/canvas/layout';
import { generateJourney, withBlueprint, withMeasures } from './generate';

/**
 * The benchmark maps as the files a user would open: .trayecto and .csv text; with `blueprint`, the same map
 * with half as many blueprint cards as touchpoints and as many links as touchpoints.
 */
export function benchmarkFiles(size: number, blueprint = false): { trayecto: string; csv: string } {
  const plain = generateJourney(size);
  const journey = blueprint ? withBlueprint(plain, size / 2, size) : plain;
  return { trayecto: writeTrayecto(journey), csv: journeyToCsv(journey) };
}

/** The same map with 5 metrics over 4 periods on every touchpoint and two research notes per touchpoint. */
export function measuredBenchmarkFile(size: number): string {
  return writeTrayecto(withMeasures(generateJourney(size)));
}

/**
 * What the map of this size has for the bare comparison: its nodes (cards, headers, cells) and its curve
 * segments, which a plain React Flow app would draw as one edge each (Trayecto draws one path per persona).
 */
export function canvasSize(size: number): { nodes: number; edges: number } {
  const layout = layoutJourney(generateJourney(size), 'personas');
  return {
    nodes: layout.nodes.filter((n) => n.type !== 'curve').length,
    edges: layout.curves.reduce((sum, c) => sum + Math.max(0, c.touchpointIds.length - 1), 0),
  };
}

/**
 * The card the interactions use: the first one of the first persona (in journey order), so that it is on
 * screen whether the map opens whole or at its beginning (top-left, when too large to read whole), and away
 * from the zoom controls at the bottom.
 */
export function benchCard(size: number): { id: string; title: string; emotion: number } {
  const journey = generateJourney(size);
  const persona = journey.personas[0]!;
  const stageIndex = new Map(journey.stages.map((s, i) => [s.id, i]));
  const [card] = journey.touchpoints
    .filter((t) => t.personaId === persona.id)
    .sort((a, b) => stageIndex.get(a.stageId)! - stageIndex.get(b.stageId)! || a.order - b.order);
  const { id, title, emotion } = card ?? journey.touchpoints[0]!;
  return { id, title, emotion };
}

import { journeyToCsv, writeTrayecto } from '../../src/formats';
import { layoutJourney } from '../../renderer/canvas/layout';
import { generateJourney } from './generate';

/** The benchmark maps as the files a user would open: .trayecto and .csv text. */
export function benchmarkFiles(size: number): { trayecto: string; csv: string } {
  const journey = generateJourney(size);
  return { trayecto: writeTrayecto(journey), csv: journeyToCsv(journey) };
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

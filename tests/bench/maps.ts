import { journeyToCsv, writeTrayecto } from '../../src/formats';
import { layoutJourney } from '../../renderer/canvas/layout';
import { generateJourney } from './generate';

/** The benchmark maps as the files a user would open: .trayecto and .csv text. */
export function benchmarkFiles(size: number): { trayecto: string; csv: string } {
  const journey = generateJourney(size);
  return { trayecto: writeTrayecto(journey), csv: journeyToCsv(journey) };
}

/** How many nodes and edges Trayecto's canvas draws for the map of this size (for the bare comparison). */
export function canvasSize(size: number): { nodes: number; edges: number } {
  const layout = layoutJourney(generateJourney(size), 'personas');
  return { nodes: layout.nodes.length, edges: layout.edges.length };
}

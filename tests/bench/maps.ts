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

/**
 * The card the interactions use: the first one in the middle cell of the map (middle persona, middle
 * stage), so that it is on screen wherever the canvas fits the map, away from the minimap and controls.
 */
export function benchCard(size: number): { id: string; title: string; emotion: number } {
  const journey = generateJourney(size);
  const persona = journey.personas[Math.floor(journey.personas.length / 2)]!;
  const stage = journey.stages[Math.floor(journey.stages.length / 2)]!;
  const inCell = journey.touchpoints.filter((t) => t.personaId === persona.id && t.stageId === stage.id);
  const card = inCell.find((t) => t.order === 0) ?? journey.touchpoints[0]!;
  return { id: card.id, title: card.title, emotion: card.emotion };
}

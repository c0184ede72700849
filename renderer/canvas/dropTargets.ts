import { movePersona, moveStage, moveTouchpoints, setEmotion, type Command } from '../../src/commands';
import { compoundKey, type Journey } from '../../src/model';
import { emotionAtTop, GEOMETRY, indexAtLeft } from './geometry';
import { customerLanes, hitCell, type CanvasNode, type MapLayout } from './layout';

export interface DroppedCard {
  touchpointId: string;
  /** Top-left of the card where it was dropped, in flow coordinates. */
  position: { x: number; y: number };
}

/**
 * The commands a drop stands for: each card goes to the cell under its centre, at the index
 * its left edge points to, with the emotion its height in the lane says (snapped to -3..+3).
 * Cards dropped outside the map go back where they were.
 */
export function commandsForDrop(journey: Journey, layout: MapLayout, dropped: DroppedCard[]): Command[] {
  const commands: Command[] = [];
  const byCell = new Map<string, { personaId: string; stageId: string; index: number; ids: string[] }>();
  const sorted = [...dropped].sort((a, b) => a.position.x - b.position.x);
  for (const card of sorted) {
    const centre = {
      x: card.position.x + GEOMETRY.cardWidth / 2,
      y: card.position.y + GEOMETRY.cardHeight / 2,
    };
    const hit = hitCell(layout, centre);
    const touchpoint = journey.touchpoints.find((t) => t.id === card.touchpointId);
    if (!hit || !touchpoint || hit.lane.lane.kind !== 'persona') continue;
    const emotion = emotionAtTop(card.position.y - hit.lane.y);
    if (emotion !== touchpoint.emotion) commands.push(setEmotion([touchpoint.id], emotion));
    const personaId = hit.lane.lane.id;
    const stageId = hit.column.stage.id;
    const index = indexAtLeft(card.position.x - hit.column.x);
    const key = compoundKey(personaId, stageId);
    const group = byCell.get(key);
    if (group) group.ids.push(touchpoint.id);
    else byCell.set(key, { personaId, stageId, index, ids: [touchpoint.id] });
  }
  for (const group of byCell.values()) {
    const unchanged =
      group.ids.length === 1 &&
      journey.touchpoints.some(
        (t) =>
          t.id === group.ids[0] &&
          t.personaId === group.personaId &&
          t.stageId === group.stageId &&
          t.order === group.index,
      );
    if (!unchanged) commands.push(moveTouchpoints(group.ids, group.personaId, group.stageId, group.index));
  }
  return commands;
}

/**
 * A stage header dropped sideways, or a persona header dropped up or down, moves to the slot
 * its centre is in: the number of other columns (lanes) whose centre it passed.
 */
export function commandForHeaderDrop(layout: MapLayout, node: CanvasNode): Command | undefined {
  if (node.type === 'stageHeader') {
    const centre = node.position.x + (node.width ?? 0) / 2;
    const others = layout.columns.filter((c) => c.stage.id !== node.data.stage.id);
    const index = others.filter((c) => c.x + c.width / 2 < centre).length;
    return index === node.data.index ? undefined : moveStage(node.data.stage.id, index);
  }
  if (node.type === 'laneHeader' && node.data.lane.kind === 'persona') {
    const centre = node.position.y + (node.height ?? 0) / 2;
    const others = customerLanes(layout.lanes).filter((l) => l.lane.id !== node.data.lane.id);
    const index = others.filter((l) => l.y + l.height / 2 < centre).length;
    return index === node.data.index ? undefined : movePersona(node.data.lane.id, index);
  }
  return undefined;
}

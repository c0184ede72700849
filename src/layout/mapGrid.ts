import { compoundKey, type Journey, type Touchpoint } from '../model';
import { cardLeftInCell, cardTopInLane, columnWidth, GEOMETRY, laneHeight } from './geometry';
import {
  blueprintLaneHeight,
  blueprintLanes,
  itemCells,
  placeBlueprint,
  type BlueprintGrid,
} from './blueprintGrid';
import type { CardPlacement, Column, CustomerLane, Lane, LanePlacement } from './lanes';

export type ViewMode = 'personas' | 'channels';

export type { BlueprintLane, CardPlacement, Column, CustomerLane, Lane, LanePlacement } from './lanes';

export const isCustomerLane = (lane: Lane): lane is CustomerLane =>
  lane.kind === 'persona' || lane.kind === 'channel';
/** The lanes of the customer's side, for what only they have (labels, bands, drops). */
export const customerLanes = (lanes: readonly LanePlacement[]) =>
  lanes.filter((l): l is LanePlacement & { lane: CustomerLane } => isCustomerLane(l.lane));

/** A persona's emotional curve: one line through the cards of its touchpoints, in journey order. */
export interface LaneCurve extends Record<string, unknown> {
  personaId: string;
  color: string;
  touchpointIds: string[];
}

/** The map's grid: stages in columns, lanes in rows, cards in cells. Pure; shared by the canvas and the exports. */
export interface MapGrid {
  columns: Column[];
  lanes: LanePlacement[];
  /** In lane order, then stage, then order in the cell. */
  cards: CardPlacement[];
  /** The emotional curves (persona view only). */
  curves: LaneCurve[];
  /** The service blueprint's items and lines, the loops and the branches. */
  blueprint: BlueprintGrid;
  width: number;
  height: number;
}

export const NO_CHANNEL = 'no-channel';

function lanesOf(journey: Journey, mode: ViewMode): Lane[] {
  if (mode === 'personas')
    return journey.personas.map((persona) => ({ kind: 'persona', id: persona.id, persona }));
  const lanes: Lane[] = journey.channels.map((channel) => ({ kind: 'channel', id: channel.id, channel }));
  if (journey.touchpoints.some((t) => t.channelIds.length === 0))
    lanes.push({ kind: 'channel', id: NO_CHANNEL, channel: null });
  return lanes;
}

/** The lanes a touchpoint shows in. */
export function laneIdsOf(touchpoint: Touchpoint, mode: ViewMode): string[] {
  if (mode === 'personas') return [touchpoint.personaId];
  return touchpoint.channelIds.length ? touchpoint.channelIds : [NO_CHANNEL];
}

/**
 * The map as a pure function of the journey: stages are columns, lanes are rows, a card's place in its
 * cell is its order, the height of its middle in the lane is its emotion. Cards are `cardHeight` high
 * (the canvas's fixed height unless told otherwise); a lane is as tall as its tallest card needs.
 */
export function mapGrid(
  journey: Journey,
  mode: ViewMode,
  cardHeight: (touchpoint: Touchpoint) => number = () => GEOMETRY.cardHeight,
  /** Room under the stage headers for the metrics row (the canvas's), 0 for none. */
  metricsRow = 0,
): MapGrid {
  const extra = blueprintLanes(journey);
  const lanes = [...extra.above, ...lanesOf(journey, mode), ...extra.below];
  const items = itemCells(journey);
  const personaIndex = new Map(journey.personas.map((p, i) => [p.id, i]));

  // Cells: lane × stage → touchpoints in display order.
  const cells = new Map<string, Touchpoint[]>();
  const sorted = [...journey.touchpoints].sort(
    (a, b) =>
      (personaIndex.get(a.personaId) ?? 0) - (personaIndex.get(b.personaId) ?? 0) || a.order - b.order,
  );
  const heights = new Map<string, number>();
  for (const t of sorted) {
    const height = cardHeight(t);
    for (const laneId of laneIdsOf(t, mode)) {
      const key = compoundKey(laneId, t.stageId);
      const cell = cells.get(key);
      if (cell) cell.push(t);
      else cells.set(key, [t]);
      heights.set(laneId, Math.max(heights.get(laneId) ?? GEOMETRY.cardHeight, height));
    }
  }

  const columns: Column[] = [];
  let x = GEOMETRY.laneHeaderWidth;
  journey.stages.forEach((stage, index) => {
    const widest = Math.max(
      0,
      ...lanes.map(
        (lane) =>
          (cells.get(compoundKey(lane.id, stage.id)) ?? items.get(compoundKey(lane.id, stage.id)))?.length ??
          0,
      ),
    );
    const width = columnWidth(widest);
    columns.push({ stage, index, x, width });
    x += width;
  });
  let y = GEOMETRY.stageHeaderHeight + metricsRow;
  const placements: LanePlacement[] = lanes.map((lane, index) => {
    const placement = {
      lane,
      index,
      y,
      height: blueprintLaneHeight(lane, journey) ?? laneHeight(heights.get(lane.id)),
    };
    y += placement.height;
    return placement;
  });

  const cards: CardPlacement[] = [];
  for (const lane of placements)
    for (const column of columns)
      (cells.get(compoundKey(lane.lane.id, column.stage.id)) ?? []).forEach((touchpoint, i) => {
        const height = cardHeight(touchpoint);
        cards.push({
          touchpoint,
          lane,
          column,
          x: column.x + cardLeftInCell(i),
          y: lane.y + cardTopInLane(touchpoint.emotion, height, lane.height),
          width: GEOMETRY.cardWidth,
          height,
        });
      });

  return {
    columns,
    lanes: placements,
    cards,
    curves: mode === 'personas' ? emotionCurves(journey, columns) : [],
    blueprint: placeBlueprint(journey, columns, placements, cards, items),
    width: x,
    height: y,
  };
}

/** Each persona's touchpoints in journey order, joined by a smooth line: the emotional curve. */
function emotionCurves(journey: Journey, columns: Column[]): LaneCurve[] {
  const stageIndex = new Map(columns.map((c) => [c.stage.id, c.index]));
  return journey.personas.map((persona) => ({
    personaId: persona.id,
    color: persona.color,
    touchpointIds: journey.touchpoints
      .filter((t) => t.personaId === persona.id)
      .sort(
        (a, b) => (stageIndex.get(a.stageId) ?? 0) - (stageIndex.get(b.stageId) ?? 0) || a.order - b.order,
      )
      .map((t) => t.id),
  }));
}

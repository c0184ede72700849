import { compoundKey, type BlueprintItem, type Branch, type Journey, type Loop } from '../model';
import { cardLeftInCell, GEOMETRY } from './geometry';
import type { CardPlacement, CellBox, Column, Lane, LanePlacement } from './lanes';

/** Service-blueprint measurements, in map units. */
export const BLUEPRINT_GEOMETRY = {
  itemHeight: 64,
  layerPadding: 16,
  /** Loops lane: room above the first return arrow, between two, and below the last for the arrowheads. */
  loopTop: 26,
  loopStep: 26,
  loopBottom: 18,
  /** How far inside its column a return arrow starts or lands. */
  loopInset: 28,
} as const;
const B = BLUEPRINT_GEOMETRY;

export const LOOPS_LANE = 'loops';

/** The lanes the blueprint adds to the map: the loops above the customer's lanes, the shown layers below. */
export function blueprintLanes(journey: Journey): { above: Lane[]; below: Lane[] } {
  return {
    above: journey.loops.length ? [{ kind: 'loops', id: LOOPS_LANE }] : [],
    below: journey.blueprintLayers
      .filter((layer) => !layer.hidden)
      .map((layer) => ({ kind: 'layer' as const, id: layer.id, layer })),
  };
}

/** Height of a blueprint lane, or undefined for a customer lane. */
export function blueprintLaneHeight(lane: Lane, journey: Journey): number | undefined {
  if (lane.kind === 'loops') return B.loopTop + journey.loops.length * B.loopStep + B.loopBottom;
  if (lane.kind === 'layer') return B.itemHeight + 2 * B.layerPadding;
  return undefined;
}

/** Blueprint items by (layer, stage) cell key, in list order. */
export function itemCells(journey: Journey): Map<string, BlueprintItem[]> {
  const cells = new Map<string, BlueprintItem[]>();
  for (const item of journey.blueprintItems) {
    const key = compoundKey(item.layerId, item.stageId);
    const cell = cells.get(key);
    if (cell) cell.push(item);
    else cells.set(key, [item]);
  }
  return cells;
}

/** A blueprint card in its layer's lane. */
export interface ItemPlacement extends CellBox {
  item: BlueprintItem;
}

/** A return arrow: up from `fromX`, back along `y`, down onto `toX`, which it reaches at `bottom`. */
export interface LoopPlacement {
  loop: Loop;
  fromX: number;
  toX: number;
  y: number;
  bottom: number;
}

/** A loop's or branch's label: its text and its share of customers, e.g. "Next car · 25 %". */
export const shareLabel = (label: string, share: number | undefined): string =>
  [label, share === undefined ? '' : `${share} %`].filter(Boolean).join(' · ');

const ARROW = 7;
/** The path of a loop's return arrow, its head pointing down onto the stage it returns to. */
export const returnArrowPath = ({ fromX, toX, y, bottom }: Omit<LoopPlacement, 'loop'>): string =>
  `M${fromX} ${bottom}V${y}H${toX}V${bottom - ARROW}` +
  `M${toX - ARROW / 1.4} ${bottom - ARROW * 1.6}L${toX} ${bottom - ARROW / 2}L${toX + ARROW / 1.4} ${bottom - ARROW * 1.6}`;

export interface BranchPlacement {
  branch: Branch;
  from: CardPlacement;
  to: CardPlacement;
}

/** One connector: a blueprint item's top to the bottom of a touchpoint it serves. */
export interface Connector {
  itemId: string;
  touchpointId: string;
  d: string;
}

/** Which links to draw, by item and touchpoint. */
export type LinkFilter = (itemId: string, touchpointId: string) => boolean;

export interface BlueprintGrid {
  items: ItemPlacement[];
  /** The line of interaction (customer | company) and the line of visibility (seen | unseen), where drawn. */
  lines: { kind: 'interaction' | 'visibility'; y: number }[];
  loops: LoopPlacement[];
  branches: BranchPlacement[];
  /**
   * The connectors of the links `wanted` picks (all by default): worked out when asked, as the canvas draws
   * only the selection's and a large blueprint has thousands of links.
   */
  connectors: (wanted?: LinkFilter) => Connector[];
}

/**
 * Where the blueprint's items, lines, loops and branches go on a map of these columns, lanes and cards;
 * `cells` are the journey's `itemCells`.
 */
export function placeBlueprint(
  journey: Journey,
  columns: Column[],
  lanes: LanePlacement[],
  cards: CardPlacement[],
  cells: Map<string, BlueprintItem[]>,
): BlueprintGrid {
  const items: ItemPlacement[] = [];
  const layers = lanes.filter((l) => l.lane.kind === 'layer');
  for (const lane of layers)
    for (const column of columns)
      (cells.get(compoundKey(lane.lane.id, column.stage.id)) ?? []).forEach((item, i) =>
        items.push({
          item,
          lane,
          column,
          x: column.x + cardLeftInCell(i),
          y: lane.y + B.layerPadding,
          width: GEOMETRY.cardWidth,
          height: B.itemHeight,
        }),
      );

  const lines: BlueprintGrid['lines'] = [];
  if (layers.length && layers[0]!.index > 0) lines.push({ kind: 'interaction', y: layers[0]!.y });
  const kindOf = (l: LanePlacement) => (l.lane.kind === 'layer' ? l.lane.layer.kind : undefined);
  const unseen = layers.find(
    (l, i) => i > 0 && kindOf(l) !== 'frontstage' && kindOf(layers[i - 1]!) === 'frontstage',
  );
  if (unseen) lines.push({ kind: 'visibility', y: unseen.y });

  const cardOf = new Map<string, CardPlacement>();
  for (const card of cards) if (!cardOf.has(card.touchpoint.id)) cardOf.set(card.touchpoint.id, card);
  const columnOf = new Map(columns.map((c) => [c.stage.id, c]));
  const loopsLane = lanes.find((l) => l.lane.kind === 'loops');
  const loops: LoopPlacement[] = [];
  if (loopsLane) {
    const ends = journey.loops.flatMap((loop) => {
      const card = loop.fromType === 'touchpoint' ? cardOf.get(loop.fromId) : undefined;
      const fromColumn = columnOf.get(
        loop.fromType === 'stage' ? loop.fromId : (card?.column.stage.id ?? ''),
      );
      const toColumn = columnOf.get(loop.toStageId);
      if (!fromColumn || !toColumn) return [];
      const fromX = card ? card.x + card.width / 2 : fromColumn.x + fromColumn.width - B.loopInset;
      return [{ loop, fromX, toX: toColumn.x + B.loopInset }];
    });
    // The widest arrow on top, so that the shorter ones nest inside it.
    ends
      .sort((a, b) => b.fromX - b.toX - (a.fromX - a.toX))
      .forEach((end, i) =>
        loops.push({
          ...end,
          y: loopsLane.y + B.loopTop + i * B.loopStep,
          bottom: loopsLane.y + loopsLane.height,
        }),
      );
  }
  const branches = journey.branches.flatMap((branch) => {
    const [from, to] = [cardOf.get(branch.touchpointId), cardOf.get(branch.toTouchpointId)];
    return from && to && from.lane.lane.kind === 'persona' ? [{ branch, from, to }] : [];
  });
  const connectors = (wanted: LinkFilter = () => true) =>
    items.flatMap(({ item, x, y, width }) =>
      item.touchpointIds.flatMap((touchpointId) => {
        const card = cardOf.get(touchpointId);
        if (!card || !wanted(item.id, touchpointId)) return [];
        const [sx, sy, tx, ty] = [x + width / 2, y, card.x + card.width / 2, card.y + card.height];
        const middle = (sy + ty) / 2;
        return [
          { itemId: item.id, touchpointId, d: `M${sx},${sy} C${sx},${middle} ${tx},${middle} ${tx},${ty}` },
        ];
      }),
    );
  return { items, lines, loops, branches, connectors: items.length ? connectors : NO_CONNECTORS };
}

/** The connectors of a map without blueprint cards: the same function every time, so a layout shows no change. */
const NO_CONNECTORS = (): Connector[] => [];

import type { Node } from '@xyflow/react';
import type { BlueprintItem, BlueprintLayerKind, Journey, Owner } from '../../src/model';
import { curveThroughBoxes } from '../../src/layout/geometry';
import { returnArrowPath, shareLabel, type BlueprintGrid } from '../../src/layout/blueprintGrid';
import type { BlueprintLane } from '../../src/layout/lanes';
import type { LanePlacement } from '../../src/layout/mapGrid';
import { GEOMETRY } from '../canvas/geometry';

export interface BlueprintLaneData extends Record<string, unknown> {
  lane: BlueprintLane;
  /** Items in the layer. */
  items: number;
}

/** The cards of one (layer, stage) cell: one node per cell, not per card, as fewer nodes open faster. */
export interface BlueprintCellData extends Record<string, unknown> {
  layerKind: BlueprintLayerKind;
  /** Each card with its owner and its place in the cell. */
  items: {
    item: BlueprintItem;
    owner: Owner | undefined;
    left: number;
    top: number;
    width: number;
    height: number;
  }[];
}

export interface BlueprintOverlayData extends Record<string, unknown> {
  width: number;
  height: number;
  lines: BlueprintGrid['lines'];
  loops: { id: string; d: string; labelX: number; labelY: number; label: string }[];
  branches: { id: string; d: string; labelX: number; labelY: number; label: string; color: string }[];
  connectors: BlueprintGrid['connectors'];
}

export type BlueprintCanvasNode =
  | Node<BlueprintLaneData, 'blueprintLane'>
  | Node<BlueprintCellData, 'blueprintCell'>
  | Node<BlueprintOverlayData, 'blueprintOverlay'>;

const fixed = { draggable: false, selectable: false, focusable: false, connectable: false } as const;
const sized = (width: number, height: number) => ({
  width,
  height,
  measured: { width, height },
  handles: [],
});

/** The blueprint's lane headers, item cards and one overlay with its lines, loops, branches and connectors. */
export function blueprintNodes(
  journey: Journey,
  grid: BlueprintGrid,
  lanes: LanePlacement[],
  size: { width: number; height: number },
): BlueprintCanvasNode[] {
  const nodes: BlueprintCanvasNode[] = [];
  for (const placement of lanes) {
    const { lane } = placement;
    if (lane.kind !== 'layer' && lane.kind !== 'loops') continue;
    nodes.push({
      id: `blueprint-lane:${lane.id}`,
      type: 'blueprintLane',
      position: { x: 0, y: placement.y },
      ...sized(size.width, placement.height),
      zIndex: -1,
      data: { lane, items: grid.items.filter((i) => i.lane === placement).length },
      ...fixed,
    });
  }
  const owners = new Map(journey.owners.map((o) => [o.id, o]));
  const cells = new Map<string, BlueprintCanvasNode & { type: 'blueprintCell' }>();
  for (const { item, x, y, width, height, lane, column } of grid.items) {
    const id = `blueprint-cell:${lane.lane.id}:${column.stage.id}`;
    let cell = cells.get(id);
    if (!cell) {
      cell = {
        id,
        type: 'blueprintCell',
        position: { x: column.x, y: lane.y },
        ...sized(column.width, lane.height),
        data: { layerKind: lane.lane.kind === 'layer' ? lane.lane.layer.kind : 'frontstage', items: [] },
        ...fixed,
      };
      cells.set(id, cell);
      nodes.push(cell);
    }
    const owner = item.ownerId === undefined ? undefined : owners.get(item.ownerId);
    cell.data.items.push({ item, owner, left: x - column.x, top: y - lane.y, width, height });
  }
  const personas = new Map(journey.personas.map((p) => [p.id, p.color]));
  nodes.push({
    id: 'blueprint-overlay',
    type: 'blueprintOverlay',
    position: { x: 0, y: 0 },
    ...sized(size.width, size.height),
    zIndex: 1,
    data: {
      ...size,
      lines: grid.lines,
      loops: grid.loops.map(({ loop, ...at }) => ({
        id: loop.id,
        d: returnArrowPath(at),
        labelX: (at.fromX + at.toX) / 2,
        labelY: at.y - 6,
        label: shareLabel(loop.label, loop.share),
      })),
      branches: grid.branches.map(({ branch, from, to }) => ({
        id: branch.id,
        d: curveThroughBoxes([from, to]),
        labelX: (from.x + from.width + to.x) / 2,
        labelY: (from.y + to.y + GEOMETRY.cardHeight) / 2 - 6,
        label: shareLabel(branch.label, branch.share),
        color: personas.get(from.touchpoint.personaId) ?? '#64748b',
      })),
      connectors: grid.connectors,
    },
    ...fixed,
  });
  return nodes;
}

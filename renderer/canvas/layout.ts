import type { Edge, Node, ReactFlowInstance } from '@xyflow/react';
import {
  openNotesByTarget,
  noteTable,
  valueTable,
  type Channel,
  type Journey,
  type Stage,
  type Touchpoint,
} from '../../src/model';
import {
  laneIdsOf,
  mapGrid,
  NO_CHANNEL,
  customerLanes,
  type Column,
  type CustomerLane,
  type Lane,
  type LaneCurve,
  type LanePlacement,
  type ViewMode,
} from '../../src/layout/mapGrid';
import { GEOMETRY } from './geometry';
import type { EvidenceLevel, TouchpointBadgeIndex } from '../../src/analytics';
import { cardMeasures, metricsRowHeight, shownStageReports } from '../metrics/measuresView';
import type { StageMetricsData } from '../metrics/StageMetricsNode';
import { blueprintNodes, type BlueprintCanvasNode } from '../blueprint/blueprintCanvasNodes';

export {
  customerLanes,
  NO_CHANNEL,
  type Column,
  type CustomerLane,
  type Lane,
  type LanePlacement,
  type ViewMode,
};

/** A persona's curve on the canvas: it fades with its cards when every one is filtered out. */
export interface CanvasCurve extends LaneCurve {
  dimmed: boolean;
}

export interface TouchpointCardData extends Record<string, unknown> {
  touchpoint: Touchpoint;
  channels: Channel[];
  color: string;
  openNotes: number;
  openPainPoints: number;
  dimmed: boolean;
  /** Cards can be dragged in the persona view; the channel view is for reading. */
  movable: boolean;
  /** The map's cards' badges, of which this card draws its own. */
  badges: TouchpointBadgeIndex;
  /** How well its emotion is backed; null while the map has neither research nor metric values. */
  evidence: EvidenceLevel | null;
}

export interface CellData extends Record<string, unknown> {
  lane: CustomerLane;
  stage: Stage;
  empty: boolean;
}

export interface StageHeaderData extends Record<string, unknown> {
  stage: Stage;
  index: number;
  touchpoints: number;
  openNotes: number;
}

export interface LaneHeaderData extends Record<string, unknown> {
  lane: CustomerLane;
  index: number;
  touchpoints: number;
  openNotes: number;
}

export type CanvasNode =
  | Node<TouchpointCardData, 'touchpoint'>
  | Node<CanvasCurve, 'curve'>
  | Node<CellData, 'cell'>
  | Node<StageHeaderData, 'stageHeader'>
  | Node<LaneHeaderData, 'laneHeader'>
  | Node<StageMetricsData, 'stageMetrics'>
  | BlueprintCanvasNode;

/** The React Flow instance of our canvas (zoom, fit, node lookup). */
export type CanvasFlow = ReactFlowInstance<CanvasNode, Edge>;

export interface MapLayout {
  nodes: CanvasNode[];
  /** The emotional curves (persona view only), also drawn as one `curve` node each. */
  curves: CanvasCurve[];
  columns: Column[];
  lanes: LanePlacement[];
  width: number;
  height: number;
}

const NEUTRAL_LANE_COLOR = '#64748b';

/**
 * A node's size, known from the geometry and told to React Flow as already measured, with no handles
 * (nothing connects): then its ResizeObserver finds nothing to update, instead of re-rendering every
 * node of the map once after the first paint.
 */
const sized = (width: number, height: number) => ({
  width,
  height,
  measured: { width, height },
  handles: [],
});

/** Node id of a touchpoint card; in the channel view a touchpoint appears once per channel. */
export const cardNodeId = (touchpointId: string, laneId?: string) =>
  laneId === undefined ? touchpointId : `${touchpointId}@${laneId}`;
export const touchpointIdOfNode = (nodeId: string) => nodeId.split('@')[0]!;

/**
 * The whole canvas as a pure projection of the journey: stages are columns, lanes are rows,
 * a card's place in its cell is its order, its height in the lane is its emotion.
 */
export function layoutJourney(
  journey: Journey,
  mode: ViewMode,
  matches: (touchpoint: Touchpoint) => boolean = () => true,
): MapLayout {
  const metricsRow = metricsRowHeight(journey);
  const {
    columns,
    lanes: placements,
    cards,
    curves: lines,
    blueprint,
    width,
    height,
  } = mapGrid(journey, mode, undefined, metricsRow);
  const measures = cardMeasures(journey);
  const weighed = noteTable(journey).length > 0 || valueTable(journey).length > 0;
  const touchpointsById = new Map(journey.touchpoints.map((t) => [t.id, t]));
  const curves: CanvasCurve[] = lines.map((curve) => ({
    ...curve,
    dimmed:
      curve.touchpointIds.length > 0 &&
      !curve.touchpointIds.some((id) => {
        const touchpoint = touchpointsById.get(id);
        return touchpoint !== undefined && matches(touchpoint);
      }),
  }));
  const channelsById = new Map(journey.channels.map((c) => [c.id, c]));
  const personasById = new Map(journey.personas.map((p) => [p.id, p]));
  const { notes, painPoints } = openNotesByTarget(journey.annotations);

  const fixed = { draggable: false, selectable: false, focusable: false, connectable: false } as const;
  // One path per persona rather than one React Flow edge per segment: a few SVG elements instead of
  // thousands, which is most of what panning a large map costs (see README, Performance).
  const nodes: CanvasNode[] = curves.map((curve) => ({
    id: `curve:${curve.personaId}`,
    type: 'curve',
    // Drawn in flow coordinates from the cards' live positions; the node itself is a 1×1 anchor.
    position: { x: 0, y: 0 },
    ...sized(1, 1),
    data: curve,
    ...fixed,
  }));
  for (const column of columns) {
    const inStage = journey.touchpoints.filter((t) => t.stageId === column.stage.id);
    nodes.push({
      id: `stage:${column.stage.id}`,
      type: 'stageHeader',
      position: { x: column.x, y: 0 },
      ...sized(column.width, GEOMETRY.stageHeaderHeight),
      data: {
        stage: column.stage,
        index: column.index,
        touchpoints: inStage.length,
        openNotes: notes.get(column.stage.id) ?? 0,
      },
      ...fixed,
      // Drag a stage header sideways to reorder the stages.
      draggable: true,
    });
  }
  if (metricsRow > 0) {
    const reports = shownStageReports(journey).filter((r) => r.period !== null);
    for (const column of columns)
      nodes.push({
        id: `stage-metrics:${column.stage.id}`,
        type: 'stageMetrics',
        position: { x: column.x, y: GEOMETRY.stageHeaderHeight },
        ...sized(column.width, metricsRow),
        data: {
          stageName: column.stage.name,
          lines: reports.slice(0, 5).map((r) => ({
            metricId: r.metricId,
            metric: r.metric,
            unit: r.unit,
            figure: r.stages[column.index]!,
          })),
        },
        ...fixed,
      });
  }
  let next = 0; // cards come in lane, stage, order: the next one to place
  nodes.push(...blueprintNodes(journey, blueprint, placements, { width, height }));
  for (const [customerIndex, placement] of customerLanes(placements).entries()) {
    const { lane } = placement;
    const laneTouchpoints =
      lane.kind === 'persona'
        ? journey.touchpoints.filter((t) => t.personaId === lane.id).length
        : journey.touchpoints.filter((t) => laneIdsOf(t, mode).includes(lane.id)).length;
    nodes.push({
      id: `lane:${lane.id}`,
      type: 'laneHeader',
      position: { x: 0, y: placement.y },
      ...sized(GEOMETRY.laneHeaderWidth, placement.height),
      data: {
        lane,
        // Among the customer's lanes: what a persona header dropped elsewhere is compared with.
        index: customerIndex,
        touchpoints: laneTouchpoints,
        openNotes: notes.get(lane.id) ?? 0,
      },
      ...fixed,
      // Drag a persona up or down to reorder the lanes.
      draggable: lane.kind === 'persona',
    });
    for (const column of columns) {
      nodes.push({
        id: `cell:${lane.id}:${column.stage.id}`,
        type: 'cell',
        position: { x: column.x, y: placement.y },
        ...sized(column.width, placement.height),
        zIndex: -1,
        data: {
          lane,
          stage: column.stage,
          empty: cards[next]?.column !== column || cards[next]?.lane !== placement,
        },
        ...fixed,
      });
      for (; cards[next]?.column === column && cards[next]?.lane === placement; next++) {
        const { touchpoint: t, x, y } = cards[next]!;
        const persona = personasById.get(t.personaId);
        nodes.push({
          id: mode === 'personas' ? cardNodeId(t.id) : cardNodeId(t.id, lane.id),
          type: 'touchpoint',
          position: { x, y },
          ...sized(GEOMETRY.cardWidth, GEOMETRY.cardHeight),
          draggable: mode === 'personas',
          data: {
            touchpoint: t,
            channels: t.channelIds.flatMap((id) => channelsById.get(id) ?? []),
            color: persona?.color ?? NEUTRAL_LANE_COLOR,
            openNotes: notes.get(t.id) ?? 0,
            openPainPoints: painPoints.get(t.id) ?? 0,
            dimmed: !matches(t),
            movable: mode === 'personas',
            badges: measures.badges,
            evidence: weighed ? (measures.evidence.get(t.id) ?? 'assumed') : null,
          },
        });
      }
    }
  }

  return {
    nodes,
    curves,
    columns,
    lanes: placements,
    width,
    height,
  };
}

/** Which lane and column a point of the canvas falls in, if any. */
export function hitCell(
  layout: Pick<MapLayout, 'columns' | 'lanes'>,
  point: { x: number; y: number },
): { column: Column; lane: LanePlacement } | undefined {
  const column = layout.columns.find((c) => point.x >= c.x && point.x < c.x + c.width);
  const lane = layout.lanes.find((l) => point.y >= l.y && point.y < l.y + l.height);
  return column && lane ? { column, lane } : undefined;
}

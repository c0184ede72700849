import { CellNode } from './nodes/CellNode';
import { CurveNode } from './nodes/CurveNode';
import { LaneHeaderNode } from './nodes/LaneHeaderNode';
import { StageHeaderNode } from './nodes/StageHeaderNode';
import { TouchpointNode } from './nodes/TouchpointNode';
import { StageMetricsNode } from '../metrics/StageMetricsNode';
import { BlueprintCellNode, BlueprintLaneNode, BlueprintOverlayNode } from '../blueprint/BlueprintNodes';

/** The node components of the map, by node type: the canvas and the exported sheet draw the same. */
export const nodeTypes = {
  touchpoint: TouchpointNode,
  cell: CellNode,
  stageHeader: StageHeaderNode,
  laneHeader: LaneHeaderNode,
  curve: CurveNode,
  stageMetrics: StageMetricsNode,
  blueprintLane: BlueprintLaneNode,
  blueprintCell: BlueprintCellNode,
  blueprintOverlay: BlueprintOverlayNode,
};

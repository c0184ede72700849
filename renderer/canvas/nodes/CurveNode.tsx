import { memo, useCallback, useMemo } from 'react';
import { useStore, type Node, type NodeProps, type ReactFlowState } from '@xyflow/react';
import { curveThroughCards } from '../curvePath';
import type { CanvasCurve } from '../layout';

const sameNumbers = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((n, i) => n === b[i]);

/**
 * A persona's emotional curve. It reads its cards' positions from React Flow's store, so it follows a
 * card while it is dragged; it re-renders only when one of them moves (not when the view pans).
 */
function CurveNodeView({ data }: NodeProps<Node<CanvasCurve, 'curve'>>) {
  const { touchpointIds, color, dimmed } = data;
  const corners = useStore(
    useCallback(
      (s: ReactFlowState) =>
        touchpointIds.flatMap((id) => {
          const position = s.nodeLookup.get(id)?.internals.positionAbsolute;
          return position ? [position.x, position.y] : [];
        }),
      [touchpointIds],
    ),
    sameNumbers,
  );
  const path = useMemo(() => curveThroughCards(corners), [corners]);
  return (
    <svg className="curve-layer" aria-hidden="true">
      <path className={`emotion-curve${dimmed ? ' is-dimmed' : ''}`} d={path} style={{ stroke: color }} />
    </svg>
  );
}

export const CurveNode = memo(CurveNodeView);

import { memo } from 'react';
import { BaseEdge, getBezierPath, type EdgeProps } from '@xyflow/react';

/** A segment of a persona's emotional curve: a smooth line in the persona's colour. */
function EmotionEdgeView({
  id,
  sourceX,
  sourceY,
  targetX,
  targetY,
  sourcePosition,
  targetPosition,
  data,
}: EdgeProps) {
  const [path] = getBezierPath({
    sourceX,
    sourceY,
    targetX,
    targetY,
    sourcePosition,
    targetPosition,
    curvature: 0.35,
  });
  const color = typeof data?.color === 'string' ? data.color : '#64748b';
  return <BaseEdge id={id} path={path} className="emotion-curve" style={{ stroke: color }} />;
}

export const EmotionEdge = memo(EmotionEdgeView);

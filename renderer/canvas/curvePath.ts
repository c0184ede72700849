import { getBezierPath, Position } from '@xyflow/react';
import { GEOMETRY } from './geometry';

/**
 * The emotional curve through a persona's cards, given their top-left corners as a flat list
 * [x0, y0, x1, y1, …]: from the middle of each card's right side to the middle of the next card's
 * left side, one smooth S per gap. One SVG path for the whole lane.
 */
export function curveThroughCards(corners: readonly number[]): string {
  const middle = GEOMETRY.cardHeight / 2;
  const segments: string[] = [];
  for (let i = 2; i + 1 < corners.length; i += 2) {
    const [path] = getBezierPath({
      sourceX: corners[i - 2]! + GEOMETRY.cardWidth,
      sourceY: corners[i - 1]! + middle,
      sourcePosition: Position.Right,
      targetX: corners[i]!,
      targetY: corners[i + 1]! + middle,
      targetPosition: Position.Left,
      curvature: 0.35,
    });
    segments.push(path);
  }
  return segments.join(' ');
}

import { curveThroughBoxes, GEOMETRY } from '../../src/layout/geometry';

/**
 * The emotional curve through a persona's cards, given their top-left corners as a flat list
 * [x0, y0, x1, y1, …]. One SVG path for the whole lane, the same the exports draw.
 */
export function curveThroughCards(corners: readonly number[]): string {
  const boxes = [];
  for (let i = 0; i + 1 < corners.length; i += 2)
    boxes.push({
      x: corners[i]!,
      y: corners[i + 1]!,
      width: GEOMETRY.cardWidth,
      height: GEOMETRY.cardHeight,
    });
  return curveThroughBoxes(boxes);
}

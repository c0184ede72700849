import { clampEmotion } from '../model';

/** Map measurements, in map units (1 unit = 1 CSS px on the canvas at zoom 1, 1 px in an exported SVG). */
export const GEOMETRY = {
  laneHeaderWidth: 230,
  stageHeaderHeight: 84,
  cardWidth: 176,
  cardHeight: 88,
  cardGap: 16,
  cellPadding: 20,
  minColumnWidth: 248,
  /** Vertical distance between two emotion scores inside a lane. */
  emotionStep: 44,
  lanePadding: 20,
} as const;

/** Height of a lane whose tallest card is `cardHeight` high (the canvas's cards all are `GEOMETRY.cardHeight`). */
export const laneHeight = (cardHeight: number = GEOMETRY.cardHeight): number =>
  GEOMETRY.emotionStep * 6 + cardHeight + GEOMETRY.lanePadding * 2;

/** Width of a stage column able to hold `cardsInWidestCell` cards side by side. */
export function columnWidth(cardsInWidestCell: number): number {
  const cards = Math.max(1, cardsInWidestCell);
  const needed = GEOMETRY.cellPadding * 2 + cards * GEOMETRY.cardWidth + (cards - 1) * GEOMETRY.cardGap;
  return Math.max(GEOMETRY.minColumnWidth, needed);
}

/**
 * Top of a card with this emotion, relative to the lane's top: its middle on the emotion's line,
 * positive above the lane's midline.
 */
export function cardTopInLane(
  emotion: number,
  cardHeight: number = GEOMETRY.cardHeight,
  lane: number = laneHeight(),
): number {
  return lane / 2 - emotion * GEOMETRY.emotionStep - cardHeight / 2;
}

/** The emotion a card dropped with its top at `top` (relative to its lane) stands for, snapped to -3..+3. */
export function emotionAtTop(top: number): number {
  const midline = laneHeight() / 2;
  return clampEmotion((midline - (top + GEOMETRY.cardHeight / 2)) / GEOMETRY.emotionStep);
}

/** Left of the card at `order` within its cell, relative to the column's left. */
export function cardLeftInCell(order: number): number {
  return GEOMETRY.cellPadding + order * (GEOMETRY.cardWidth + GEOMETRY.cardGap);
}

/** The index in a cell a card dropped with its left at `left` (relative to the column) lands at. */
export function indexAtLeft(left: number): number {
  return Math.max(0, Math.round((left - GEOMETRY.cellPadding) / (GEOMETRY.cardWidth + GEOMETRY.cardGap)));
}

/**
 * The emotional curve through a sequence of cards, given each card's box: from the middle of each
 * card's right side to the middle of the next card's left side, one smooth S per gap (React Flow's
 * bezier edge, curvature 0.35). One SVG path for the whole lane.
 */
export function curveThroughBoxes(boxes: readonly { x: number; y: number; width: number; height: number }[]) {
  const offset = (distance: number) => (distance >= 0 ? 0.5 * distance : 0.35 * 25 * Math.sqrt(-distance));
  const segments: string[] = [];
  for (let i = 1; i < boxes.length; i++) {
    const a = boxes[i - 1]!;
    const b = boxes[i]!;
    const [sx, sy, tx, ty] = [a.x + a.width, a.y + a.height / 2, b.x, b.y + b.height / 2];
    segments.push(`M${sx},${sy} C${sx + offset(tx - sx)},${sy} ${tx - offset(tx - sx)},${ty} ${tx},${ty}`);
  }
  return segments.join(' ');
}

/** Canvas measurements, in flow units (1 unit = 1 CSS px at zoom 1). */
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

export const laneHeight = (): number =>
  GEOMETRY.emotionStep * 6 + GEOMETRY.cardHeight + GEOMETRY.lanePadding * 2;

/** Width of a stage column able to hold `cardsInWidestCell` cards side by side. */
export function columnWidth(cardsInWidestCell: number): number {
  const cards = Math.max(1, cardsInWidestCell);
  const needed = GEOMETRY.cellPadding * 2 + cards * GEOMETRY.cardWidth + (cards - 1) * GEOMETRY.cardGap;
  return Math.max(GEOMETRY.minColumnWidth, needed);
}

/** Top of a card with this emotion, relative to the lane's top: positive above the midline. */
export function cardTopInLane(emotion: number): number {
  const midline = laneHeight() / 2;
  return midline - emotion * GEOMETRY.emotionStep - GEOMETRY.cardHeight / 2;
}

/** The emotion a card dropped with its top at `top` (relative to its lane) stands for, snapped to -3..+3. */
export function emotionAtTop(top: number): number {
  const midline = laneHeight() / 2;
  const score = Math.round((midline - (top + GEOMETRY.cardHeight / 2)) / GEOMETRY.emotionStep);
  return Math.max(-3, Math.min(3, score));
}

/** Left of the card at `order` within its cell, relative to the column's left. */
export function cardLeftInCell(order: number): number {
  return GEOMETRY.cellPadding + order * (GEOMETRY.cardWidth + GEOMETRY.cardGap);
}

/** The index in a cell a card dropped with its left at `left` (relative to the column) lands at. */
export function indexAtLeft(left: number): number {
  return Math.max(0, Math.round((left - GEOMETRY.cellPadding) / (GEOMETRY.cardWidth + GEOMETRY.cardGap)));
}

/** The canvas's zoom range. */
export const MIN_ZOOM = 0.1;
export const MAX_ZOOM = 2;

/** The view that shows all of a map, centred, with 4 % of the screen around it, never larger than `maxZoom`. */
export function fitViewport(
  map: { width: number; height: number },
  screen: { width: number; height: number },
  maxZoom = 1,
): { x: number; y: number; zoom: number } {
  const margin = 0.04; // of the screen, on each side
  const zoom = Math.max(
    MIN_ZOOM,
    Math.min(
      maxZoom,
      (screen.width * (1 - 2 * margin)) / map.width,
      (screen.height * (1 - 2 * margin)) / map.height,
    ),
  );
  return { x: (screen.width - map.width * zoom) / 2, y: (screen.height - map.height * zoom) / 2, zoom };
}

/** Card titles on the canvas, in flow units (`.card-title` in theme.css). */
export const CARD_TITLE_SIZE = 14;
/** The smallest a card title is drawn when a map opens, in screen pixels. */
export const READABLE_TITLE = 11;
// Rounded up to a hundredth: the titles come out at 11 px or just above, never a rounding error below.
const READABLE_ZOOM = Math.ceil((READABLE_TITLE / CARD_TITLE_SIZE) * 100) / 100;

/**
 * The view a map opens at: all of it, centred, when its titles are readable that way (never larger than
 * life); otherwise its beginning — the first stages, top-left — at the smallest zoom that reads.
 */
export function mapViewport(
  map: { width: number; height: number },
  screen: { width: number; height: number },
): { x: number; y: number; zoom: number } {
  const whole = fitViewport(map, screen);
  if (whole.zoom >= READABLE_ZOOM) return whole;
  return { x: 24, y: 24, zoom: READABLE_ZOOM };
}

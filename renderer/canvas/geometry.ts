export * from '../../src/layout/geometry';

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

/** Card titles on the canvas, in flow units (`.card-title` in renderer/styles/canvas.css). */
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

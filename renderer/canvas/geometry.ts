export * from '../../src/layout/geometry';

/** The canvas's zoom range. */
export const MIN_ZOOM = 0.1;
export const MAX_ZOOM = 2;

/**
 * The view that shows a map on a screen of this size: all of it, centred, when it fits (never larger
 * than life); otherwise its beginning — the first stages, top-left — at the smallest zoom, not its middle.
 */
export function mapViewport(
  map: { width: number; height: number },
  screen: { width: number; height: number },
): { x: number; y: number; zoom: number } {
  const margin = 0.04; // of the screen, on each side
  const zoom = Math.min(
    1,
    (screen.width * (1 - 2 * margin)) / map.width,
    (screen.height * (1 - 2 * margin)) / map.height,
  );
  if (zoom < MIN_ZOOM) return { x: 24, y: 24, zoom: MIN_ZOOM };
  return { x: (screen.width - map.width * zoom) / 2, y: (screen.height - map.height * zoom) / 2, zoom };
}

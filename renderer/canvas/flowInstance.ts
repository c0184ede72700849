import type { CanvasFlow } from './layout';

/**
 * The canvas on screen, for what acts on the view from outside React (the desktop menu, workshop mode,
 * the notes panel). A leaf: it imports no code, so whoever needs the view may import it.
 */
export const canvasFlow: { current: CanvasFlow | null } = { current: null };

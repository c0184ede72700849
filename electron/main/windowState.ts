import { z } from 'zod';
import { JsonStore } from './jsonStore';

const windowStateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(400).max(20000),
  height: z.number().int().min(300).max(20000),
  maximized: z.boolean().default(false),
});
export type WindowState = z.infer<typeof windowStateSchema>;

const DEFAULT_WINDOW_STATE: WindowState = { width: 1440, height: 900, maximized: false };

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Keep a remembered window on a screen that still exists: if its top-left corner is on no
 * display's work area (a monitor was unplugged), drop the position and let the OS centre it.
 */
export function fitToDisplays(state: WindowState, workAreas: Rect[]): WindowState {
  if (state.x === undefined || state.y === undefined) return state;
  const { x, y } = state;
  const visible = workAreas.some(
    (a) => x >= a.x && y >= a.y && x < a.x + a.width - 50 && y < a.y + a.height - 50,
  );
  if (visible) return state;
  const { x: _x, y: _y, ...rest } = state;
  return rest;
}

export function windowStateStore(folder: string) {
  return new JsonStore(folder, 'window-state.json', windowStateSchema, DEFAULT_WINDOW_STATE);
}

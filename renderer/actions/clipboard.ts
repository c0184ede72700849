import type { TouchpointClip } from '../../src/commands';
import { channelSchema, touchpointSchema, type Journey } from '../../src/model';
import { z } from 'zod';

// localStorage is shared by every window of the app, so copy in one map and paste in another works.
const KEY = 'trayecto:clipboard';
const clipSchema = z.object({ touchpoints: z.array(touchpointSchema), channels: z.array(channelSchema) });

export function copyTouchpoints(journey: Journey, ids: readonly string[]): number {
  const touchpoints = journey.touchpoints.filter((t) => ids.includes(t.id));
  const used = new Set(touchpoints.flatMap((t) => t.channelIds));
  const clip: TouchpointClip = { touchpoints, channels: journey.channels.filter((c) => used.has(c.id)) };
  localStorage.setItem(KEY, JSON.stringify(clip));
  return touchpoints.length;
}

/** The clipped touchpoints, or undefined if the clipboard holds nothing of ours. */
export function readClip(): TouchpointClip | undefined {
  try {
    const parsed = clipSchema.safeParse(JSON.parse(localStorage.getItem(KEY) ?? 'null'));
    return parsed.success && parsed.data.touchpoints.length ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

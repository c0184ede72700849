import type { TouchpointClip } from '../../src/commands';
import { touchpointsToTsv } from '../../src/formats';
import { channelSchema, touchpointSchema, type Journey } from '../../src/model';
import { z } from 'zod';

// localStorage is shared by every window of the app, so copy in one map and paste in another works.
const KEY = 'trayecto:clipboard';
/** `text`: the tab-separated rows the copy put on the system clipboard, to know our own copy on paste. */
const clipSchema = z.object({
  touchpoints: z.array(touchpointSchema),
  channels: z.array(channelSchema),
  text: z.string().default(''),
});

export function copyTouchpoints(journey: Journey, ids: readonly string[]): number {
  const touchpoints = journey.touchpoints.filter((t) => ids.includes(t.id));
  const used = new Set(touchpoints.flatMap((t) => t.channelIds));
  const clip: TouchpointClip & { text: string } = {
    touchpoints,
    channels: journey.channels.filter((c) => used.has(c.id)),
    text: touchpointsToTsv(journey, ids),
  };
  localStorage.setItem(KEY, JSON.stringify(clip));
  return touchpoints.length;
}

/** The clipped touchpoints, or undefined if the clipboard holds nothing of ours. */
export function readClip(): (TouchpointClip & { text: string }) | undefined {
  try {
    const parsed = clipSchema.safeParse(JSON.parse(localStorage.getItem(KEY) ?? 'null'));
    return parsed.success && parsed.data.touchpoints.length ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

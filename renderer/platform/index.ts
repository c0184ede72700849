import { createBrowserPlatform } from './browserPlatform';
import type { Platform } from './types';

let platform: Platform | undefined;

/** The host the renderer runs in, chosen once. */
export function getPlatform(): Platform {
  platform ??= createBrowserPlatform();
  return platform;
}

import { createBrowserPlatform } from './browserPlatform';
import { createElectronPlatform } from './electronPlatform';
import type { Platform } from './types';

let platform: Platform | undefined;

/** The host the renderer runs in, chosen once: the desktop bridge if present, else the browser. */
export function getPlatform(): Platform {
  platform ??= window.trayecto ? createElectronPlatform(window.trayecto) : createBrowserPlatform();
  return platform;
}

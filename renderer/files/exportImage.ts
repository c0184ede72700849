import { createElement, type ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { toBlob, toSvg } from 'html-to-image';
import type { Journey } from '../../src/model';
import { ExportSheet } from './ExportSheet';
import { DETAIL_ZOOM } from '../canvas/cardContext';
import type { MapLayout } from '../canvas/layout';
import { usedFontCss } from './fonts';
import { sheetStyleCss } from './sheetStyle';

export type ExportBackground = 'white' | 'transparent' | 'theme';

/** Chromium's canvas limits: 16,384 px a side and about 268 million pixels in all. */
const MAX_SIDE = 16_384;
const MAX_AREA = 268_000_000;

/** About how much taller a sheet is than its map: title above, legend below. */
const SHEET_MARGINS = 200;

/** The largest pixel ratio ≤ `wanted` whose canvas the browser can allocate (one decimal). */
export function fittingPixelRatio(width: number, height: number, wanted: number): number {
  const bySide = MAX_SIDE / Math.max(width, height);
  const byArea = Math.sqrt(MAX_AREA / (width * height));
  return Math.max(0.1, Math.floor(Math.min(wanted, bySide, byArea) * 10) / 10);
}

export interface MountedSheet {
  element: HTMLElement;
  width: number;
  height: number;
  unmount(): void;
}

/** Render `content` at once into a new `<div class={className}>` at the end of the body. */
export function mountDetached(
  content: ReactElement,
  className: string,
): { host: HTMLElement; unmount(): void } {
  const host = document.createElement('div');
  host.className = className;
  document.body.append(host);
  const root = createRoot(host);
  flushSync(() => root.render(content));
  return {
    host,
    unmount() {
      root.unmount();
      host.remove();
    },
  };
}

/** Lay the whole map out on a sheet outside the viewport, with its title and legend. */
export function mountExportSheet(
  journey: Journey,
  layout: MapLayout,
  className: string,
  detailed = true,
): MountedSheet {
  const { host, unmount } = mountDetached(
    createElement(ExportSheet, { journey, layout, detailed }),
    className,
  );
  const element = host.querySelector<HTMLElement>('.export-sheet')!;
  return { element, width: element.offsetWidth, height: element.offsetHeight, unmount };
}

function backgroundColor(background: ExportBackground): string | undefined {
  if (background === 'transparent') return undefined;
  if (background === 'white') return '#ffffff';
  return getComputedStyle(document.documentElement).getPropertyValue('--bg').trim() || '#ffffff';
}

async function pngBlob(element: HTMLElement, settings: Parameters<typeof toBlob>[1]): Promise<Blob> {
  const blob = await toBlob(element, settings);
  if (!blob) throw new Error('the browser could not draw the image');
  return blob;
}

const svgText = (url: string) => decodeURIComponent(url.slice(url.indexOf(',') + 1));

export interface ImageExport {
  bytes: Uint8Array;
  /** The pixel ratio used: lower than asked when the map was too large for the browser's canvas. */
  pixelRatio: number;
  width: number;
  height: number;
}

export async function exportMapImage(
  journey: Journey,
  layout: MapLayout,
  format: 'png' | 'svg',
  options: { pixelRatio: number; background: ExportBackground },
): Promise<ImageExport> {
  // Cards' icons and chips are drawn only where they can be read: a PNG of a map so large that it must
  // be scaled below DETAIL_ZOOM gets the cards the canvas draws zoomed out (and is drawn much faster).
  const detailed =
    format === 'svg' ||
    fittingPixelRatio(layout.width + 64, layout.height + SHEET_MARGINS, options.pixelRatio) >= DETAIL_ZOOM;
  const sheet = mountExportSheet(journey, layout, 'export-host', detailed);
  sheet.element.classList.add(`export-bg-${options.background}`);
  try {
    const pixelRatio =
      format === 'png' ? fittingPixelRatio(sheet.width, sheet.height, options.pixelRatio) : 1;
    const settings = {
      pixelRatio,
      width: sheet.width,
      height: sheet.height,
      backgroundColor: backgroundColor(options.background),
      // The page's stylesheet goes inside the image with the fonts; no computed style is copied.
      fontEmbedCSS: `${await usedFontCss()}\n${sheetStyleCss(sheet.element)}`,
      includeStyleProperties: [],
      cacheBust: false,
    };
    // A blob, not a data URL: the browser encodes the PNG off the main thread.
    const bytes =
      format === 'png'
        ? new Uint8Array(await (await pngBlob(sheet.element, settings)).arrayBuffer())
        : new TextEncoder().encode(svgText(await toSvg(sheet.element, settings)));
    return {
      bytes,
      pixelRatio,
      width: Math.round(sheet.width * pixelRatio),
      height: Math.round(sheet.height * pixelRatio),
    };
  } finally {
    sheet.unmount();
  }
}

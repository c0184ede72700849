import { createElement, type ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { toCanvas, toSvg } from 'html-to-image';
import type { Journey } from '../../src/model';
import { ExportSheet } from './ExportSheet';
import { DETAIL_ZOOM } from '../canvas/cardContext';
import type { MapLayout } from '../canvas/layout';
import { CARDS_PER_TILE, DETAILED_CARDS_PER_TILE, tileCuts, tileEdges, tileNodes } from './exportTiles';
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

const svgText = (url: string) => decodeURIComponent(url.slice(url.indexOf(',') + 1));

export interface ImageExport {
  bytes: Uint8Array;
  /** The pixel ratio used: lower than asked when the map was too large for the browser's canvas. */
  pixelRatio: number;
  width: number;
  height: number;
}

/** html-to-image's settings for a sheet: its stylesheet and fonts inside the image, no computed style copied. */
async function imageSettings(sheet: MountedSheet, pixelRatio: number, background: ExportBackground) {
  return {
    pixelRatio,
    width: sheet.width,
    height: sheet.height,
    backgroundColor: backgroundColor(background),
    fontEmbedCSS: `${await usedFontCss()}\n${sheetStyleCss(sheet.element)}`,
    includeStyleProperties: [],
    cacheBust: false,
  };
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve));

/** One slice of an SVG export, placed at `left` in the whole image: html-to-image's SVG, unwrapped. */
function svgSlice(svg: string, left: number, width: number, height: number): string {
  const inner = svg.slice(svg.indexOf('>') + 1, svg.lastIndexOf('</svg>'));
  return `<svg x="${left}" y="0" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${inner}</svg>`;
}

/**
 * The map as a PNG or an SVG image. A large map is drawn in vertical slices of a few stages
 * (exportTiles.ts), each its own sheet and its own task: html-to-image copies a sheet and the browser
 * draws its image in one go, which for thousands of cards would freeze the window for seconds. PNG slices
 * are drawn into one canvas; SVG slices are placed side by side in one SVG, which carries the stylesheet
 * and fonts once.
 */
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
  const cuts = tileCuts(layout, detailed ? DETAILED_CARDS_PER_TILE : CARDS_PER_TILE);
  const ranges = [0, ...cuts, layout.width];
  let plan: { edges: number[]; settings: Awaited<ReturnType<typeof imageSettings>> } | undefined;
  let canvas: HTMLCanvasElement | undefined;
  const svgSlices: string[] = [];
  for (let i = 0; i + 1 < ranges.length; i++) {
    const nodes = cuts.length === 0 ? layout.nodes : tileNodes(layout.nodes, ranges[i]!, ranges[i + 1]!);
    const sheet = mountExportSheet(journey, { ...layout, nodes }, 'export-host', detailed);
    sheet.element.classList.add(`export-bg-${options.background}`);
    try {
      if (!plan) {
        const pixelRatio =
          format === 'png' ? fittingPixelRatio(sheet.width, sheet.height, options.pixelRatio) : 1;
        const map = sheet.element.querySelector('.export-map')!.getBoundingClientRect();
        const mapLeft = map.left - sheet.element.getBoundingClientRect().left;
        plan = {
          edges: tileEdges(cuts, mapLeft, sheet.width, pixelRatio),
          settings: await imageSettings(sheet, pixelRatio, options.background),
        };
        // Slices are drawn into one canvas; a single slice is the canvas itself.
        if (format === 'png' && cuts.length > 0) {
          canvas = document.createElement('canvas');
          canvas.width = Math.floor(sheet.width * pixelRatio);
          canvas.height = Math.floor(sheet.height * pixelRatio);
        }
      }
      const [left, right] = [plan.edges[i]!, plan.edges[i + 1]!];
      const slice = {
        ...plan.settings,
        width: right - left,
        // The whole sheet, moved so that this slice is in the image.
        style: { width: `${sheet.width}px`, transform: `translateX(${-left}px)` },
        // An SVG's styles apply to the whole document: its first slice carries them for all.
        fontEmbedCSS: format === 'svg' && i > 0 ? '' : plan.settings.fontEmbedCSS,
      };
      if (format === 'png') {
        const drawn = await toCanvas(sheet.element, slice);
        if (canvas) canvas.getContext('2d')!.drawImage(drawn, Math.round(left * plan.settings.pixelRatio), 0);
        else canvas = drawn;
      } else {
        svgSlices.push(
          svgSlice(svgText(await toSvg(sheet.element, slice)), left, right - left, sheet.height),
        );
      }
    } finally {
      sheet.unmount();
    }
    if (i + 2 < ranges.length) await nextTask();
  }
  const { pixelRatio, width, height } = plan!.settings;
  if (canvas) {
    // A blob, not a data URL: the browser encodes the PNG off the main thread.
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('the browser could not draw the image');
    return {
      bytes: new Uint8Array(await blob.arrayBuffer()),
      pixelRatio,
      width: canvas.width,
      height: canvas.height,
    };
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${svgSlices.join('')}</svg>`;
  return { bytes: new TextEncoder().encode(svg), pixelRatio, width, height };
}

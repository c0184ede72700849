import { initWasm, Resvg } from '@resvg/resvg-wasm';
import wasmUrl from '@resvg/resvg-wasm/index_bg.wasm?url';

/** A bound on the image's memory (as Chromium's canvas): 16,384 px a side and about 268 million pixels in all. */
const MAX_SIDE = 16_384;
const MAX_AREA = 268_000_000;

/** The largest pixel ratio ≤ `wanted` whose image stays within those bounds (one decimal). */
export function fittingPixelRatio(width: number, height: number, wanted: number): number {
  const bySide = MAX_SIDE / Math.max(width, height);
  const byArea = Math.sqrt(MAX_AREA / (width * height));
  return Math.max(0.1, Math.floor(Math.min(wanted, bySide, byArea) * 10) / 10);
}

export interface ImageExport {
  bytes: Uint8Array;
  /** The pixel ratio used: lower than asked when the map was too large. */
  pixelRatio: number;
}

const svgSize = (svg: string) => {
  const [, width, height] = /width="([\d.]+)" height="([\d.]+)"/.exec(svg)!;
  return { width: Number(width), height: Number(height) };
};

let ready: Promise<void> | undefined;

/**
 * The SVG drawn into a PNG by resvg (WebAssembly), in the export worker: Chromium decodes no SVG image in a
 * worker, and drawing it on the main thread blocked the window for a second on a large map. Its text must be
 * outlines (Inter's glyphs as paths), as in the CLI's PNG: resvg reads no embedded web font.
 */
export async function svgToPng(svg: string, wantedRatio: number): Promise<ImageExport> {
  ready ??= initWasm(fetch(wasmUrl));
  // A failed load is tried again next time.
  ready.catch(() => (ready = undefined));
  await ready;
  const { width, height } = svgSize(svg);
  const pixelRatio = fittingPixelRatio(width, height, wantedRatio);
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: pixelRatio },
    font: { loadSystemFonts: false },
  });
  const image = resvg.render();
  try {
    return { bytes: image.asPng(), pixelRatio };
  } finally {
    image.free();
    resvg.free();
  }
}

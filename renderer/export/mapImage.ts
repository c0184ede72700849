/** Chromium's canvas limits: 16,384 px a side and about 268 million pixels in all. */
const MAX_SIDE = 16_384;
const MAX_AREA = 268_000_000;

/** The largest pixel ratio ≤ `wanted` whose canvas the browser can allocate (one decimal). */
export function fittingPixelRatio(width: number, height: number, wanted: number): number {
  const bySide = MAX_SIDE / Math.max(width, height);
  const byArea = Math.sqrt(MAX_AREA / (width * height));
  return Math.max(0.1, Math.floor(Math.min(wanted, bySide, byArea) * 10) / 10);
}

export interface ImageExport {
  bytes: Uint8Array;
  /** The pixel ratio used: lower than asked when the map was too large for the browser's canvas. */
  pixelRatio: number;
}

const svgSize = (svg: string) => {
  const [, width, height] = /width="([\d.]+)" height="([\d.]+)"/.exec(svg)!;
  return { width: Number(width), height: Number(height) };
};

/** The SVG drawn by the browser into a PNG: the same drawing as the SVG, every text in full. */
export async function svgToPng(svg: string, wantedRatio: number): Promise<ImageExport> {
  const { width, height } = svgSize(svg);
  const pixelRatio = fittingPixelRatio(width, height, wantedRatio);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.floor(width * pixelRatio);
    canvas.height = Math.floor(height * pixelRatio);
    canvas.getContext('2d')!.drawImage(image, 0, 0, canvas.width, canvas.height);
    // A blob, not a data URL: the browser encodes the PNG off the main thread.
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('the browser could not draw the image');
    return { bytes: new Uint8Array(await blob.arrayBuffer()), pixelRatio };
  } finally {
    URL.revokeObjectURL(url);
  }
}

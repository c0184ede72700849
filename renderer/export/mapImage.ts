/// <reference lib="webworker" />
import { FONT_FAMILY, WEIGHTS, type ExportFonts } from '../../src/drawing/fonts';
import type { Shape } from '../../src/drawing/shapes';

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

type Context = OffscreenCanvasRenderingContext2D;

const EMOJI_FAMILIES = "'Noto Color Emoji', 'Apple Color Emoji', 'Segoe UI Emoji', sans-serif";

let fontsAdded: Promise<void> | undefined;

/** The drawing's Inter, given to the worker's canvas as the SVG embeds it. */
function addFonts(fonts: ExportFonts): Promise<void> {
  fontsAdded ??= Promise.all(
    WEIGHTS.map(async (weight) => {
      const face = new FontFace(FONT_FAMILY, fonts.files[weight] as Uint8Array<ArrayBuffer>, {
        weight: String(weight),
      });
      (self as unknown as WorkerGlobalScope).fonts.add(await face.load());
    }),
  ).then(() => undefined);
  return fontsAdded;
}

/** The avatars' pictures, decoded before painting (a canvas draws only decoded images); a broken one is left out. */
async function decodeImages(shapes: readonly Shape[], into = new Map<string, ImageBitmap>()) {
  for (const shape of shapes) {
    if (shape.kind === 'group') await decodeImages(shape.shapes, into);
    if (shape.kind !== 'image' || into.has(shape.href)) continue;
    const [head, data = ''] = shape.href.split(',', 2);
    const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
    const type = /^data:([^;]+)/.exec(head!)?.[1];
    await createImageBitmap(new Blob([bytes], { type }))
      .then((bitmap) => into.set(shape.href, bitmap))
      .catch(() => undefined);
  }
  return into;
}

function paint(
  ctx: Context,
  path: Path2D,
  shape: { fill?: string; stroke?: string; strokeWidth?: number; dash?: number },
) {
  if (shape.fill) {
    ctx.fillStyle = shape.fill;
    ctx.fill(path);
  }
  if (shape.stroke) {
    ctx.strokeStyle = shape.stroke;
    ctx.lineWidth = shape.strokeWidth ?? 1;
    ctx.setLineDash(shape.dash ? [shape.dash, shape.dash] : []);
    ctx.stroke(path);
  }
}

/** The drawing's shapes on a 2D canvas: the same shapes the SVG and PDF painters draw. */
function paintShapes(ctx: Context, shapes: readonly Shape[], images: Map<string, ImageBitmap>) {
  for (const shape of shapes) {
    switch (shape.kind) {
      case 'rect': {
        const path = new Path2D();
        path.roundRect(shape.x, shape.y, shape.width, shape.height, shape.radius ?? 0);
        paint(ctx, path, shape);
        break;
      }
      case 'path':
        paint(ctx, new Path2D(shape.d), shape);
        break;
      case 'icon':
        ctx.save();
        ctx.translate(shape.x, shape.y);
        ctx.scale(shape.size / 24, shape.size / 24);
        Object.assign(ctx, {
          lineWidth: 2.25,
          lineCap: 'round',
          lineJoin: 'round',
          strokeStyle: shape.color,
        });
        ctx.setLineDash([]);
        ctx.stroke(new Path2D(shape.d));
        ctx.restore();
        break;
      case 'text':
        ctx.font = `${shape.weight} ${shape.size}px ${FONT_FAMILY}`;
        ctx.fillStyle = shape.fill;
        ctx.textAlign = shape.anchor === 'middle' ? 'center' : 'left';
        shape.lines.forEach((line, i) => ctx.fillText(line, shape.x, shape.y + i * shape.lineHeight));
        break;
      case 'emoji':
        ctx.font = `${shape.size}px ${EMOJI_FAMILIES}`;
        ctx.textAlign = 'center';
        ctx.fillText(shape.text, shape.x, shape.y + shape.size * 0.35);
        break;
      case 'image': {
        const bitmap = images.get(shape.href);
        if (!bitmap) break;
        const { x, y, width, height } = shape;
        ctx.save();
        if (shape.round) {
          ctx.beginPath();
          ctx.ellipse(x + width / 2, y + height / 2, width / 2, height / 2, 0, 0, 2 * Math.PI);
          ctx.clip();
        }
        // Cropped to fill its box, as SVG's `xMidYMid slice`.
        const scale = Math.max(width / bitmap.width, height / bitmap.height);
        const [w, h] = [bitmap.width * scale, bitmap.height * scale];
        ctx.drawImage(bitmap, x + (width - w) / 2, y + (height - h) / 2, w, h);
        ctx.restore();
        break;
      }
      case 'group':
        ctx.save();
        ctx.translate(shape.x, shape.y);
        paintShapes(ctx, shape.shapes, images);
        ctx.restore();
        break;
    }
  }
}

/**
 * The drawing as a PNG, painted on an OffscreenCanvas in the export worker: Chromium decodes no SVG image in a
 * worker, and drawing the SVG on the main thread blocked the window for a second on a large map.
 */
export async function drawingToPng(
  drawing: { width: number; height: number; shapes: readonly Shape[] },
  fonts: ExportFonts,
  wantedRatio: number,
): Promise<ImageExport> {
  const pixelRatio = fittingPixelRatio(drawing.width, drawing.height, wantedRatio);
  const [, images] = await Promise.all([addFonts(fonts), decodeImages(drawing.shapes)]);
  const canvas = new OffscreenCanvas(
    Math.floor(drawing.width * pixelRatio),
    Math.floor(drawing.height * pixelRatio),
  );
  const ctx = canvas.getContext('2d')!;
  ctx.scale(pixelRatio, pixelRatio);
  ctx.textBaseline = 'alphabetic';
  paintShapes(ctx, drawing.shapes, images);
  const blob = await canvas.convertToBlob({ type: 'image/png' });
  return { bytes: new Uint8Array(await blob.arrayBuffer()), pixelRatio };
}

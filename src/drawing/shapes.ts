import type { Weight } from './fonts';

export interface Paint {
  fill?: string;
  stroke?: string;
  strokeWidth?: number;
  /** Dash length of a dashed stroke. */
  dash?: number;
}

/** What a drawing is made of: what SVG and PDF both draw natively. Coordinates in map units. */
export type Shape =
  | ({
      kind: 'rect';
      x: number;
      y: number;
      width: number;
      height: number;
      radius?: number;
      /** Shown on hover where the format can (SVG's `<title>`): a note marker's text. */
      tooltip?: string;
    } & Paint)
  | ({ kind: 'path'; d: string } & Paint)
  /** A 24-unit icon (src/drawing/iconPaths.ts) drawn as a stroke, `size` units wide, top-left at (x, y). */
  | { kind: 'icon'; d: string; x: number; y: number; size: number; color: string }
  /** Lines of text; `y` is the first line's baseline. */
  | {
      kind: 'text';
      x: number;
      y: number;
      lines: string[];
      size: number;
      weight: Weight;
      fill: string;
      lineHeight: number;
      anchor?: 'middle';
    }
  /** An emoji (a persona's avatar): as text where colour fonts work, else its `fallback` letter on `color`. */
  | { kind: 'emoji'; text: string; x: number; y: number; size: number; fallback: string; color: string }
  /** A picture (data: URL), cropped to fill its box; `round`: to the circle in it (an avatar). */
  | { kind: 'image'; href: string; x: number; y: number; width: number; height: number; round?: boolean }
  /** Shapes moved by (x, y). `data`: what the group is about, as SVG `data-*` attributes (PDF and PNG draw none). */
  | { kind: 'group'; x: number; y: number; shapes: Shape[]; data?: Record<string, string> };

/** Box of a rect, text or image shape. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

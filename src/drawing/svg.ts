import { FALLBACK_FAMILIES, FONT_FAMILY, WEIGHTS, type ExportFonts, type Weight } from './fonts';
import type { Paint, Shape } from './shapes';

export interface SvgOptions {
  /** Text as `<text>` with the font's used glyphs embedded (default), or as outlines that need no font. */
  text: 'text' | 'outlines';
  /** The document's title, for the SVG's `<title>`. */
  title: string;
  lang: string;
}

const EMOJI_FAMILIES = "'Noto Color Emoji', 'Apple Color Emoji', 'Segoe UI Emoji', sans-serif";

const n = (value: number) => String(Math.round(value * 100) / 100);
export const escapeXml = (text: string) =>
  text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  );

/** Base64 of bytes, in Node and in the browser alike. */
export function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function paint({ fill, stroke, strokeWidth, dash }: Paint): string {
  let out = ` fill="${fill ?? 'none'}"`;
  if (stroke) out += ` stroke="${stroke}" stroke-width="${n(strokeWidth ?? 1)}"`;
  if (dash) out += ` stroke-dasharray="${dash}"`;
  return out;
}

/** The weights the drawing writes as text. */
function weightsUsed(shapes: readonly Shape[], used = new Set<Weight>()): Set<Weight> {
  for (const shape of shapes) {
    if (shape.kind === 'group') weightsUsed(shape.shapes, used);
    else if (shape.kind === 'text') used.add(shape.weight);
  }
  return used;
}

/** A group's move (if any) and its data, e.g. `data: { openPainPoints: '2' }` → `data-open-pain-points="2"`. */
function groupAttributes({ x, y, data }: Extract<Shape, { kind: 'group' }>): string {
  let out = x || y ? ` transform="translate(${n(x)} ${n(y)})"` : '';
  for (const [key, value] of Object.entries(data ?? {}))
    out += ` data-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}="${escapeXml(value)}"`;
  return out;
}

function image({ href, x, y, width, height, round }: Extract<Shape, { kind: 'image' }>): string {
  const box = `x="${n(x)}" y="${n(y)}" width="${n(width)}" height="${n(height)}"`;
  // Named by its geometry: the same circle twice (a map per scenario in one web page) is the same clip.
  const id = `round-${n(x)}-${n(y)}-${n(width)}`.replace(/\./g, '_');
  const clip = round
    ? `<clipPath id="${id}"><ellipse cx="${n(x + width / 2)}" cy="${n(y + height / 2)}" rx="${n(width / 2)}" ry="${n(height / 2)}"/></clipPath>`
    : '';
  return `${clip}<image href="${escapeXml(href)}" ${box} preserveAspectRatio="xMidYMid slice"${round ? ` clip-path="url(#${id})"` : ''}/>`;
}

class SvgWriter {
  private readonly parts: string[] = [];
  private readonly glyphs = new Map<string, string>();

  constructor(
    private readonly fonts: ExportFonts,
    private readonly options: SvgOptions,
  ) {}

  /** One line of text as outlines: a `<use>` of each glyph's path, or undefined if the font lacks a character. */
  private outlines(line: string, x: number, y: number, size: number, weight: Weight): string | undefined {
    const face = this.fonts.faces[weight];
    const scale = size / face.unitsPerEm;
    const k = Math.round(scale * 1e5) / 1e5;
    const uses: string[] = [];
    let at = x;
    for (const char of line) {
      const glyph = this.fonts.glyph(weight, char.codePointAt(0)!);
      if (!glyph) return undefined;
      const id = `g${weight}-${glyph.id}`;
      if (!this.glyphs.has(id)) this.glyphs.set(id, glyph.path.toSVG());
      if (char !== ' ')
        uses.push(`<use href="#${id}" transform="translate(${n(at)} ${n(y)}) scale(${k} ${-k})"/>`);
      at += glyph.advanceWidth * scale;
    }
    return uses.join('');
  }

  private text(shape: Extract<Shape, { kind: 'text' }>) {
    const { x, y, lines, size, weight, fill, lineHeight, anchor } = shape;
    if (this.options.text === 'outlines') {
      const drawn = lines.map((line, i) => {
        const left = anchor === 'middle' ? x - this.fonts.width(line, weight, size) / 2 : x;
        return this.outlines(line, left, y + i * lineHeight, size, weight);
      });
      if (drawn.every((d) => d !== undefined)) {
        this.parts.push(
          `<g fill="${fill}"><title>${escapeXml(lines.join(' '))}</title>${drawn.join('')}</g>`,
        );
        return;
      }
    }
    const spans = lines
      .map((line, i) => {
        const at = ` y="${n(y + i * lineHeight)}"`;
        if (anchor) return `<tspan x="${n(x)}"${at}>${escapeXml(line)}</tspan>`;
        // Each word placed where the font's metrics put it: a renderer whose advances differ (librsvg rounds
        // them to pixels; a tool without Inter uses another font) drifts within a word, never along a line.
        let left = x;
        return line
          .split(' ')
          .map((word, w) => {
            const span = `<tspan x="${n(left)}"${w === 0 ? at : ''}>${escapeXml(word)}</tspan>`;
            left += this.fonts.width(`${word} `, weight, size);
            return span;
          })
          .join(' ');
      })
      .join('');
    this.parts.push(
      `<text font-size="${n(size)}" font-weight="${weight}" fill="${fill}"${anchor ? ' text-anchor="middle"' : ''}>${spans}</text>`,
    );
  }

  /** An emoji needs a colour font: with text as outlines (no font needed), its letter on its colour instead. */
  private emoji(shape: Extract<Shape, { kind: 'emoji' }>) {
    const { x, y, size } = shape;
    if (this.options.text === 'text') {
      this.parts.push(
        `<text x="${n(x)}" y="${n(y + size * 0.35)}" font-size="${n(size)}" font-family="${EMOJI_FAMILIES}" text-anchor="middle">${escapeXml(shape.text)}</text>`,
      );
      return;
    }
    this.parts.push(`<circle cx="${n(x)}" cy="${n(y)}" r="${n(size * 0.75)}" fill="${shape.color}"/>`);
    this.text({
      kind: 'text',
      x,
      y: y + size * 0.35,
      lines: [shape.fallback],
      size,
      weight: 600,
      fill: '#ffffff',
      lineHeight: size,
      anchor: 'middle',
    });
  }

  write(shapes: readonly Shape[]) {
    for (const shape of shapes) {
      switch (shape.kind) {
        case 'rect':
          this.parts.push(
            `<rect x="${n(shape.x)}" y="${n(shape.y)}" width="${n(shape.width)}" height="${n(shape.height)}"${shape.radius ? ` rx="${n(shape.radius)}"` : ''}${paint(shape)}${shape.tooltip ? `><title>${escapeXml(shape.tooltip)}</title></rect>` : '/>'}`,
          );
          break;
        case 'path':
          this.parts.push(`<path d="${shape.d}"${paint(shape)}/>`);
          break;
        case 'icon':
          this.parts.push(
            `<path d="${shape.d}" transform="translate(${n(shape.x)} ${n(shape.y)}) scale(${n(shape.size / 24)})" fill="none" stroke="${shape.color}" stroke-width="2.25" stroke-linecap="round" stroke-linejoin="round"/>`,
          );
          break;
        case 'text':
          this.text(shape);
          break;
        case 'emoji':
          this.emoji(shape);
          break;
        case 'image':
          this.parts.push(image(shape));
          break;
        case 'group':
          this.parts.push(`<g${groupAttributes(shape)}>`);
          this.write(shape.shapes);
          this.parts.push('</g>');
          break;
      }
    }
  }

  /** The font rules (text) or glyph definitions (outlines) the body needs. */
  head(shapes: readonly Shape[]): string {
    if (this.options.text === 'outlines')
      return `<defs>${[...this.glyphs].map(([id, d]) => `<path id="${id}" d="${d}"/>`).join('')}</defs>`;
    const used = weightsUsed(shapes);
    const faces = WEIGHTS.filter((w) => used.has(w)).map(
      (w) =>
        `@font-face{font-family:'${FONT_FAMILY}';font-weight:${w};src:url(data:font/woff;base64,${base64(this.fonts.files[w])}) format('woff')}`,
    );
    return `<style>${faces.join('')}</style>`;
  }

  body() {
    return this.parts.join('');
  }
}

/** A drawing as an SVG document of native elements only: no `<foreignObject>`, no external file. */
export function drawingToSvg(
  drawing: { width: number; height: number; shapes: readonly Shape[] },
  fonts: ExportFonts,
  options: SvgOptions,
): string {
  const writer = new SvgWriter(fonts, options);
  writer.write(drawing.shapes);
  const { width, height } = drawing;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" xml:lang="${options.lang}" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}" font-family="${FALLBACK_FAMILIES.replace(/'/g, '&apos;')}">` +
    `<title>${escapeXml(options.title)}</title>${writer.head(drawing.shapes)}${writer.body()}</svg>`
  );
}

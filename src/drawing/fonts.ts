import { create, type Font, type Glyph } from 'fontkit';

/** The weights the drawing uses: body text and titles. */
export type Weight = 400 | 600;
export const WEIGHTS: readonly Weight[] = [400, 600];

/**
 * The shipped UI font (Inter, Fontsource's latin subset, WOFF) in each weight, as the host read it from its
 * files. SVGs embed these files whole, about 30 KB a weight: fontkit's per-glyph subsets have misaligned
 * tables that Chromium's font sanitiser rejects.
 */
export type FontFiles = Record<Weight, Uint8Array>;

export const FONT_FAMILY = 'Inter';
/** Said after the embedded font in SVG, for tools that read no embedded font. */
export const FALLBACK_FAMILIES = "'Inter', 'Helvetica Neue', Arial, sans-serif";

/** Wrapping leaves this much of a line free: kerning, which the measure ignores, may widen a line a hair. */
const SLACK = 0.97;

/**
 * The shipped font's real metrics, read from the same files in Node and in the browser, so that text
 * wraps alike in the app and the CLI. Widths are summed from glyph advances (cached per character):
 * fontkit's full layout is about 0.3 ms a string, too slow for thousands of cards.
 */
export class ExportFonts {
  readonly faces: Record<Weight, Font>;
  private readonly advances = new Map<number, number>();

  constructor(readonly files: FontFiles) {
    this.faces = { 400: create(files[400]), 600: create(files[600]) };
  }

  /** Ascent of the font at `size`, from the baseline up. */
  ascent(size: number): number {
    return (this.faces[400].ascent / this.faces[400].unitsPerEm) * size;
  }

  /** A glyph for the character, or undefined when the font has none (emoji, rare scripts). */
  glyph(weight: Weight, codePoint: number): Glyph | undefined {
    const glyph = this.faces[weight].glyphForCodePoint(codePoint);
    return glyph.id === 0 ? undefined : glyph;
  }

  private advance(weight: Weight, codePoint: number): number {
    const key = codePoint * 2 + (weight === 600 ? 1 : 0);
    let width = this.advances.get(key);
    if (width === undefined) {
      const glyph = this.glyph(weight, codePoint);
      // A character the font lacks comes from a fallback font: about an em for emoji, less for letters.
      width = glyph ? glyph.advanceWidth / this.faces[weight].unitsPerEm : codePoint > 0x2000 ? 1.2 : 0.6;
      this.advances.set(key, width);
    }
    return width;
  }

  /** Width of one line of text. */
  width(text: string, weight: Weight, size: number): number {
    let em = 0;
    for (const char of text) em += this.advance(weight, char.codePointAt(0)!);
    return em * size;
  }

  /** The text in lines no wider than `maxWidth`: broken at spaces, and inside a word only when it is wider than a line. */
  wrap(text: string, weight: Weight, size: number, maxWidth: number): string[] {
    const limit = maxWidth * SLACK;
    const lines: string[] = [];
    for (const paragraph of text.split('\n')) {
      let line = '';
      for (const word of paragraph.split(/ +/)) {
        const candidate = line ? `${line} ${word}` : word;
        if (this.width(candidate, weight, size) <= limit) {
          line = candidate;
          continue;
        }
        if (line) lines.push(line);
        line = '';
        for (const char of word) {
          if (line && this.width(line + char, weight, size) > limit) {
            lines.push(line);
            line = '';
          }
          line += char;
        }
      }
      lines.push(line);
    }
    return lines;
  }
}

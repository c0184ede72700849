import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { loadExportFonts } from '../../../src/cli/exportFonts';
import { STATUS_ICONS } from '../../../src/drawing/iconPaths';
import { drawMap } from '../../../src/drawing/mapDrawing';
import type { Shape } from '../../../src/drawing/shapes';
import { drawingToSvg } from '../../../src/drawing/svg';
import { journeyPdf } from '../../../src/export/pdf';
import { EXPORT_WORDS } from '../../../src/export/words';
import type { Journey, Language } from '../../../src/model';
import { measuredJourney, metricValue, presetMetric } from '../helpers/measuredJourney';
import { smallJourney } from '../helpers/smallJourney';

const fonts = await loadExportFonts();
const csat = presetMetric('csat'); // target 4, warning 3.5, higher is better
const conversion = { ...presetMetric('conversion'), target: 5, warning: null };
// t1: CSAT 3.9 in Q2 then 4.4 in Q3 (on target), conversion 4.1 % (off); t3: CSAT 3.6 (near); the rest unmeasured.
const measured = measuredJourney(
  [csat, conversion],
  [
    metricValue({ metricId: 'csat', targetId: 't1', value: 3.9, period: '2026-Q2' }),
    metricValue({ metricId: 'csat', targetId: 't1', value: 4.4, period: '2026-Q3' }),
    metricValue({ metricId: 'conversion', targetId: 't1', value: 4.1, period: '2026-Q3' }),
    metricValue({ metricId: 'csat', targetId: 't3', value: 3.6, period: '2026-Q3' }),
  ],
);

const draw = (journey: Journey, language: Language = 'en') =>
  drawMap(journey, 'personas', fonts, EXPORT_WORDS[language]);
const svgOf = (journey: Journey) =>
  drawingToSvg(draw(journey), fonts, { text: 'text', title: 'Test', lang: 'en' });
const cardOf = (map: ReturnType<typeof drawMap>, id: string) =>
  map.layers.cards.find((c) => c.card.touchpoint.id === id)!;
const badgeGroup = (shapes: Shape[]) =>
  shapes.find((s): s is Extract<Shape, { kind: 'group' }> => s.kind === 'group');
/** The words a reader (or pdftotext) gets from the SVG's text: tags dropped, one space between words. */
const readText = (svg: string) =>
  svg
    .replace(/<title>.*?<\/title>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

describe("a measured card's metric badges in the exported map", () => {
  it("draws the latest period's value of each metric, with the standing's symbol, as real text", () => {
    const map = draw(measured);
    const t1 = badgeGroup(cardOf(map, 't1').shapes)!;
    const texts = t1.shapes.flatMap((s) => (s.kind === 'text' ? [s.lines.join(' ')] : []));
    expect(texts).toEqual(['CSAT 4.4', 'Conversion 4.1 %']);
    const icons = t1.shapes.flatMap((s) => (s.kind === 'icon' ? [s.d] : []));
    expect(icons).toEqual([STATUS_ICONS.on, STATUS_ICONS.off]);
    const near = badgeGroup(cardOf(map, 't3').shapes)!;
    expect(near.shapes.flatMap((s) => (s.kind === 'icon' ? [s.d] : []))).toEqual([STATUS_ICONS.near]);
    expect(badgeGroup(cardOf(map, 't2').shapes)).toBeUndefined();

    const svg = svgOf(measured);
    const text = readText(svg);
    expect(text).toContain('CSAT 4.4');
    expect(text).toContain('Conversion 4.1 %');
    expect(text).toContain('CSAT 3.6');
    expect(text).not.toContain('3.9');
    // The symbol and the standing in words, for a reader without colour or without the picture.
    expect(svg).toContain('<title>CSAT 4.4 ✓ on target</title>');
    expect(svg).toContain('<title>Conversion 4.1 % ✗ off target</title>');
    expect(svg).toContain('<title>CSAT 3.6 ! near target</title>');
  });

  it('prints the badges as text in the PDF report', async () => {
    const bytes = await journeyPdf(PDFDocument, measured, fonts, {
      mode: 'personas',
      paper: 'A3',
      date: '2026-01-01',
    });
    const dir = await mkdtemp(join(tmpdir(), 'badges-'));
    try {
      await writeFile(join(dir, 'map.pdf'), bytes);
      const text = execFileSync('pdftotext', ['-f', '2', '-l', '2', join(dir, 'map.pdf'), '-'], {
        encoding: 'utf8',
      });
      expect(text).toContain('CSAT 4.4');
      expect(text).toContain('Conversion 4.1 %');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('writes numbers and words in the export language', () => {
    const svg = drawingToSvg(draw(measured, 'es'), fonts, { text: 'text', title: 'Test', lang: 'es' });
    expect(readText(svg)).toContain('CSAT 4,4');
    expect(svg).toContain('<title>Conversion 4,1 % ✗ fuera de objetivo</title>');
  });

  it('grows the card to hold its badges, inside its edges', () => {
    const plain = draw(smallJourney());
    const map = draw(measured);
    for (const id of ['t1', 't3']) {
      const { card, shapes } = cardOf(map, id);
      expect(card.height).toBeGreaterThan(cardOf(plain, id).card.height);
      for (const badge of badgeGroup(shapes)!.shapes.filter((s) => s.kind === 'rect')) {
        expect(badge.y + badge.height).toBeLessThanOrEqual(card.y + card.height);
        expect(badge.x + badge.width).toBeLessThanOrEqual(card.x + card.width);
      }
    }
    expect(cardOf(map, 't2').card.height).toBe(cardOf(plain, 't2').card.height);
  });

  it('leaves a map without touchpoint values exactly as it was drawn', () => {
    const plain = smallJourney();
    const map = draw(plain);
    expect(map.layers.cards.every((c) => badgeGroup(c.shapes) === undefined)).toBe(true);
    // Metrics defined, and a value on a stage only: no card is measured, so not a byte changes.
    const stageOnly = measuredJourney(
      [csat],
      [metricValue({ metricId: 'csat', targetType: 'stage', targetId: 's1', value: 4.2 })],
    );
    expect(svgOf(stageOnly)).toBe(svgOf(plain));
  });
});

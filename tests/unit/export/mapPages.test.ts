import { describe, expect, it } from 'vitest';
import { loadExportFonts } from '../../../src/cli/exportFonts';
import { drawMap } from '../../../src/drawing/mapDrawing';
import { GEOMETRY } from '../../../src/layout/geometry';
import { planMapPages, MIN_TITLE_PT } from '../../../src/export/mapPages';
import { mapArea, PAPERS } from '../../../src/export/pdf';
import { shownScenario } from '../../../src/export/mapImage';
import { EXPORT_WORDS } from '../../../src/export/words';
import { createSampleJourney } from '../../../src/templates';
import { generateJourney } from '../../bench/generate';

const fonts = await loadExportFonts();

describe('map pages', () => {
  it('puts an ordinary map on one page, fitted both ways', () => {
    const sample = shownScenario(createSampleJourney('en', { now: '2026-01-01T00:00:00.000Z' }));
    const map = drawMap(sample, 'personas', fonts, EXPORT_WORDS.en);
    const area = mapArea({ paper: 'A3' });
    const pages = planMapPages(map.grid, area);
    expect(pages).toHaveLength(1);
    const [page] = pages;
    expect(map.width * page!.scale).toBeLessThanOrEqual(area.width + 1e-6);
    expect(map.height * page!.scale).toBeLessThanOrEqual(area.height + 1e-6);
    // Fitted: one of the two directions is filled.
    expect(
      Math.max((map.width * page!.scale) / area.width, (map.height * page!.scale) / area.height),
    ).toBeCloseTo(1);
  });

  for (const paper of PAPERS)
    for (const portrait of [false, true])
      it(`never cuts a card by a page edge on ${paper} ${portrait ? 'portrait' : 'landscape'}, and prints titles at 6 pt or more`, () => {
        const map = drawMap(generateJourney(500), 'personas', fonts, EXPORT_WORDS.en);
        const area = mapArea({ paper, portrait });
        const pages = planMapPages(map.grid, area);
        expect(pages.length).toBeGreaterThan(1);
        for (const page of pages) {
          // The page, with its repeated headers, fits its area.
          expect((GEOMETRY.laneHeaderWidth + page.width) * page.scale).toBeLessThanOrEqual(area.width + 1e-6);
          expect((GEOMETRY.stageHeaderHeight + page.height) * page.scale).toBeLessThanOrEqual(
            area.height + 1e-6,
          );
          expect(14 * page.scale).toBeGreaterThanOrEqual(MIN_TITLE_PT - 1e-9);
        }
        for (const { card } of map.layers.cards) {
          // The page the PDF draws it on (src/export/pdf.ts: its left edge on the page).
          const on = pages.filter(
            (p) =>
              card.x >= p.x &&
              card.x < p.x + p.width &&
              card.lane.index >= p.lanes[0] &&
              card.lane.index <= p.lanes[1],
          );
          expect(on).toHaveLength(1);
          const page = on[0]!;
          expect(card.x).toBeGreaterThanOrEqual(page.x);
          expect(card.x + card.width).toBeLessThanOrEqual(page.x + page.width);
          expect(card.y).toBeGreaterThanOrEqual(page.y);
          expect(card.y + card.height).toBeLessThanOrEqual(page.y + page.height);
        }
      });
});

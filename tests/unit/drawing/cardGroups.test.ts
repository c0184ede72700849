import { describe, expect, it } from 'vitest';
import { loadExportFonts } from '../../../src/cli/exportFonts';
import { drawMap } from '../../../src/drawing/mapDrawing';
import type { Shape } from '../../../src/drawing/shapes';
import { drawingToSvg } from '../../../src/drawing/svg';
import { shownScenario } from '../../../src/export/mapImage';
import { EXPORT_WORDS } from '../../../src/export/words';
import { createSampleJourney } from '../../../src/templates';

const fonts = await loadExportFonts();
const sample = shownScenario(createSampleJourney('en', { now: '2026-01-01T00:00:00.000Z' }));
const map = drawMap(sample, 'personas', fonts, EXPORT_WORDS.en);
const groups = map.shapes.filter(
  (s): s is Extract<Shape, { kind: 'group' }> => s.kind === 'group' && s.data?.touchpoint !== undefined,
);

describe("a card's shapes as one group that says what the card is about", () => {
  it('groups each card with its persona, stage, channels, emotion and open notes', () => {
    expect(groups).toHaveLength(sample.touchpoints.length);
    for (const group of groups) {
      const touchpoint = sample.touchpoints.find((t) => t.id === group.data!.touchpoint)!;
      const open = sample.annotations.filter((a) => a.targetId === touchpoint.id && a.status === 'open');
      expect(group.data).toEqual({
        touchpoint: touchpoint.id,
        persona: touchpoint.personaId,
        stage: touchpoint.stageId,
        channels: touchpoint.channelIds.join(' '),
        emotion: String(touchpoint.emotion),
        valence: touchpoint.emotion > 0 ? 'positive' : touchpoint.emotion < 0 ? 'negative' : 'neutral',
        openNotes: String(open.length),
        openPainPoints: String(open.filter((a) => a.kind === 'pain-point').length),
      });
      // The group holds the card's own shapes, unmoved.
      expect(group.shapes).toBe(map.layers.cards.find((c) => c.card.touchpoint.id === touchpoint.id)!.shapes);
      expect([group.x, group.y]).toEqual([0, 0]);
    }
    expect(groups.some((g) => Number(g.data!.openPainPoints) > 0)).toBe(true);
  });

  it('writes the data as data-* attributes in the SVG, and no transform for an unmoved group', () => {
    const svg = drawingToSvg(map, fonts, { text: 'text', title: 'Sample', lang: 'en' });
    const first = groups[0]!.data!;
    expect(svg).toContain(
      `<g data-touchpoint="${first.touchpoint}" data-persona="${first.persona}" data-stage="${first.stage}" data-channels="${first.channels}" data-emotion="${first.emotion}" data-valence="${first.valence}" data-open-notes="${first.openNotes}" data-open-pain-points="${first.openPainPoints}">`,
    );
    expect(svg.match(/<g data-touchpoint=/g)).toHaveLength(groups.length);
  });

  it('escapes what it writes and still moves a moved group', () => {
    const svg = drawingToSvg(
      {
        width: 10,
        height: 10,
        shapes: [{ kind: 'group', x: 2, y: 3, shapes: [], data: { persona: 'a"<b' } }],
      },
      fonts,
      { text: 'text', title: 't', lang: 'en' },
    );
    expect(svg).toContain('<g transform="translate(2 3)" data-persona="a&quot;&lt;b"></g>');
  });
});

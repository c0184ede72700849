import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { loadExportFonts } from '../../../src/cli/exportFonts';
import { drawMap } from '../../../src/drawing/mapDrawing';
import { drawingToSvg } from '../../../src/drawing/svg';
import { EXPORT_WORDS } from '../../../src/export/words';
import { blueprintJourney } from '../helpers/blueprintJourney';

const fonts = await loadExportFonts();
// Items b1 (→ t1, t2), b2 (→ t3) and b5 (→ t5): four links.
const sample = blueprintJourney();
const links = sample.blueprintItems.flatMap((item) =>
  item.touchpointIds.map((touchpointId) => `${item.id}:${touchpointId}`),
);

describe('the links between blueprint cards and the touchpoints they serve, in an export', () => {
  it('draws one quiet connector per link, behind the blueprint cards', () => {
    expect(links).toHaveLength(4);
    const map = drawMap(sample, 'personas', fonts, EXPORT_WORDS.en);
    const drawn = map.layers.background.flatMap((s) => (s.kind === 'group' && s.data?.connector ? [s] : []));
    expect(drawn.map((g) => `${g.data!.connector}:${g.data!.connectorTouchpoint}`).sort()).toEqual(
      [...links].sort(),
    );
    for (const g of drawn)
      expect(g.shapes).toEqual([expect.objectContaining({ kind: 'path', strokeWidth: 1 })]);
    // Each starts at the top of its card and ends at the bottom of its touchpoint.
    const { items, connectors } = map.grid.blueprint;
    for (const c of connectors()) {
      const item = items.find((i) => i.item.id === c.itemId)!;
      const card = map.grid.cards.find((p) => p.touchpoint.id === c.touchpointId)!;
      expect(c.d.startsWith(`M${item.x + item.width / 2},${item.y} `)).toBe(true);
      expect(c.d.endsWith(` ${card.x + card.width / 2},${card.y + card.height}`)).toBe(true);
    }
    // Behind the cards: every connector comes before the first blueprint card's rect.
    const firstCard = map.layers.background.findIndex(
      (s) => s.kind === 'rect' && s.x === items[0]!.x && s.y === items[0]!.y && s.width === items[0]!.width,
    );
    const lastConnector = map.layers.background.lastIndexOf(drawn.at(-1)!);
    expect(lastConnector).toBeLessThan(firstCard);
  });

  it("works out only the links asked for, as the canvas asks for the selection's", () => {
    const { connectors } = drawMap(sample, 'personas', fonts, EXPORT_WORDS.en).grid.blueprint;
    const all = connectors();
    expect(connectors((itemId) => itemId === 'b1')).toEqual(all.filter((c) => c.itemId === 'b1'));
    expect(connectors((_, touchpointId) => touchpointId === 't3').map((c) => c.itemId)).toEqual(['b2']);
    expect(connectors(() => false)).toEqual([]);
  });

  it('draws none for a link to a touchpoint that is not shown, nor for a hidden layer', () => {
    const hidden = {
      ...sample,
      blueprintLayers: sample.blueprintLayers.map((l) => ({ ...l, hidden: true })),
    };
    expect(drawMap(hidden, 'personas', fonts, EXPORT_WORDS.en).grid.blueprint.connectors()).toEqual([]);
    const gone = { ...sample, touchpoints: [] };
    expect(drawMap(gone, 'personas', fonts, EXPORT_WORDS.en).grid.blueprint.connectors()).toEqual([]);
  });

  it('writes them in the SVG, in the channel view too, and rsvg-convert renders it', () => {
    for (const mode of ['personas', 'channels'] as const) {
      const svg = drawingToSvg(drawMap(sample, mode, fonts, EXPORT_WORDS.en), fonts, {
        text: 'text',
        title: 'Sample',
        lang: 'en',
      });
      expect(svg.match(/<g data-connector="/g)).toHaveLength(links.length);
      const png = execFileSync('rsvg-convert', ['--format=png', '--zoom=0.25'], { input: svg });
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(png.length).toBeGreaterThan(1000);
    }
  });
});

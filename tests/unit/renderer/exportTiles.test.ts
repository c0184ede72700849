import { describe, expect, it } from 'vitest';
import { layoutJourney, type CanvasNode } from '../../../renderer/canvas/layout';
import { tileCuts, tileEdges, tileNodes } from '../../../renderer/files/exportTiles';
import { smallJourney } from '../helpers/smallJourney';

// The small journey's layout (see layout.test.ts): columns s1 at 230 (408 wide, t1 and t2), s2 at 638
// (248, t3 and t4), s3 at 886 (248, t5); Laura's curve t1 → t2 → t3, Carlos's t4 → t5.
const layout = () => layoutJourney(smallJourney(), 'personas');
const ids = (nodes: CanvasNode[]) => nodes.map((n) => n.id);

describe('export tiles', () => {
  it('cuts between whole columns once a slice holds as many cards as allowed', () => {
    expect(tileCuts(layout(), 2)).toEqual([638, 886]); // [t1 t2] [t3 t4] [t5]
    expect(tileCuts(layout(), 3)).toEqual([638]); // [t1 t2] [t3 t4 t5]
    expect(tileCuts(layout(), 5)).toEqual([]); // one slice: nothing to cut
    // A column with more cards than allowed is a slice of its own, not split.
    expect(tileCuts(layout(), 1)).toEqual([638, 886]);
  });

  it('gives a slice the nodes over it, every curve, and both ends of each curve segment crossing it', () => {
    const inMiddle = ids(tileNodes(layout().nodes, 638, 886));
    // Over it: stage 2's header and cells, t3 and t4.
    expect(inMiddle).toEqual(
      expect.arrayContaining(['stage:s2', 'cell:p1:s2', 'cell:p2:s2', 't3', 't4', 'curve:p1', 'curve:p2']),
    );
    // Segments crossing its edges: t2 → t3 (Laura) and t4 → t5 (Carlos); t1 is not needed.
    expect(inMiddle).toEqual(expect.arrayContaining(['t2', 't5']));
    expect(inMiddle).not.toContain('t1');
    expect(inMiddle).not.toContain('stage:s1');
    expect(inMiddle).not.toContain('lane:p1'); // lane headers are in the first slice only
    expect(ids(tileNodes(layout().nodes, 0, 638))).toContain('lane:p1');
  });

  it('places the edges on the sheet, each on a whole device pixel', () => {
    // Map 32 px in from the sheet's left; at 0.3×, 32 + 638 = 670 → 201 device px exactly; 32 + 886 = 918
    // → 275.4, snapped to 275 → 916.67 CSS px.
    const edges = tileEdges([638, 886], 32, 1198, 0.3);
    expect(edges[0]).toBe(0);
    expect(edges[1]).toBeCloseTo(670, 10);
    expect(edges[2]).toBeCloseTo(275 / 0.3, 10);
    expect(edges[3]).toBe(1198);
    for (const edge of edges.slice(1, -1))
      expect(Math.abs(edge * 0.3 - Math.round(edge * 0.3))).toBeLessThan(1e-9);
  });
});

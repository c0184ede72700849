import { describe, expect, it } from 'vitest';
import type { Stage } from '../../../src/model';
import { LANE_LABEL_WIDTH } from '../../../renderer/canvas/laneLabelPlacement';
import { layoutJourney, type Column } from '../../../renderer/canvas/layout';
import { stageViewport } from '../../../renderer/editor/presentation';
import { smallJourney } from '../helpers/smallJourney';

/** Where a column lands on screen under a viewport. */
function onScreen(column: Column, view: { x: number; zoom: number }) {
  const left = view.x + column.x * view.zoom;
  return { left, right: left + column.width * view.zoom };
}

describe('workshop stage viewport', () => {
  it('centres a stage that fits, as large as the canvas height allows', () => {
    // smallJourney: stage s2 at x 638, 248 wide; the map is 84 + 2 × 392 = 868 high.
    const layout = layoutJourney(smallJourney(), 'personas');
    const view = stageViewport(layout, 's2', { width: 1600, height: 840 })!;
    expect(view.zoom).toBeCloseTo((840 * 0.94) / 868);
    const { left, right } = onScreen(layout.columns[1]!, view);
    expect((left + right) / 2).toBeCloseTo(800);
    expect(view.y + (868 / 2) * view.zoom).toBeCloseTo(420);
  });

  it('keeps a wide stage clear of the lane labels at the left edge', () => {
    const wide: Column = { stage: { id: 'wide' } as Stage, index: 0, x: 230, width: 2000 };
    const view = stageViewport({ columns: [wide], height: 476 }, 'wide', { width: 1600, height: 900 })!;
    const { left, right } = onScreen(wide, view);
    expect(left).toBeCloseTo(LANE_LABEL_WIDTH);
    expect(right).toBeLessThanOrEqual(1600);
  });

  it('on a narrow canvas gives the labels at most half of it', () => {
    const wide: Column = { stage: { id: 'wide' } as Stage, index: 0, x: 230, width: 2000 };
    const view = stageViewport({ columns: [wide], height: 476 }, 'wide', { width: 400, height: 900 })!;
    expect(view.zoom).toBeGreaterThan(0);
    const { left, right } = onScreen(wide, view);
    expect(left).toBeCloseTo(200);
    expect(right).toBeLessThanOrEqual(400);
  });

  it('has no viewport for a stage that is not on the map', () => {
    const layout = layoutJourney(smallJourney(), 'personas');
    expect(stageViewport(layout, 'gone', { width: 1600, height: 900 })).toBeUndefined();
  });
});

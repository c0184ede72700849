import { describe, expect, it } from 'vitest';
import { addPersona, execute } from '../../../src/commands';
import { blankPersona, type Stage } from '../../../src/model';
import { layoutJourney, type Column, type MapLayout } from '../../../renderer/canvas/layout';
import {
  stageViewport,
  wholeMapViewport,
  WORKSHOP_READABLE_TITLE,
  WORKSHOP_TITLE_SIZE,
} from '../../../renderer/workshop/workshop';
import { smallJourney } from '../helpers/smallJourney';

/** Where a span of the map lands on screen under a viewport's zoom and offset. */
const onScreen = (from: number, size: number, offset: number, zoom: number) => {
  const start = offset + from * zoom;
  return { start, end: start + size * zoom };
};

/** smallJourney with a third persona: 84 + 3 × 392 = 1,260 high. */
function threePersonas(): MapLayout {
  const { updatedAt: _, ...persona } = blankPersona('p3', 'Third', '#0f9d8a', '');
  const { journey } = execute(smallJourney(), addPersona(persona), { now: '2026-01-02T00:00:00.000Z' });
  return layoutJourney(journey, 'personas');
}

// A 1280 × 720 projector, less the workshop bar (62) and the lane strip (243).
const PROJECTOR = { width: 1037, height: 658 };

describe('workshop stage viewport', () => {
  it('centres a stage with every lane when the titles are readable that way', () => {
    // smallJourney: stage s2 at x 638, 248 wide; the map is 84 + 2 × 392 = 868 high.
    const layout = layoutJourney(smallJourney(), 'personas');
    const view = stageViewport(layout, 's2', 0, { width: 1600, height: 1200 })!;
    expect(view.zoom).toBeCloseTo((1200 * 0.92) / 868);
    const column = onScreen(layout.columns[1]!.x, 248, view.x, view.zoom);
    expect((column.start + column.end) / 2).toBeCloseTo(800);
    expect(view.y + (868 / 2) * view.zoom).toBeCloseTo(600);
  });

  it('frames one lane with the stage header when every lane would make the titles too small', () => {
    const layout = threePersonas();
    const view = stageViewport(layout, 's2', 0, PROJECTOR)!;
    expect(view.zoom * WORKSHOP_TITLE_SIZE).toBeGreaterThanOrEqual(WORKSHOP_READABLE_TITLE);
    // Header (0–84) and the first lane (84–476) are in view, top to bottom.
    const span = onScreen(0, 476, view.y, view.zoom);
    expect(span.start).toBeGreaterThanOrEqual(0);
    expect(span.end).toBeLessThanOrEqual(PROJECTOR.height);
    const column = onScreen(layout.columns[1]!.x, layout.columns[1]!.width, view.x, view.zoom);
    expect(column.start).toBeGreaterThanOrEqual(0);
    expect(column.end).toBeLessThanOrEqual(PROJECTOR.width);
  });

  it('follows the facilitator to another lane at the same zoom', () => {
    const layout = threePersonas();
    const first = stageViewport(layout, 's2', 0, PROJECTOR)!;
    const third = stageViewport(layout, 's2', 2, PROJECTOR)!;
    expect(third.zoom).toBeCloseTo(first.zoom);
    expect(third.x).toBeCloseTo(first.x);
    const lane = layout.lanes[2]!;
    const span = onScreen(lane.y, lane.height, third.y, third.zoom);
    expect(span.start).toBeGreaterThanOrEqual(0);
    expect(span.end).toBeLessThanOrEqual(PROJECTOR.height);
  });

  it('keeps the zoom the facilitator chose, and still shows the stage from its start', () => {
    const layout = threePersonas();
    const view = stageViewport(layout, 's3', 1, PROJECTOR, 2)!;
    expect(view.zoom).toBe(2);
    const column = layout.columns[2]!;
    // 248 × 2 = 496 px: fits, centred.
    expect(view.x + (column.x + column.width / 2) * 2).toBeCloseTo(PROJECTOR.width / 2);
  });

  it('lets a very wide stage run past the edge rather than shrink its titles', () => {
    const wide: Column = { stage: { id: 'wide' } as Stage, index: 0, x: 230, width: 2000 };
    const layout = { columns: [wide], lanes: [], height: 476 };
    const view = stageViewport(layout, 'wide', 0, PROJECTOR)!;
    expect(view.zoom * WORKSHOP_TITLE_SIZE).toBeGreaterThanOrEqual(WORKSHOP_READABLE_TITLE);
    expect(onScreen(230, 2000, view.x, view.zoom).start).toBeCloseTo(PROJECTOR.width * 0.04);
  });

  it('has no viewport for a stage that is not on the map', () => {
    const layout = layoutJourney(smallJourney(), 'personas');
    expect(stageViewport(layout, 'gone', 0, PROJECTOR)).toBeUndefined();
  });

  it('shows the whole map at the last step', () => {
    const layout = threePersonas();
    const view = wholeMapViewport(layout, PROJECTOR);
    const across = onScreen(0, layout.width, view.x, view.zoom);
    const down = onScreen(0, layout.height, view.y, view.zoom);
    expect(across.start).toBeGreaterThanOrEqual(0);
    expect(across.end).toBeLessThanOrEqual(PROJECTOR.width);
    expect(down.start).toBeGreaterThanOrEqual(0);
    expect(down.end).toBeLessThanOrEqual(PROJECTOR.height);
  });
});

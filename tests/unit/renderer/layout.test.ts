import { describe, expect, it } from 'vitest';
import { addTouchpoint, execute } from '../../../src/commands';
import type { Journey } from '../../../src/model';
import { commandForHeaderDrop, commandsForDrop } from '../../../renderer/canvas/dropTargets';
import {
  CARD_TITLE_SIZE,
  GEOMETRY,
  laneHeight,
  mapViewport,
  READABLE_TITLE,
} from '../../../renderer/canvas/geometry';
import { hitCell, layoutJourney, NO_CHANNEL, type CanvasNode } from '../../../renderer/canvas/layout';
import { smallJourney } from '../helpers/smallJourney';

const cards = (nodes: CanvasNode[]) => nodes.filter((n) => n.type === 'touchpoint');
const byId = (nodes: CanvasNode[], id: string) => nodes.find((n) => n.id === id)!;
// Hand-computed from geometry: lane header 230 wide, stage header 84 high, lane 6×44 + 88 + 2×20 = 392 high.
const LANE = 392;

describe('layout', () => {
  it('puts stages in columns and personas in lanes', () => {
    const { columns, lanes, width, height } = layoutJourney(smallJourney(), 'personas');
    expect(laneHeight()).toBe(LANE);
    expect(columns.map((c) => [c.stage.id, c.x, c.width])).toEqual([
      ['s1', 230, 408], // two cards: 20 + 176 + 16 + 176 + 20
      ['s2', 638, 248], // one card: minimum width
      ['s3', 886, 248],
    ]);
    expect(lanes.map((l) => [l.lane.id, l.y])).toEqual([
      ['p1', 84],
      ['p2', 84 + LANE],
    ]);
    expect(width).toBe(1134);
    expect(height).toBe(84 + 2 * LANE);
  });

  it('places a card by its order (x) and its emotion (y): positive above the midline', () => {
    const { nodes } = layoutJourney(smallJourney(), 'personas');
    // t1: Laura, Awareness, order 0, emotion +2 → y = 84 + 196 − 2×44 − 44 = 148
    expect(byId(nodes, 't1').position).toEqual({ x: 250, y: 148 });
    // t2: order 1 → x = 230 + 20 + 192; emotion +1 → y = 192
    expect(byId(nodes, 't2').position).toEqual({ x: 442, y: 192 });
    // t3: emotion −2 → below the midline: y = 84 + 196 + 88 − 44 = 324
    expect(byId(nodes, 't3').position).toEqual({ x: 658, y: 324 });
    // t4: Carlos, neutral → on the midline of the second lane
    expect(byId(nodes, 't4').position).toEqual({ x: 658, y: 84 + LANE + 196 - 44 });
  });

  it('never overlaps cards that share a cell, however many', () => {
    let journey: Journey = smallJourney();
    for (let i = 0; i < 12; i++) {
      journey = execute(
        journey,
        addTouchpoint({
          id: `x${i}`,
          scenarioId: 'today',
          personaId: 'p1',
          stageId: 's2',
          title: `X${i}`,
          emotion: (i % 7) - 3,
        }),
        {
          now: journey.updatedAt,
        },
      ).journey;
    }
    const inCell = cards(layoutJourney(journey, 'personas').nodes).filter(
      (n) => n.data.touchpoint.stageId === 's2' && n.data.touchpoint.personaId === 'p1',
    );
    expect(inCell).toHaveLength(13);
    const xs = inCell.map((n) => n.position.x).sort((a, b) => a - b);
    xs.slice(1).forEach((x, i) => expect(x - xs[i]!).toBeGreaterThanOrEqual(GEOMETRY.cardWidth));
    const column = layoutJourney(journey, 'personas').columns[1]!;
    expect(xs.at(-1)! + GEOMETRY.cardWidth).toBeLessThanOrEqual(column.x + column.width);
  });

  it('joins each persona’s touchpoints in journey order with one curve, drawn by one node', () => {
    const { curves, nodes } = layoutJourney(smallJourney(), 'personas');
    expect(curves.map((c) => [c.personaId, c.touchpointIds])).toEqual([
      ['p1', ['t1', 't2', 't3']],
      ['p2', ['t4', 't5']],
    ]);
    expect(nodes.filter((n) => n.type === 'curve').map((n) => n.id)).toEqual(['curve:p1', 'curve:p2']);
  });

  it('fades a persona’s curve when every card on it is filtered out, not while one still shows', () => {
    const onlyCarlos = layoutJourney(smallJourney(), 'personas', (t) => t.personaId === 'p2');
    expect(onlyCarlos.curves.map((c) => [c.personaId, c.dimmed])).toEqual([
      ['p1', true],
      ['p2', false],
    ]);
    const oneOfLaura = layoutJourney(smallJourney(), 'personas', (t) => t.id === 't2');
    expect(oneOfLaura.curves.map((c) => c.dimmed)).toEqual([false, true]);
  });

  it('in the channel view, shows a touchpoint once per channel and an extra row for none', () => {
    const journey = smallJourney();
    journey.touchpoints[0]!.channelIds = ['web', 'phone'];
    journey.touchpoints[1]!.channelIds = [];
    const { nodes, lanes, curves } = layoutJourney(journey, 'channels');
    expect(lanes.map((l) => l.lane.id)).toEqual(['web', 'phone', NO_CHANNEL]);
    expect(
      cards(nodes)
        .filter((n) => n.data.touchpoint.id === 't1')
        .map((n) => n.id),
    ).toEqual(['t1@web', 't1@phone']);
    expect(byId(nodes, 't2@no-channel')).toBeDefined();
    expect(curves).toEqual([]);
    expect(nodes.some((n) => n.type === 'curve')).toBe(false);
  });

  it('marks cards that do not match the filter as dimmed', () => {
    const { nodes } = layoutJourney(smallJourney(), 'personas', (t) => t.emotion < 0);
    expect(
      cards(nodes)
        .filter((n) => !n.data.dimmed)
        .map((n) => n.id),
    ).toEqual(['t3']);
  });

  it('counts open notes and pain points per card', () => {
    const { nodes } = layoutJourney(smallJourney(), 'personas');
    expect(byId(nodes, 't3')).toMatchObject({ data: { openNotes: 1, openPainPoints: 1 } });
  });
});

describe('drop targets', () => {
  it('turns a drop into a move and an emotion change (snapped)', () => {
    const journey = smallJourney();
    const layout = layoutJourney(journey, 'personas');
    // Drop t1 into Laura × Loyalty, its top 20 units below the lane top → score +3.
    const commands = commandsForDrop(journey, layout, [
      { touchpointId: 't1', position: { x: 886 + 20, y: 84 + 25 } },
    ]);
    let next = journey;
    for (const c of commands) next = execute(next, c, { now: journey.updatedAt }).journey;
    expect(next.touchpoints.find((t) => t.id === 't1')).toMatchObject({
      stageId: 's3',
      personaId: 'p1',
      emotion: 3,
      order: 0,
    });
  });

  it('ignores a drop outside the map and a drop back in place', () => {
    const journey = smallJourney();
    const layout = layoutJourney(journey, 'personas');
    expect(
      commandsForDrop(journey, layout, [{ touchpointId: 't1', position: { x: -500, y: -500 } }]),
    ).toEqual([]);
    expect(
      commandsForDrop(journey, layout, [{ touchpointId: 't1', position: byId(layout.nodes, 't1').position }]),
    ).toEqual([]);
    expect(hitCell(layout, { x: 10, y: 10 })).toBeUndefined();
  });
});

describe('header drops', () => {
  it('reorders stages and personas by where the header was dropped', () => {
    const journey = smallJourney();
    const layout = layoutJourney(journey, 'personas');
    const awareness = byId(layout.nodes, 'stage:s1');
    // Centre dropped past Purchase's centre (638 + 124) but not Loyalty's (886 + 124): slot 1.
    const moved = commandForHeaderDrop(layout, {
      ...awareness,
      position: { x: 800 - 204, y: 0 },
    } as CanvasNode);
    const next = execute(journey, moved!, { now: journey.updatedAt }).journey;
    expect(next.stages.map((s) => s.id)).toEqual(['s2', 's1', 's3']);
    const laura = byId(layout.nodes, 'lane:p1');
    const down = commandForHeaderDrop(layout, {
      ...laura,
      position: { x: 0, y: 84 + LANE + 50 },
    } as CanvasNode);
    expect(execute(journey, down!, { now: journey.updatedAt }).journey.personas.map((p) => p.id)).toEqual([
      'p2',
      'p1',
    ]);
    expect(commandForHeaderDrop(layout, awareness)).toBeUndefined();
  });
});

describe('map viewport', () => {
  it('shows a map whole and centred, with 4 % of the screen around it, when its titles read that way', () => {
    // 1,600 × 700 on 1,600 × 900: the width decides, 1,600 × 0.92 / 1,600 = 0.92 (titles 12.9 px).
    const view = mapViewport({ width: 1600, height: 700 }, { width: 1600, height: 900 });
    expect(view.zoom).toBeCloseTo(0.92, 10);
    expect(view.x).toBeCloseTo((1600 - 1600 * 0.92) / 2, 10); // 64
    expect(view.y).toBeCloseTo((900 - 700 * 0.92) / 2, 10); // 128
    // Never larger than life.
    expect(mapViewport({ width: 800, height: 400 }, { width: 1600, height: 900 })).toEqual({
      x: 400,
      y: 250,
      zoom: 1,
    });
  });

  it('opens a map too large to read whole at its beginning, titles at 11 px', () => {
    // 3,200 units wide on a 1,600 px screen would need a zoom of 0.46: titles of 6.4 px.
    const view = mapViewport({ width: 3200, height: 900 }, { width: 1600, height: 900 });
    expect(view).toEqual({ x: 24, y: 24, zoom: view.zoom });
    expect(view.zoom * CARD_TITLE_SIZE).toBeGreaterThanOrEqual(READABLE_TITLE);
    expect(view.zoom * CARD_TITLE_SIZE).toBeLessThan(READABLE_TITLE + 0.2);
  });
});

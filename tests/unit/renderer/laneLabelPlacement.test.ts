import { describe, expect, it } from 'vitest';
import { LANE_LABEL_HEIGHT, laneLabelSpots } from '../../../renderer/canvas/laneLabelPlacement';
import { layoutJourney } from '../../../renderer/canvas/layout';
import { smallJourney } from '../helpers/smallJourney';

// smallJourney has two persona lanes, 392 high, below the 84-high stage headers: y = 84 and 476.
const { lanes } = layoutJourney(smallJourney(), 'personas');
const centres = (view: { y: number; zoom: number; height: number }) =>
  laneLabelSpots(lanes, view).map((spot) => spot && [spot.centre, spot.size]);

describe('lane labels', () => {
  it('sit in the middle of each lane when the whole map is in view', () => {
    // Zoom 1, map at the top: lanes span 84–476 and 476–868 on screen.
    expect(centres({ y: 0, zoom: 1, height: 900 })).toEqual([
      [280, 'full'],
      [672, 'full'],
    ]);
    // Zoom 0.5, map 100 px down: lanes span 142–338 and 338–534.
    expect(centres({ y: 100, zoom: 0.5, height: 900 })).toEqual([
      [240, 'full'],
      [436, 'full'],
    ]);
  });

  it('follow the part of a lane in view, and leave with their lane', () => {
    // The first lane spans −100…292 on screen: its label centres on 0…292.
    // The second spans 292…684, cut by a 500-high canvas: centred on 292…500.
    expect(centres({ y: -184, zoom: 1, height: 500 })).toEqual([
      [146, 'full'],
      [396, 'full'],
    ]);
    // Only 30 px of the first lane is left (−362…30): its label stays inside the lane, half off screen.
    expect(centres({ y: -446, zoom: 1, height: 500 })[0]).toEqual([30 - LANE_LABEL_HEIGHT.full / 2, 'full']);
    // The first lane wholly above the canvas: no label.
    expect(centres({ y: -500, zoom: 1, height: 500 })[0]).toBeNull();
    // The second lane below the canvas: no label.
    expect(centres({ y: 0, zoom: 1, height: 476 })[1]).toBeNull();
  });

  it('are compact in lanes drawn too short for a full label, and absent in lanes shorter still', () => {
    // Lanes 392 × 0.15 = 58.8 px high.
    expect(centres({ y: 0, zoom: 0.15, height: 900 }).map((c) => c?.[1])).toEqual(['compact', 'compact']);
    // 392 × 0.1 = 39.2 px: not even a compact label fits.
    expect(centres({ y: 0, zoom: 0.1, height: 900 })).toEqual([null, null]);
  });

  it('label the channel lanes in the channel view', () => {
    const channelLanes = layoutJourney(smallJourney(), 'channels').lanes;
    const spots = laneLabelSpots(channelLanes, { y: 0, zoom: 1, height: 5000 });
    expect(spots).toHaveLength(channelLanes.length);
    expect(spots.every((spot) => spot?.size === 'full')).toBe(true);
  });
});

import { memo, useMemo } from 'react';
import { scenarioView, type Journey } from '../../src/model';
import type { JourneySketch } from '../../src/storage';
import { cardTopInLane, curveThroughBoxes, GEOMETRY } from '../canvas/geometry';
import { layoutJourney } from '../canvas/layout';

/**
 * A live miniature of a map: stage colours across the top and each persona's emotional
 * curve in its first scenario, drawn from the same layout as the canvas (so it never goes stale),
 * without the measures the library does not read (no badges nor metrics row at this size).
 */
function ThumbnailView({ journey }: { journey: JourneySketch }) {
  const { columns, lanes, width, height, curves } = useMemo(() => {
    const unmeasured: Journey = { ...journey, metricValues: [], researchNotes: [] };
    const layout = layoutJourney(scenarioView(unmeasured, journey.scenarios[0]!.id), 'personas');
    // The canvas's curve, through the cards' centres: a thumbnail draws no cards to stop at.
    const centres = new Map(
      layout.nodes
        .filter((n) => n.type === 'touchpoint')
        .map((n) => [
          n.id,
          {
            x: n.position.x + GEOMETRY.cardWidth / 2,
            y: n.position.y + GEOMETRY.cardHeight / 2,
            width: 0,
            height: 0,
          },
        ]),
    );
    const curves = layout.curves.map((curve) => ({
      color: curve.color,
      path: curveThroughBoxes(curve.touchpointIds.map((id) => centres.get(id)!)),
      personaId: curve.personaId,
    }));
    return { ...layout, curves };
  }, [journey]);
  return (
    <svg
      className="thumbnail"
      viewBox={`0 0 ${Math.max(width, 400)} ${Math.max(height, 200)}`}
      preserveAspectRatio="xMidYMid meet"
      aria-hidden="true"
    >
      {columns.map((c) => (
        <rect
          key={c.stage.id}
          x={c.x + 4}
          y={8}
          width={c.width - 8}
          height={GEOMETRY.stageHeaderHeight - 24}
          rx={10}
          fill={c.stage.color}
          opacity={0.85}
        />
      ))}
      {lanes.map((l) => (
        <line
          key={l.lane.id}
          x1={GEOMETRY.laneHeaderWidth}
          x2={width}
          y1={l.y + cardTopInLane(0) + GEOMETRY.cardHeight / 2}
          y2={l.y + cardTopInLane(0) + GEOMETRY.cardHeight / 2}
          stroke="currentColor"
          strokeOpacity={0.2}
          strokeWidth={4}
          strokeDasharray="14 10"
        />
      ))}
      {curves.map(({ personaId, color, path }) => (
        <path key={personaId} d={path} fill="none" stroke={color} strokeWidth={14} strokeLinecap="round" />
      ))}
    </svg>
  );
}

export const Thumbnail = memo(ThumbnailView);

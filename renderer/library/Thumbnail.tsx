import { memo, useMemo } from 'react';
import { scenarioView, type Journey } from '../../src/model';
import { cardTopInLane, GEOMETRY } from '../canvas/geometry';
import { layoutJourney } from '../canvas/layout';

/**
 * A live miniature of a map: stage colours across the top and each persona's emotional
 * curve in its first scenario, drawn from the same layout as the canvas (so it never goes stale).
 */
function ThumbnailView({ journey }: { journey: Journey }) {
  const { columns, lanes, width, height, curves } = useMemo(() => {
    const layout = layoutJourney(scenarioView(journey, journey.scenarios[0]!.id), 'personas');
    const centres = new Map(
      layout.nodes
        .filter((n) => n.type === 'touchpoint')
        .map((n) => [
          n.id,
          { x: n.position.x + GEOMETRY.cardWidth / 2, y: n.position.y + GEOMETRY.cardHeight / 2 },
        ]),
    );
    const byPersona = new Map<string, string[]>();
    for (const edge of layout.edges) {
      const color = String(edge.data?.color ?? '#64748b');
      const a = centres.get(edge.source)!;
      const b = centres.get(edge.target)!;
      const mid = (a.x + b.x) / 2;
      const segment = `M${a.x},${a.y} C${mid},${a.y} ${mid},${b.y} ${b.x},${b.y}`;
      byPersona.set(color, [...(byPersona.get(color) ?? []), segment]);
    }
    return { ...layout, curves: [...byPersona] };
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
      {curves.map(([color, segments]) => (
        <path
          key={color}
          d={segments.join(' ')}
          fill="none"
          stroke={color}
          strokeWidth={14}
          strokeLinecap="round"
        />
      ))}
    </svg>
  );
}

export const Thumbnail = memo(ThumbnailView);

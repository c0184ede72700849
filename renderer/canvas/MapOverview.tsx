import { memo, useMemo, useRef, type PointerEvent } from 'react';
import { useReactFlow, useStore, type ReactFlowState } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { shallow } from 'zustand/shallow';
import { GEOMETRY } from './geometry';
import type { MapLayout } from './layout';

/** The overview's largest size on screen; it takes the map's shape within it. */
const MAX_WIDTH = 220;
const MAX_HEIGHT = 150;
const MIN_HEIGHT = 48;

/** Every card of the map as one path of small rectangles, and the stage columns: drawn once per layout. */
const OverviewMap = memo(function OverviewMap({ layout }: { layout: MapLayout }) {
  const cards = layout.nodes
    .filter((n) => n.type === 'touchpoint')
    .map(
      (n) =>
        `M${n.position.x},${n.position.y}h${GEOMETRY.cardWidth}v${GEOMETRY.cardHeight}h-${GEOMETRY.cardWidth}z`,
    )
    .join('');
  return (
    <>
      {layout.columns.map((c) => (
        <rect
          key={c.stage.id}
          className="overview-stage"
          x={c.x}
          y={0}
          width={c.width}
          height={GEOMETRY.stageHeaderHeight}
          style={{ fill: c.stage.color }}
        />
      ))}
      {layout.lanes.map((l) => (
        <rect
          key={l.lane.id}
          className="overview-lane"
          x={0}
          y={l.y}
          width={layout.width}
          height={l.height}
        />
      ))}
      <path className="overview-cards" d={cards} />
    </>
  );
});

/** The part of the map on screen, in flow units: x, y, width, height. */
const viewOf = (s: ReactFlowState): [number, number, number, number] => {
  const [x, y, zoom] = s.transform;
  return [-x / zoom, -y / zoom, s.width / zoom, s.height / zoom];
};

/**
 * The map in miniature, with the part on screen framed; press or drag on it to go there. It sits beside
 * the map (under the side panel), never over a card. React Flow's
 * MiniMap draws an element with its own store subscription per node: with thousands of nodes, that
 * costs more on every frame of a pan than the canvas itself. Here the map is one path, drawn once,
 * and only the frame follows the view.
 */
export function MapOverview({ layout }: { layout: MapLayout }) {
  const { t } = useTranslation();
  const flow = useReactFlow();
  const view = useStore(viewOf, shallow);
  const svg = useRef<SVGSVGElement>(null);
  const { width, height } = layout;
  // Room around the map so the frame stays visible when the view is at its edge.
  const margin = Math.max(width, height) * 0.04;
  const viewBox = useMemo(
    () => `${-margin} ${-margin} ${width + 2 * margin} ${height + 2 * margin}`,
    [width, height, margin],
  );

  const goTo = (event: PointerEvent<SVGSVGElement>) => {
    const matrix = svg.current?.getScreenCTM()?.inverse();
    if (!matrix) return;
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix);
    void flow.setCenter(point.x, point.y, { zoom: flow.getZoom() });
  };

  const [x, y, w, h] = view;
  const boxHeight = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, (MAX_WIDTH * height) / width));
  const boxWidth = Math.min(MAX_WIDTH, (boxHeight * width) / height);
  const outside = `M${-margin * 50},${-margin * 50}h${width + margin * 100}v${height + margin * 100}h-${width + margin * 100}z M${x},${y}v${h}h${w}v-${h}z`;
  return (
    <div className="map-overview">
      <svg
        ref={svg}
        width={boxWidth}
        height={boxHeight}
        viewBox={viewBox}
        role="img"
        aria-label={t('canvas.minimap')}
        onPointerDown={(event) => {
          event.currentTarget.setPointerCapture(event.pointerId);
          goTo(event);
        }}
        onPointerMove={(event) => {
          if (event.currentTarget.hasPointerCapture(event.pointerId)) goTo(event);
        }}
      >
        <OverviewMap layout={layout} />
        <path className="overview-outside" d={outside} fillRule="evenodd" />
        <rect className="overview-view" x={x} y={y} width={w} height={h} vectorEffect="non-scaling-stroke" />
      </svg>
    </div>
  );
}

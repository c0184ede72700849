import type { Journey } from '../model';
import type { ExportWords } from '../export/words';
import { curveThroughBoxes, GEOMETRY } from '../layout/geometry';
import { returnArrowPath, shareLabel, type BlueprintGrid } from '../layout/blueprintGrid';
import type { LanePlacement } from '../layout/mapGrid';
import { layerName } from '../templates/blueprint';
import type { ExportFonts } from './fonts';
import { PAPER } from './palette';
import type { Shape } from './shapes';

const LOOP_COLOR = '#7c3aed';
const LAYER_BAND = '#f1f3f6';
/** Connectors are always drawn in an export (no selection there), so quietly: thin, light, behind the cards. */
const CONNECTOR = { stroke: '#c3cad5', strokeWidth: 1 } as const;

/** A blueprint layer's or the loops' lane header: its name, and the kind of a layer. */
export function blueprintLaneHeader(
  placement: LanePlacement,
  fonts: ExportFonts,
  words: ExportWords,
): Shape[] {
  const { lane, y } = placement;
  const width = GEOMETRY.laneHeaderWidth - 32;
  const b = words.blueprint;
  if (lane.kind === 'loops')
    return [
      {
        kind: 'text',
        x: 16,
        y: y + 22,
        lines: [b.loops],
        size: 15,
        weight: 600,
        fill: LOOP_COLOR,
        lineHeight: 19,
      },
    ];
  if (lane.kind !== 'layer') return [];
  const named = layerName(lane.layer, b.language);
  const name = fonts.wrap(named, 600, 15, width);
  const kind = b.layerKind[lane.layer.kind];
  return [
    { kind: 'text', x: 16, y: y + 26, lines: name, size: 15, weight: 600, fill: PAPER.text, lineHeight: 19 },
    ...(kind === named
      ? []
      : ([
          {
            kind: 'text' as const,
            x: 16,
            y: y + 26 + name.length * 19,
            lines: [kind],
            size: 11,
            weight: 400,
            fill: PAPER.muted,
            lineHeight: 14,
          },
        ] satisfies Shape[])),
  ];
}

/** The band behind a blueprint lane (none behind the loops). */
export function blueprintLaneBand(placement: LanePlacement, width: number): Shape[] {
  if (placement.lane.kind !== 'layer') return [];
  return [
    { kind: 'rect', x: 0, y: placement.y, width, height: placement.height, fill: LAYER_BAND },
    { kind: 'path', d: `M0 ${placement.y}L${width} ${placement.y}`, stroke: PAPER.border, strokeWidth: 1 },
  ];
}

/** Blueprint cards with their connectors, the two lines, the loops' return arrows (drawn with the background) and the branches (with the curves). */
export function drawBlueprint(
  journey: Journey,
  grid: BlueprintGrid,
  width: number,
  fonts: ExportFonts,
  words: ExportWords,
): { background: Shape[]; curves: Shape[] } {
  const b = words.blueprint;
  const owners = new Map(journey.owners.map((o) => [o.id, o]));
  const background: Shape[] = [];
  for (const line of grid.lines)
    background.push(
      { kind: 'path', d: `M0 ${line.y}L${width} ${line.y}`, stroke: PAPER.muted, strokeWidth: 2, dash: 8 },
      {
        kind: 'text',
        x: GEOMETRY.laneHeaderWidth + 8,
        y: line.y - 5,
        lines: [line.kind === 'interaction' ? b.interaction : b.visibility],
        size: 11,
        weight: 600,
        fill: PAPER.muted,
        lineHeight: 14,
      },
    );
  for (const { itemId, touchpointId, d } of grid.connectors())
    background.push({
      kind: 'group',
      x: 0,
      y: 0,
      shapes: [{ kind: 'path', d, ...CONNECTOR }],
      data: { connector: itemId, connectorTouchpoint: touchpointId },
    });
  for (const { item, x, y, width: w, height } of grid.items) {
    const owner = item.ownerId === undefined ? undefined : owners.get(item.ownerId);
    background.push(
      {
        kind: 'rect',
        x,
        y,
        width: w,
        height,
        radius: 8,
        fill: PAPER.surface,
        stroke: PAPER.border,
        strokeWidth: 1,
      },
      { kind: 'rect', x, y, width: 5, height, fill: owner?.color ?? PAPER.border },
      {
        kind: 'text',
        x: x + 12,
        y: y + 18,
        lines: fonts.wrap(item.title, 600, 13, w - 20).slice(0, 2),
        size: 13,
        weight: 600,
        fill: PAPER.text,
        lineHeight: 16,
      },
      {
        kind: 'text',
        x: x + 12,
        y: y + height - 10,
        lines: [owner?.name ?? b.noOwner],
        size: 11,
        weight: 400,
        fill: PAPER.muted,
        lineHeight: 14,
      },
    );
  }
  for (const placed of grid.loops) {
    const { loop, fromX, toX, y } = placed;
    background.push({
      kind: 'path',
      d: returnArrowPath(placed),
      stroke: LOOP_COLOR,
      strokeWidth: 2.5,
    });
    const label = shareLabel(loop.label, loop.share);
    if (label)
      background.push({
        kind: 'text',
        x: (fromX + toX) / 2,
        y: y - 6,
        lines: [label],
        size: 12,
        weight: 600,
        fill: LOOP_COLOR,
        lineHeight: 15,
        anchor: 'middle',
      });
  }
  const personas = new Map(journey.personas.map((p) => [p.id, p.color]));
  const curves: Shape[] = grid.branches.flatMap(({ branch, from, to }): Shape[] => {
    const color = personas.get(from.touchpoint.personaId) ?? PAPER.muted;
    const label = shareLabel(branch.label, branch.share);
    return [
      { kind: 'path', d: curveThroughBoxes([from, to]), stroke: color, strokeWidth: 2.5, dash: 6 },
      ...(label
        ? [
            {
              kind: 'text' as const,
              x: (from.x + from.width + to.x) / 2,
              y: (from.y + from.height / 2 + to.y + to.height / 2) / 2 - 8,
              lines: [label],
              size: 12,
              weight: 600 as const,
              fill: color,
              lineHeight: 15,
              anchor: 'middle' as const,
            },
          ]
        : []),
    ];
  });
  return { background, curves };
}

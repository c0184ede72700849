import { touchpointBadges } from '../analytics';
import { valenceOf, type Journey, type Touchpoint } from '../model';
import type { ExportWords } from '../export/words';
import { curveThroughBoxes, GEOMETRY } from '../layout/geometry';
import { blueprintLaneBand, blueprintLaneHeader, drawBlueprint } from './blueprintDrawing';
import {
  isCustomerLane,
  mapGrid,
  type CardPlacement,
  type LanePlacement,
  type MapGrid,
  type ViewMode,
} from '../layout/mapGrid';
import { drawCard, measureCard, type CardContent } from './card';
import type { ExportFonts } from './fonts';
import { CHANNEL_ICONS } from './iconPaths';
import { numberNotes, type NumberedNote } from './numberedNotes';
import { PAPER } from './palette';
import type { Shape } from './shapes';

/** The map drawn from its layout: cards grown to show their whole text, notes as numbered markers. */
export interface MapDrawing {
  grid: MapGrid;
  /** Everything, in drawing order: the layers below, one after the other. */
  shapes: Shape[];
  layers: {
    /** Bands, rules and header backgrounds: a few shapes per lane and stage. */
    background: Shape[];
    /** By lane index. */
    laneHeaders: Shape[][];
    /** By column index. */
    stageHeaders: Shape[][];
    curves: Shape[];
    cards: { card: CardPlacement; shapes: Shape[] }[];
  };
  notes: NumberedNote[];
  width: number;
  height: number;
}

const BAND_POSITIVE = '#f3f8fc';
const BAND_NEGATIVE = '#fdf5ef';

function laneHeader(placement: LanePlacement, fonts: ExportFonts, words: ExportWords): Shape[] {
  const { lane, y } = placement;
  if (!isCustomerLane(lane)) return blueprintLaneHeader(placement, fonts, words);
  const shapes: Shape[] = [];
  const left = 16;
  const avatar = 44;
  const textLeft = left + avatar + 10;
  const textWidth = GEOMETRY.laneHeaderWidth - textLeft - 12;
  if (lane.kind === 'persona') {
    const { persona } = lane;
    shapes.push({
      kind: 'rect',
      x: left,
      y: y + 16,
      width: avatar,
      height: avatar,
      radius: avatar / 2,
      fill: PAPER.band,
      stroke: persona.color,
      strokeWidth: 2,
    });
    if (persona.avatar.startsWith('data:image/'))
      shapes.push({
        kind: 'image',
        href: persona.avatar,
        x: left + 2,
        y: y + 18,
        width: avatar - 4,
        height: avatar - 4,
        round: true,
      });
    else
      shapes.push({
        kind: 'emoji',
        text: persona.avatar,
        x: left + avatar / 2,
        y: y + 16 + avatar / 2,
        size: 24,
        fallback: (persona.name[0] ?? '?').toUpperCase(),
        color: persona.color,
      });
    const name = fonts.wrap(persona.name, 600, 17, textWidth);
    shapes.push({
      kind: 'text',
      x: textLeft,
      y: y + 16 + 17,
      lines: name,
      size: 17,
      weight: 600,
      fill: PAPER.text,
      lineHeight: 21,
    });
    if (persona.role)
      shapes.push({
        kind: 'text',
        x: textLeft,
        y: y + 16 + 17 + name.length * 21,
        lines: fonts.wrap(persona.role, 400, 12, textWidth),
        size: 12,
        weight: 400,
        fill: PAPER.muted,
        lineHeight: 15,
      });
  } else {
    const channel = lane.channel;
    const color = channel?.color ?? PAPER.muted;
    const d =
      CHANNEL_ICONS[
        (channel &&
          (channel.icon in CHANNEL_ICONS ? channel.icon : channel.kind)) as keyof typeof CHANNEL_ICONS
      ] ?? CHANNEL_ICONS.other;
    shapes.push({ kind: 'icon', d, x: left, y: y + 16, size: 22, color });
    shapes.push({
      kind: 'text',
      x: left + 32,
      y: y + 16 + 16,
      lines: fonts.wrap(channel?.name ?? words.noChannel, 600, 17, GEOMETRY.laneHeaderWidth - left - 44),
      size: 17,
      weight: 600,
      fill: PAPER.text,
      lineHeight: 21,
    });
  }
  return shapes;
}

/** A card's shapes as one group that says what the card is about, for the web page's filters. */
function cardGroup(touchpoint: Touchpoint, shapes: Shape[], notes: readonly NumberedNote[]): Shape {
  const open = notes.filter((n) => n.note.status === 'open');
  return {
    kind: 'group',
    x: 0,
    y: 0,
    shapes,
    data: {
      touchpoint: touchpoint.id,
      persona: touchpoint.personaId,
      stage: touchpoint.stageId,
      channels: touchpoint.channelIds.join(' '),
      emotion: String(touchpoint.emotion),
      valence: valenceOf(touchpoint.emotion),
      openNotes: String(open.length),
      openPainPoints: String(open.filter((n) => n.note.kind === 'pain-point').length),
    },
  };
}

/** The map (stage headers, lane headers, emotion bands, curves, cards) in map units, from (0, 0). */
export function drawMap(
  journey: Journey,
  mode: ViewMode,
  fonts: ExportFonts,
  words: ExportWords,
): MapDrawing {
  const notes = numberNotes(journey);
  const notesOf = new Map<string, NumberedNote[]>();
  for (const n of notes) notesOf.set(n.note.targetId, [...(notesOf.get(n.note.targetId) ?? []), n]);
  const channels = new Map(journey.channels.map((c) => [c.id, c]));
  const badges = touchpointBadges(journey);
  const contents = new Map<string, CardContent>();
  const contentOf = (t: Journey['touchpoints'][number]) => {
    let content = contents.get(t.id);
    if (!content) {
      const own = t.channelIds.flatMap((id) => channels.get(id) ?? []);
      content = measureCard(t, own, notesOf.get(t.id) ?? [], badges.get(t.id) ?? [], fonts, words);
      contents.set(t.id, content);
    }
    return content;
  };
  const grid = mapGrid(journey, mode, (t) => contentOf(t).height);
  const { width, height } = grid;
  const background: Shape[] = [{ kind: 'rect', x: 0, y: 0, width, height, fill: PAPER.surface }];

  for (const lane of grid.lanes) {
    if (!isCustomerLane(lane.lane)) {
      background.push(...blueprintLaneBand(lane, width));
      continue;
    }
    const middle = lane.y + lane.height / 2;
    const area = width - GEOMETRY.laneHeaderWidth;
    background.push(
      {
        kind: 'rect',
        x: GEOMETRY.laneHeaderWidth,
        y: lane.y,
        width: area,
        height: lane.height / 2,
        fill: BAND_POSITIVE,
      },
      {
        kind: 'rect',
        x: GEOMETRY.laneHeaderWidth,
        y: middle,
        width: area,
        height: lane.height / 2,
        fill: BAND_NEGATIVE,
      },
      {
        kind: 'path',
        d: `M${GEOMETRY.laneHeaderWidth} ${middle}L${width} ${middle}`,
        stroke: PAPER.border,
        strokeWidth: 1,
        dash: 4,
      },
      {
        kind: 'rect',
        x: 0,
        y: lane.y,
        width: GEOMETRY.laneHeaderWidth,
        height: lane.height,
        fill: PAPER.band,
      },
      { kind: 'path', d: `M0 ${lane.y}L${width} ${lane.y}`, stroke: PAPER.border, strokeWidth: 1 },
    );
  }
  for (const column of grid.columns) {
    const { stage, x } = column;
    background.push(
      { kind: 'rect', x, y: 0, width: column.width, height: GEOMETRY.stageHeaderHeight, fill: PAPER.band },
      { kind: 'rect', x, y: 0, width: column.width, height: 6, fill: stage.color },
      { kind: 'path', d: `M${x} 0L${x} ${height}`, stroke: PAPER.border, strokeWidth: 1 },
    );
  }
  const stageHeaders = grid.columns.map((column): Shape[] => [
    {
      kind: 'text',
      x: column.x + 12,
      y: 6 + 12 + 15,
      lines: fonts.wrap(column.stage.name, 600, 16, column.width - 24),
      size: 16,
      weight: 600,
      fill: PAPER.text,
      lineHeight: 20,
    },
  ]);
  const laneHeaders = grid.lanes.map((lane) => laneHeader(lane, fonts, words));
  const blueprint = drawBlueprint(journey, grid.blueprint, width, fonts, words);
  background.push(...blueprint.background);
  background.push({
    kind: 'path',
    d: `M0 ${height}L${width} ${height}M${width} 0L${width} ${height}`,
    stroke: PAPER.border,
    strokeWidth: 1,
  });

  const placed = new Map<string, CardPlacement>(grid.cards.map((c) => [c.touchpoint.id, c]));
  const curves: Shape[] = [];
  for (const curve of grid.curves) {
    const boxes = curve.touchpointIds.flatMap((id) => placed.get(id) ?? []);
    // In a group named by its persona, so that the web page's filters hide it with the persona's cards.
    if (boxes.length > 1)
      curves.push({
        kind: 'group',
        x: 0,
        y: 0,
        data: { curvePersona: curve.personaId },
        shapes: [{ kind: 'path', d: curveThroughBoxes(boxes), stroke: curve.color, strokeWidth: 3.5 }],
      });
  }
  curves.push(...blueprint.curves);
  const personas = new Map(journey.personas.map((p) => [p.id, p]));
  const cards = grid.cards.map((card) => ({
    card,
    shapes: drawCard(
      contentOf(card.touchpoint),
      card.x,
      card.y,
      personas.get(card.touchpoint.personaId)?.color ?? PAPER.muted,
    ),
  }));
  const all = [
    ...background,
    ...laneHeaders.flat(),
    ...stageHeaders.flat(),
    ...curves,
    ...cards.map((c) => cardGroup(c.card.touchpoint, c.shapes, notesOf.get(c.card.touchpoint.id) ?? [])),
  ];
  return {
    grid,
    shapes: all,
    layers: { background, laneHeaders, stageHeaders, curves, cards },
    notes,
    width,
    height,
  };
}

import { formatFigure, STATUS_SYMBOL, type TouchpointBadge } from '../analytics';
import { valenceOf, type Channel, type Touchpoint } from '../model';
import { MEASURE_WORDS } from '../export/measuresExport';
import type { ExportWords } from '../export/words';
import type { ExportFonts } from './fonts';
import { CHANNEL_ICONS, FACE_ICONS, MARK_ICONS, STATUS_ICONS } from './iconPaths';
import type { NumberedNote } from './numberedNotes';
import { NOTE_COLOR, PAPER, STATUS_COLOR, VALENCE_COLOR } from './palette';
import type { Shape } from './shapes';
import { GEOMETRY } from '../layout/geometry';

/** A card's insides, in map units (the canvas's card, grown to show everything). */
const CARD = {
  barTop: 4,
  barLeft: 4,
  padding: 10,
  face: 18,
  titleSize: 14,
  titleLine: 17.5,
  chipSize: 11,
  chipLine: 14,
  chipPadX: 6,
  chipPadY: 3,
  chipIcon: 12,
  gap: 4,
  marker: 18,
  markerSize: 10,
};

const INNER_WIDTH = GEOMETRY.cardWidth - CARD.barLeft - CARD.padding * 2;
const TITLE_WIDTH = INNER_WIDTH - CARD.face - 6;
const CHIP_TEXT_WIDTH = INNER_WIDTH - CARD.chipPadX * 2 - CARD.chipIcon - CARD.gap;

interface Placed {
  x: number;
  y: number;
}

/** A chip's or badge's text in lines, and its box: padding, an icon beside the text, padding. */
interface Pill {
  lines: string[];
  width: number;
  height: number;
}

function pill(text: string, icon: boolean, fonts: ExportFonts): Pill {
  const lines = fonts.wrap(text, 400, CARD.chipSize, CHIP_TEXT_WIDTH);
  const widest = Math.max(...lines.map((l) => fonts.width(l, 400, CARD.chipSize)));
  return {
    lines,
    width: CARD.chipPadX * 2 + (icon ? CARD.chipIcon + CARD.gap : 0) + widest,
    height: lines.length * CARD.chipLine + CARD.chipPadY * 2,
  };
}

export interface CardContent {
  touchpoint: Touchpoint;
  title: string[];
  chips: (Placed & Pill & { channel: Channel })[];
  /** The card's notes as numbered markers, and the moment-of-truth star, left to right. */
  markers: (Placed & { note?: NumberedNote; width: number })[];
  /** The latest value of each metric measured here, with its standing (as the canvas's card badges). */
  badges: (Placed & Pill & { badge: TouchpointBadge; tooltip: string })[];
  height: number;
}

/** Lay `items` (widths and heights) in rows no wider than the card's inside; returns their places and the height. */
function flow(items: { width: number; height: number }[], top: number): { places: Placed[]; bottom: number } {
  const places: Placed[] = [];
  let [x, y, row] = [0, top, 0];
  for (const item of items) {
    if (x > 0 && x + item.width > INNER_WIDTH) [x, y, row] = [0, y + row + CARD.gap, 0];
    places.push({ x, y });
    x += item.width + CARD.gap;
    row = Math.max(row, item.height);
  }
  return { places, bottom: items.length ? y + row : top - CARD.gap };
}

/** What a touchpoint's card shows, in full, and how tall that makes it (never less than the canvas's card). */
export function measureCard(
  touchpoint: Touchpoint,
  channels: Channel[],
  notes: NumberedNote[],
  badges: readonly TouchpointBadge[],
  fonts: ExportFonts,
  words: ExportWords,
): CardContent {
  const title = fonts.wrap(touchpoint.title || words.untitled, 600, CARD.titleSize, TITLE_WIDTH);
  const head = Math.max(CARD.face, title.length * CARD.titleLine);
  const chipBoxes = channels.map((channel) => ({ channel, ...pill(channel.name, true, fonts) }));
  const chipsTop = CARD.barTop + CARD.padding + head + 8;
  const chipFlow = flow(chipBoxes, chipsTop);
  const marks: { note?: NumberedNote; width: number; height: number }[] = [
    ...(touchpoint.momentOfTruth ? [{ width: CARD.marker, height: CARD.marker }] : []),
    ...notes.map((note) => ({
      note,
      width: markerWidth(note, fonts),
      height: CARD.marker,
    })),
  ];
  const markFlow = flow(marks, chipFlow.bottom + 6);
  const badgeBoxes = badges.map((badge) => {
    const text = `${badge.metric} ${formatFigure(badge.value, badge.unit, words.language)}`;
    const standing = badge.status
      ? ` ${STATUS_SYMBOL[badge.status]} ${MEASURE_WORDS[words.language].status[badge.status]}`
      : '';
    return { badge, tooltip: text + standing, ...pill(text, badge.status !== null, fonts) };
  });
  // Under everything else, and only on a measured card: an unmeasured card is laid out as before.
  const badgeFlow = flow(badgeBoxes, markFlow.bottom + 6);
  const bottom = badges.length ? badgeFlow.bottom : markFlow.bottom;
  return {
    touchpoint,
    title,
    chips: chipBoxes.map((chip, i) => ({ ...chip, ...chipFlow.places[i]! })),
    markers: marks.map((mark, i) => ({ note: mark.note, width: mark.width, ...markFlow.places[i]! })),
    badges: badgeBoxes.map((box, i) => ({ ...box, ...badgeFlow.places[i]! })),
    height: Math.max(GEOMETRY.cardHeight, bottom + CARD.padding),
  };
}

/** The shapes of a card whose top-left corner is at (x, y). */
export function drawCard(content: CardContent, x: number, y: number, laneColor: string): Shape[] {
  const { touchpoint, height } = content;
  const width = GEOMETRY.cardWidth;
  const valence = VALENCE_COLOR[valenceOf(touchpoint.emotion)];
  const left = x + CARD.barLeft + CARD.padding;
  const top = y + CARD.barTop + CARD.padding;
  const shapes: Shape[] = [
    {
      kind: 'rect',
      x,
      y,
      width,
      height,
      radius: 8,
      fill: PAPER.surface,
      stroke: PAPER.border,
      strokeWidth: 1,
    },
    { kind: 'rect', x, y, width, height: CARD.barTop, fill: laneColor },
    { kind: 'rect', x, y, width: CARD.barLeft, height, fill: valence },
    {
      kind: 'icon',
      d: FACE_ICONS[String(touchpoint.emotion) as keyof typeof FACE_ICONS],
      x: left,
      y: top,
      size: CARD.face,
      color: valence,
    },
    {
      kind: 'text',
      x: left + CARD.face + 6,
      y: top + CARD.titleSize * 0.95,
      lines: content.title,
      size: CARD.titleSize,
      weight: 600,
      fill: PAPER.text,
      lineHeight: CARD.titleLine,
    },
  ];
  for (const chip of content.chips) {
    const [cx, cy] = [left + chip.x, y + chip.y];
    shapes.push(
      {
        kind: 'rect',
        x: cx,
        y: cy,
        width: chip.width,
        height: chip.height,
        radius: 4,
        fill: PAPER.band,
        stroke: chip.channel.color,
        strokeWidth: 1,
      },
      chipIcon(
        CHANNEL_ICONS[
          (chip.channel.icon in CHANNEL_ICONS
            ? chip.channel.icon
            : chip.channel.kind) as keyof typeof CHANNEL_ICONS
        ],
        cx + CARD.chipPadX,
        cy,
        chip.channel.color,
      ),
      chipLabel(chip.lines, cx + CARD.chipPadX + CARD.chipIcon + CARD.gap, cy),
    );
  }
  for (const marker of content.markers) {
    const [mx, my] = [left + marker.x, y + marker.y];
    if (!marker.note) {
      shapes.push({
        kind: 'icon',
        d: MARK_ICONS.momentOfTruth,
        x: mx,
        y: my,
        size: CARD.marker,
        color: '#b45309',
      });
      continue;
    }
    shapes.push(...noteMarker(marker.note, mx, my, marker.width));
  }
  if (content.badges.length)
    shapes.push({ kind: 'group', x: 0, y: 0, shapes: badgeShapes(content, left, y) });
  return shapes;
}

/** A chip's label (a channel's name, a badge's figure) from `x`, in a chip whose top is `top`. */
const chipLabel = (lines: string[], x: number, top: number): Shape => ({
  kind: 'text',
  x,
  y: top + CARD.chipPadY + CARD.chipSize,
  lines,
  size: CARD.chipSize,
  weight: 400,
  fill: PAPER.text,
  lineHeight: CARD.chipLine,
});

/** A chip's icon (a channel's, a badge's standing) from `x`, in a chip whose top is `top`. */
const chipIcon = (d: string, x: number, top: number, color: string): Shape => ({
  kind: 'icon',
  d,
  x,
  y: top + CARD.chipPadY + 1,
  size: CARD.chipIcon,
  color,
});

/** A measured card's metric badges (text, then the standing's symbol), as the canvas shows them. */
function badgeShapes(content: CardContent, left: number, top: number): Shape[] {
  return content.badges.flatMap(({ badge, tooltip, lines, width, height, ...at }): Shape[] => {
    const [bx, by] = [left + at.x, top + at.y];
    const color = badge.status ? STATUS_COLOR[badge.status] : PAPER.muted;
    return [
      {
        kind: 'rect',
        x: bx,
        y: by,
        width,
        height,
        radius: height / 2,
        fill: PAPER.surface,
        stroke: badge.status ? color : PAPER.border,
        strokeWidth: 1,
        tooltip,
      },
      chipLabel(lines, bx + CARD.chipPadX, by),
      ...(badge.status
        ? [chipIcon(STATUS_ICONS[badge.status], bx + width - CARD.chipPadX - CARD.chipIcon, by, color)]
        : []),
    ];
  });
}

/** Width of a note's numbered marker: a circle, or a pill for a long number. */
export function markerWidth(note: NumberedNote, fonts: ExportFonts): number {
  return Math.max(CARD.marker, fonts.width(String(note.number), 600, CARD.markerSize) + 8);
}

/** A note's numbered marker, `width` wide, top-left at (x, y): filled while open, hollow once resolved. */
export function noteMarker(note: NumberedNote, x: number, y: number, width: number): Shape[] {
  const color = NOTE_COLOR[note.note.kind];
  const resolved = note.note.status === 'resolved';
  return [
    {
      kind: 'rect',
      x,
      y,
      width,
      height: CARD.marker,
      radius: CARD.marker / 2,
      fill: resolved ? PAPER.surface : color,
      stroke: color,
      strokeWidth: 1.5,
      tooltip: `${note.number}. ${note.note.text}`,
    },
    {
      kind: 'text',
      x: x + width / 2,
      y: y + 13,
      lines: [String(note.number)],
      size: CARD.markerSize,
      weight: 600,
      fill: resolved ? color : '#ffffff',
      lineHeight: CARD.markerSize,
      anchor: 'middle',
    },
  ];
}

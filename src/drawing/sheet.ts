import { EMOTION_SCORES, type Journey } from '../model';
import type { ExportWords } from '../export/words';
import { GEOMETRY } from '../layout/geometry';
import type { ViewMode } from '../layout/mapGrid';
import type { ExportFonts } from './fonts';
import { FACE_ICONS, MARK_ICONS } from './iconPaths';
import { markerWidth, noteMarker } from './card';
import { drawMap, type MapDrawing } from './mapDrawing';
import type { NumberedNote } from './numberedNotes';
import { NOTE_COLOR, PAPER, VALENCE_COLOR } from './palette';
import type { Shape } from './shapes';
import { valenceOf } from '../model';

/** A whole deliverable image: title, the map, its legend, and the key of its numbered notes. */
export interface Sheet {
  width: number;
  height: number;
  shapes: Shape[];
  map: MapDrawing;
  /** Where the map's (0, 0) is on the sheet. */
  mapAt: { x: number; y: number };
}

const MARGIN = 32;
const KEY = { size: 12, line: 16, metaSize: 11, marker: 18 };

/** One entry of the key: its marker, its text in full, and what it is (kind, priority, status, what it is on). */
function keyEntry(
  note: NumberedNote,
  x: number,
  y: number,
  width: number,
  fonts: ExportFonts,
  words: ExportWords,
) {
  const textLeft = x + KEY.marker + 8;
  const textWidth = width - KEY.marker - 8;
  const text = fonts.wrap(note.note.text, 400, KEY.size, textWidth);
  const meta = [
    words.noteKind[note.note.kind],
    words.priority[note.note.priority],
    words.status[note.note.status],
    `${words.target}: ${note.targetName}`,
  ].join(' · ');
  const metaLines = fonts.wrap(meta, 400, KEY.metaSize, textWidth);
  const shapes: Shape[] = [
    ...noteMarker(note, x, y, markerWidth(note, fonts)),
    {
      kind: 'text',
      x: textLeft,
      y: y + 13,
      lines: text,
      size: KEY.size,
      weight: 400,
      fill: PAPER.text,
      lineHeight: KEY.line,
    },
    {
      kind: 'text',
      x: textLeft,
      y: y + 13 + text.length * KEY.line,
      lines: metaLines,
      size: KEY.metaSize,
      weight: 400,
      fill: PAPER.muted,
      lineHeight: 14,
    },
  ];
  return { shapes, height: text.length * KEY.line + metaLines.length * 14 + 10 };
}

/** The legend: the seven faces and the kinds of marker. Returns its shapes and height. */
function legend(
  journey: Journey,
  x: number,
  y: number,
  width: number,
  fonts: ExportFonts,
  words: ExportWords,
) {
  const items: { icon?: string; color: string; label: string; marker?: boolean }[] = [
    ...EMOTION_SCORES.map((score) => ({
      icon: FACE_ICONS[String(score) as keyof typeof FACE_ICONS],
      color: VALENCE_COLOR[valenceOf(score)],
      label: words.emotion[String(score) as keyof ExportWords['emotion']],
    })),
    { icon: MARK_ICONS.momentOfTruth, color: '#b45309', label: words.momentOfTruth },
    ...[...new Set(journey.annotations.map((a) => a.kind))].map((kind) => ({
      color: NOTE_COLOR[kind],
      label: words.noteKind[kind],
      marker: true,
    })),
  ];
  const shapes: Shape[] = [];
  let [cx, cy] = [x, y];
  for (const item of items) {
    const w = 16 + 6 + fonts.width(item.label, 400, 12) + 18;
    if (cx > x && cx + w > x + width) [cx, cy] = [x, cy + 24];
    if (item.icon) shapes.push({ kind: 'icon', d: item.icon, x: cx, y: cy, size: 16, color: item.color });
    else shapes.push({ kind: 'rect', x: cx, y: cy + 1, width: 14, height: 14, radius: 7, fill: item.color });
    shapes.push({
      kind: 'text',
      x: cx + 22,
      y: cy + 12,
      lines: [item.label],
      size: 12,
      weight: 400,
      fill: PAPER.text,
      lineHeight: 12,
    });
    cx += w;
  }
  return { shapes, height: cy - y + 20 };
}

/**
 * The map as one image to send: its title and scenario above, the legend below, and below that the key
 * of the notes, each under its stage's column (the notes on personas and the whole map under the lane
 * headers), so that a marker's text is found straight below its card.
 */
export function drawSheet(journey: Journey, mode: ViewMode, fonts: ExportFonts, words: ExportWords): Sheet {
  const map = drawMap(journey, mode, fonts, words);
  const shapes: Shape[] = [];
  const title = fonts.wrap(journey.title, 600, 26, map.width);
  shapes.push({
    kind: 'text',
    x: MARGIN,
    y: MARGIN + 24,
    lines: title,
    size: 26,
    weight: 600,
    fill: PAPER.text,
    lineHeight: 32,
  });
  let y = MARGIN + title.length * 32;
  const subtitle = [
    journey.scenarios.length ? `${words.scenario}: ${journey.scenarios[0]!.name}` : '',
    journey.situation,
  ]
    .filter(Boolean)
    .join(' · ');
  if (subtitle) {
    const lines = fonts.wrap(subtitle, 400, 14, map.width);
    shapes.push({
      kind: 'text',
      x: MARGIN,
      y: y + 16,
      lines,
      size: 14,
      weight: 400,
      fill: PAPER.muted,
      lineHeight: 18,
    });
    y += lines.length * 18 + 6;
  }
  y += 16;
  const mapAt = { x: MARGIN, y };
  shapes.push({ kind: 'group', x: mapAt.x, y: mapAt.y, shapes: map.shapes });
  y += map.height + 20;
  const key = legend(journey, MARGIN, y, map.width, fonts, words);
  shapes.push(...key.shapes);
  y += key.height + 12;

  if (map.notes.length) {
    shapes.push({
      kind: 'text',
      x: MARGIN,
      y: y + 16,
      lines: [words.notes],
      size: 16,
      weight: 600,
      fill: PAPER.text,
      lineHeight: 20,
    });
    y += 30;
    const columns = [
      { stageId: undefined as string | undefined, x: 0, width: GEOMETRY.laneHeaderWidth },
      ...map.grid.columns.map((c) => ({ stageId: c.stage.id as string | undefined, x: c.x, width: c.width })),
    ];
    let tallest = 0;
    for (const column of columns) {
      let cy = y;
      for (const note of map.notes.filter((n) => n.stageId === column.stageId)) {
        const entry = keyEntry(note, MARGIN + column.x + 8, cy, column.width - 16, fonts, words);
        shapes.push(...entry.shapes);
        cy += entry.height;
      }
      tallest = Math.max(tallest, cy - y);
    }
    y += tallest;
  }
  const width = map.width + MARGIN * 2;
  const height = y + MARGIN;
  return {
    width,
    height,
    shapes: [{ kind: 'rect', x: 0, y: 0, width, height, fill: PAPER.background }, ...shapes],
    map,
    mapAt,
  };
}

import type { Insights, StageAverage } from '../analytics';
import type { Journey } from '../model';
import type { ExportWords } from '../export/words';
import type { ExportFonts } from './fonts';
import { NOTE_COLOR, PAPER } from './palette';
import type { Shape } from './shapes';

/** What the Insights charts show: the figures, each persona's colour, and their words. */
export interface ChartInput {
  insights: Pick<Insights, 'emotionByStage' | 'overallByStage' | 'painPoints'>;
  /** By persona id. */
  colors: Record<string, string>;
  words: { emotionTitle: string; painTitle: string; allPersonas: string };
}

export interface Chart {
  shapes: Shape[];
  width: number;
  height: number;
}

const SIZE = { title: 10, label: 8, line: 10 };
const PAD = { top: 22, left: 26, right: 8, gap: 8 };
const PLOT_HEIGHT = 150;

const label = (
  x: number,
  y: number,
  lines: string[],
  fill: string = PAPER.muted,
  anchor?: 'middle',
): Shape => ({
  kind: 'text',
  x,
  y,
  lines,
  size: SIZE.label,
  weight: 400,
  fill,
  lineHeight: SIZE.line,
  anchor,
});

const title = (text: string, fonts: ExportFonts, width: number): Shape => ({
  kind: 'text',
  x: 0,
  y: SIZE.title,
  lines: fonts.wrap(text, 600, SIZE.title, width),
  size: SIZE.title,
  weight: 600,
  fill: PAPER.text,
  lineHeight: SIZE.title * 1.25,
});

/** The stages' names under a plot `width` wide from `left`, each centred in its column; returns them and their height. */
function stageAxis(stages: readonly string[], left: number, width: number, top: number, fonts: ExportFonts) {
  const column = width / Math.max(1, stages.length);
  const wrapped = stages.map((name) => fonts.wrap(name, 400, SIZE.label, column - 4));
  const shapes = wrapped.map((lines, i) => label(left + (i + 0.5) * column, top + SIZE.label + 4, lines));
  return { shapes, column, height: 6 + Math.max(1, ...wrapped.map((l) => l.length)) * SIZE.line };
}

/** A polyline through the stages that have an average, broken where one has none. */
function curvePath(stages: readonly StageAverage[], x: (i: number) => number, y: (v: number) => number) {
  let d = '';
  let drawing = false;
  stages.forEach((s, i) => {
    if (s.average === null) return void (drawing = false);
    d += `${drawing ? 'L' : 'M'}${x(i)} ${y(s.average)}`;
    drawing = true;
  });
  return d;
}

/** Each persona's average emotion by stage as a line (all personas dashed), on a −3…+3 scale, with its key. */
export function emotionChart(input: ChartInput, width: number, fonts: ExportFonts): Chart {
  const { insights, colors, words } = input;
  const stages = insights.overallByStage.map((s) => s.stage);
  const plotWidth = width - PAD.left - PAD.right;
  const axis = stageAxis(stages, PAD.left, plotWidth, PAD.top + PLOT_HEIGHT, fonts);
  const x = (i: number) => PAD.left + (i + 0.5) * axis.column;
  const y = (v: number) => PAD.top + ((3 - v) / 6) * PLOT_HEIGHT;
  const shapes: Shape[] = [title(words.emotionTitle, fonts, width)];
  for (let v = 3; v >= -3; v--) {
    shapes.push(
      {
        kind: 'path',
        d: `M${PAD.left} ${y(v)}L${PAD.left + plotWidth} ${y(v)}`,
        stroke: v === 0 ? PAPER.muted : PAPER.line,
        strokeWidth: v === 0 ? 1 : 0.75,
      },
      label(PAD.left - 14, y(v) + 3, [v > 0 ? `+${v}` : v < 0 ? `−${-v}` : '0'], PAPER.muted, 'middle'),
    );
  }
  shapes.push(...axis.shapes);
  const series = [
    ...insights.emotionByStage.map((p) => ({
      name: p.persona,
      color: colors[p.personaId] ?? PAPER.muted,
      stages: p.stages,
      dash: undefined,
    })),
    { name: words.allPersonas, color: PAPER.text, stages: insights.overallByStage, dash: 4 },
  ];
  for (const s of series) {
    shapes.push({
      kind: 'path',
      d: curvePath(s.stages, x, y),
      stroke: s.color,
      strokeWidth: 2,
      dash: s.dash,
    });
    s.stages.forEach((stage, i) => {
      if (stage.average !== null)
        shapes.push({
          kind: 'rect',
          x: x(i) - 3,
          y: y(stage.average) - 3,
          width: 6,
          height: 6,
          radius: 3,
          fill: s.color,
        });
    });
  }
  // The key: a swatch and a name per line, flowed in rows.
  let [kx, ky] = [PAD.left, PAD.top + PLOT_HEIGHT + axis.height + 6];
  for (const s of series) {
    const itemWidth = 18 + fonts.width(s.name, 400, SIZE.label) + 12;
    if (kx > PAD.left && kx + itemWidth > width) [kx, ky] = [PAD.left, ky + SIZE.line + 4];
    shapes.push(
      {
        kind: 'path',
        d: `M${kx} ${ky + 4}L${kx + 14} ${ky + 4}`,
        stroke: s.color,
        strokeWidth: 2,
        dash: s.dash,
      },
      label(kx + 18, ky + 7, [s.name], PAPER.text),
    );
    kx += itemWidth;
  }
  return { shapes, width, height: ky + SIZE.line + 4 };
}

/** Open pain points per stage as bars, each with its count. */
export function painPointChart(input: ChartInput, width: number, fonts: ExportFonts): Chart {
  const rows = input.insights.painPoints;
  const plotWidth = width - PAD.left - PAD.right;
  const axis = stageAxis(
    rows.map((r) => r.stage),
    PAD.left,
    plotWidth,
    PAD.top + PLOT_HEIGHT,
    fonts,
  );
  const most = Math.max(1, ...rows.map((r) => r.total));
  const bottom = PAD.top + PLOT_HEIGHT;
  const shapes: Shape[] = [title(input.words.painTitle, fonts, width), ...axis.shapes];
  rows.forEach((row, i) => {
    const height = (row.total / most) * (PLOT_HEIGHT - SIZE.line - 4);
    const barWidth = Math.min(40, axis.column * 0.6);
    const centre = PAD.left + (i + 0.5) * axis.column;
    if (row.total)
      shapes.push({
        kind: 'rect',
        x: centre - barWidth / 2,
        y: bottom - height,
        width: barWidth,
        height,
        fill: NOTE_COLOR['pain-point'],
      });
    shapes.push(label(centre, bottom - height - 4, [String(row.total)], PAPER.text, 'middle'));
  });
  shapes.push({
    kind: 'path',
    d: `M${PAD.left} ${bottom}L${PAD.left + plotWidth} ${bottom}`,
    stroke: PAPER.muted,
    strokeWidth: 1,
  });
  return { shapes, width, height: bottom + axis.height };
}

/** Both charts, side by side when there is room for them, else one above the other. */
export function insightsCharts(input: ChartInput, width: number, fonts: ExportFonts): Chart {
  const sideBySide = width >= 600;
  const each = sideBySide ? (width - 2 * PAD.gap) / 2 : width;
  const emotion = emotionChart(input, each, fonts);
  const pain = painPointChart(input, each, fonts);
  const [px, py] = sideBySide ? [each + 2 * PAD.gap, 0] : [0, emotion.height + 2 * PAD.gap];
  return {
    shapes: [...emotion.shapes, { kind: 'group', x: px, y: py, shapes: pain.shapes }],
    width,
    height: sideBySide ? Math.max(emotion.height, pain.height) : py + pain.height,
  };
}

/** A journey's Insights charts `width` wide, in its personas' colours and the deliverable's words. */
export function journeyCharts(
  journey: Journey,
  insights: Insights,
  words: ExportWords,
  width: number,
  fonts: ExportFonts,
): Chart {
  return insightsCharts(
    {
      insights,
      colors: Object.fromEntries(journey.personas.map((p) => [p.id, p.color])),
      words: {
        emotionTitle: words.averageEmotion,
        painTitle: words.openPainPoints,
        allPersonas: words.allPersonas,
      },
    },
    width,
    fonts,
  );
}

import { describe, expect, it } from 'vitest';
import { computeInsights } from '../../../src/analytics';
import { loadExportFonts } from '../../../src/cli/exportFonts';
import {
  emotionChart,
  insightsCharts,
  painPointChart,
  type ChartInput,
} from '../../../src/drawing/insightsChart';
import type { Shape } from '../../../src/drawing/shapes';
import { createSampleJourney } from '../../../src/templates';

const fonts = await loadExportFonts();
const journey = createSampleJourney('en', { now: '2026-01-01T00:00:00.000Z' });
const insights = computeInsights(journey);
const input: ChartInput = {
  insights,
  colors: Object.fromEntries(journey.personas.map((p) => [p.id, p.color])),
  words: { emotionTitle: 'Emotion', painTitle: 'Pain', allPersonas: 'All personas' },
};
const texts = (shapes: Shape[]) => shapes.flatMap((s) => (s.kind === 'text' ? s.lines : []));
const points = (d: string) =>
  [...d.matchAll(/[ML]([\d.]+) ([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);

describe('the Insights charts', () => {
  it('draws one line per persona in its colour and a dashed one for all, through each stage’s average', () => {
    const chart = emotionChart(input, 400, fonts);
    const lines = chart.shapes.filter(
      (s): s is Extract<Shape, { kind: 'path' }> =>
        // The curves, not the key's two-point swatches.
        s.kind === 'path' && s.strokeWidth === 2 && points(s.d).length > 2,
    );
    expect(lines.map((l) => l.stroke)).toEqual([...journey.personas.map((p) => p.color), '#111827']);
    expect(lines.at(-1)!.dash).toBe(4);
    // Higher emotion is higher on the page: +3 at the top of the scale, −3 at its bottom.
    const laura = insights.emotionByStage[0]!.stages;
    const ys = points(lines[0]!.d).map(([, y]) => y!);
    expect(ys).toHaveLength(laura.filter((s) => s.average !== null).length);
    const best = laura.findIndex((s) => s.average === Math.max(...laura.map((s) => s.average ?? -9)));
    const worst = laura.findIndex((s) => s.average === Math.min(...laura.map((s) => s.average ?? 9)));
    expect(ys[best]!).toBeLessThan(ys[worst]!);
    expect(texts(chart.shapes)).toEqual(
      expect.arrayContaining(['+3', '0', '−3', 'All personas', 'Purchase']),
    );
    for (const p of journey.personas) expect(texts(chart.shapes)).toContain(p.name);
  });

  it('breaks a line where a stage has no average', () => {
    const gap = structuredClone(insights);
    gap.emotionByStage[0]!.stages[2]!.average = null;
    const chart = emotionChart({ ...input, insights: gap }, 400, fonts);
    const first = chart.shapes.find((s) => s.kind === 'path' && s.stroke === journey.personas[0]!.color)!;
    expect((first as { d: string }).d.match(/M/g)).toHaveLength(2);
  });

  it('draws open pain points per stage as bars as tall as their count, each labelled', () => {
    const chart = painPointChart(input, 400, fonts);
    const bars = chart.shapes.filter((s): s is Extract<Shape, { kind: 'rect' }> => s.kind === 'rect');
    const counted = insights.painPoints.filter((p) => p.total > 0);
    expect(bars).toHaveLength(counted.length);
    const perPoint = bars.map((b, i) => b.height / counted[i]!.total);
    for (const ratio of perPoint) expect(ratio).toBeCloseTo(perPoint[0]!);
    expect(texts(chart.shapes)).toEqual(
      expect.arrayContaining(insights.painPoints.flatMap((p) => [String(p.total), p.stage])),
    );
  });

  it('fits everything in its box, side by side on a wide page and stacked on a narrow one', () => {
    for (const width of [770, 520]) {
      const chart = insightsCharts(input, width, fonts);
      const within = (shapes: Shape[], dx = 0, dy = 0): void =>
        shapes.forEach((s) => {
          if (s.kind === 'group') return within(s.shapes, dx + s.x, dy + s.y);
          const xy = s.kind === 'path' ? points(s.d) : 'x' in s ? [[s.x, s.y]] : [];
          for (const [x, y] of xy) {
            expect(x! + dx).toBeGreaterThanOrEqual(0);
            expect(x! + dx).toBeLessThanOrEqual(width);
            expect(y! + dy).toBeGreaterThanOrEqual(0);
            expect(y! + dy).toBeLessThanOrEqual(chart.height);
          }
        });
      within(chart.shapes);
      const pain = chart.shapes.find((s) => s.kind === 'group') as Extract<Shape, { kind: 'group' }>;
      expect(width >= 600 ? pain.y : pain.x).toBe(0);
    }
  });
});

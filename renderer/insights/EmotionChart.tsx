import { useTranslation } from 'react-i18next';
import type { EmotionCurves, StageAverage } from '../../src/analytics';
import { EMOTION_MAX, EMOTION_MIN, EMOTION_SCORES, type Journey } from '../../src/model';

interface ChartSeries {
  id: string;
  name: string;
  color: string;
  points: StageAverage[];
}

/** One line per persona, in the persona's colour. */
export function personaSeries(journey: Journey, curves: EmotionCurves['emotionByStage']): ChartSeries[] {
  const colors = new Map(journey.personas.map((p) => [p.id, p.color]));
  return curves.map((p) => ({
    id: p.personaId,
    name: p.persona,
    color: colors.get(p.personaId)!,
    points: p.stages,
  }));
}

/**
 * The side panel's chart (stages numbered, listed beside it) and the printed page's, wide and
 * narrow (stage names under the axis). Page charts are drawn at the size they print, in CSS px.
 */
export type ChartSize = 'panel' | 'page' | 'pageNarrow';

const PAGE_CHART = {
  pad: { left: 28, right: 4, top: 8, bottom: 36 },
  font: 12,
  levels: EMOTION_SCORES,
  line: 3,
  dot: 4.5,
};

const CHART = {
  panel: {
    width: 300,
    height: 150,
    pad: { left: 26, right: 8, top: 10, bottom: 22 },
    font: 10,
    levels: [EMOTION_MIN, 0, EMOTION_MAX],
    line: 2.5,
    dot: 3.5,
  },
  page: { ...PAGE_CHART, width: 600, height: 236 },
  pageNarrow: { ...PAGE_CHART, width: 400, height: 180 },
};

/** `name` in at most `lines` lines of at most `width` characters, the last cut with "…" if it must be. */
export function wrapLabel(name: string, width: number, lines = 2): string[] {
  const out: string[] = [];
  for (const word of name.split(/\s+/).filter(Boolean)) {
    const last = out.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) out[out.length - 1] = `${last} ${word}`;
    else out.push(word);
  }
  if (out.length > lines) out.splice(lines - 1, out.length, out.slice(lines - 1).join(' '));
  return out.map((line) => (line.length > width ? `${line.slice(0, Math.max(1, width - 1))}…` : line));
}

/**
 * Stage names under columns `columnChars` characters wide, in two rows of text: each name
 * wrapped in its column, or — when one would be cut — every other name a row lower, each
 * with two columns' room on one line.
 */
export function stageLabels(names: string[], columnChars: number): { row: number; lines: string[] }[] {
  const wrapped = names.map((name) => wrapLabel(name, columnChars));
  const cut = wrapped.some((lines, i) => lines.join(' ') !== names[i]!.split(/\s+/).join(' '));
  if (!cut) return wrapped.map((lines) => ({ row: 0, lines }));
  return names.map((name, i) => ({ row: i % 2, lines: wrapLabel(name, 2 * columnChars, 1) }));
}

export const formatAverage = (average: number) => `${average > 0 ? '+' : ''}${average.toFixed(1)}`;

/**
 * One line per series (persona, scenario): average emotion per stage, −3 at the bottom, +3 at
 * the top, each stage a column with its point in the middle; gaps where a stage is empty.
 */
export function EmotionChart({
  series,
  stages,
  label,
  size = 'panel',
}: {
  series: ChartSeries[];
  stages: string[];
  label?: string;
  size?: ChartSize;
}) {
  const { t } = useTranslation();
  const { width: W, height: H, pad, font, levels, line, dot } = CHART[size];
  const column = (W - pad.left - pad.right) / Math.max(1, stages.length);
  const x = (i: number) => pad.left + (i + 0.5) * column;
  const y = (v: number) => pad.top + ((3 - v) * (H - pad.top - pad.bottom)) / 6;
  // Inter averages a little over half an em a character.
  const labels = size === 'panel' ? [] : stageLabels(stages, Math.floor((column - 4) / (font * 0.56)));
  const labelY = (row: number) => H - pad.bottom + font * 1.4 + row * font * 1.15;
  return (
    <svg
      className="insights-chart"
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label={label ?? t('insights.chart')}
      fontSize={font}
    >
      <rect
        x={pad.left}
        width={W - pad.left - pad.right}
        y={y(3)}
        height={y(0) - y(3)}
        className="chart-band-positive"
      />
      <rect
        x={pad.left}
        width={W - pad.left - pad.right}
        y={y(0)}
        height={y(-3) - y(0)}
        className="chart-band-negative"
      />
      {levels.map((v) => (
        <g key={v}>
          <line
            x1={pad.left}
            x2={W - pad.right}
            y1={y(v)}
            y2={y(v)}
            className={v === 0 ? 'chart-zero' : 'chart-grid'}
          />
          <text x={pad.left - 6} y={y(v) + font * 0.35} textAnchor="end" className="chart-label">
            {v > 0 ? `+${v}` : v}
          </text>
        </g>
      ))}
      {size === 'panel'
        ? stages.map((_, i) => (
            <text key={i} x={x(i)} y={H - 6} textAnchor="middle" className="chart-label">
              {i + 1}
            </text>
          ))
        : labels.map(({ row, lines }, i) => (
            <text key={i} textAnchor="middle" className="chart-label chart-stage">
              {lines.map((part, k) => (
                <tspan key={k} x={x(i)} y={labelY(row + k)}>
                  {part}
                </tspan>
              ))}
              <title>{stages[i]}</title>
            </text>
          ))}
      {series.map((s) => {
        const segments = s.points
          .map((p, i) => (p.average === null ? null : `${x(i)},${y(p.average)}`))
          .join(' ')
          .split(/\s*null\s*/)
          .filter(Boolean);
        return (
          <g key={s.id} stroke={s.color} fill={s.color}>
            {segments.map((points) => (
              <polyline key={points} points={points} fill="none" strokeWidth={line} />
            ))}
            {s.points.map((p, i) =>
              p.average === null ? null : (
                <circle key={i} cx={x(i)} cy={y(p.average)} r={dot}>
                  <title>{`${s.name} · ${p.stage}: ${formatAverage(p.average)}`}</title>
                </circle>
              ),
            )}
          </g>
        );
      })}
    </svg>
  );
}

import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmotionCurves, Insights, StageAverage } from '../../src/analytics';
import type { Journey } from '../../src/model';

/*
 * The pieces the Insights panel, the scenario comparison and the printed Insights page share:
 * each draws one figure of `computeInsights`, the same way wherever it appears.
 */

export interface ChartSeries {
  name: string;
  color: string;
  points: StageAverage[];
}

/** One line per persona, in the persona's colour. */
export function personaSeries(journey: Journey, curves: EmotionCurves['emotionByStage']): ChartSeries[] {
  const colors = new Map(journey.personas.map((p) => [p.id, p.color]));
  return curves.map((p) => ({ name: p.persona, color: colors.get(p.personaId)!, points: p.stages }));
}

const W = 300;
const H = 150;
const PAD = { left: 26, right: 8, top: 10, bottom: 22 };

/** One line per series (persona, scenario): average emotion per stage, −3 at the bottom, +3 at the top; gaps where a stage is empty. */
export function EmotionChart({
  series,
  stages,
  label,
}: {
  series: ChartSeries[];
  stages: string[];
  label?: string;
}) {
  const { t } = useTranslation();
  const x = (i: number) =>
    PAD.left + (stages.length <= 1 ? 0 : (i * (W - PAD.left - PAD.right)) / (stages.length - 1));
  const y = (v: number) => PAD.top + ((3 - v) * (H - PAD.top - PAD.bottom)) / 6;
  return (
    <svg
      className="insights-chart"
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label={label ?? t('insights.chart')}
    >
      {[-3, 0, 3].map((v) => (
        <g key={v}>
          <line
            x1={PAD.left}
            x2={W - PAD.right}
            y1={y(v)}
            y2={y(v)}
            className={v === 0 ? 'chart-zero' : 'chart-grid'}
          />
          <text x={PAD.left - 6} y={y(v) + 4} textAnchor="end" className="chart-label">
            {v > 0 ? `+${v}` : v}
          </text>
        </g>
      ))}
      {stages.map((name, i) => (
        <text key={name + i} x={x(i)} y={H - 6} textAnchor="middle" className="chart-label">
          {i + 1}
        </text>
      ))}
      {series.map((s) => {
        const segments = s.points
          .map((p, i) => (p.average === null ? null : `${x(i)},${y(p.average)}`))
          .join(' ')
          .split(/\s*null\s*/)
          .filter(Boolean);
        return (
          <g key={s.name} stroke={s.color} fill={s.color}>
            {segments.map((points) => (
              <polyline key={points} points={points} fill="none" strokeWidth={2.5} />
            ))}
            {s.points.map((p, i) =>
              p.average === null ? null : (
                <circle key={i} cx={x(i)} cy={y(p.average)} r={3.5}>
                  <title>{`${s.name} · ${p.stage}: ${p.average.toFixed(1)}`}</title>
                </circle>
              ),
            )}
          </g>
        );
      })}
    </svg>
  );
}

/** Which colour is which line. */
export function ChartLegend({
  label,
  items,
}: {
  label: string;
  items: { id: string; name: string; color: string }[];
}) {
  return (
    <ul className="chart-legend" aria-label={label}>
      {items.map((item) => (
        <li key={item.id}>
          <span className="swatch" style={{ background: item.color }} /> {item.name}
        </li>
      ))}
    </ul>
  );
}

interface Cell {
  text: string;
  className?: string;
  label?: string;
  style?: CSSProperties;
}

/** A stage × channel table of counts, each cell drawn by `cell`. */
function StageChannelTable({
  label,
  channels,
  rows,
  cell,
}: {
  label: string;
  channels: string[];
  rows: { stage: string; byChannel: Record<string, number> }[];
  cell: (count: number) => Cell;
}) {
  return (
    <div className="table-scroll">
      <table className="stage-channel" aria-label={label}>
        <thead>
          <tr>
            <th />
            {channels.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.stage}>
              <th scope="row">{row.stage}</th>
              {channels.map((c) => {
                const { text, className, label: cellLabel, style } = cell(row.byChannel[c] ?? 0);
                return (
                  <td key={c} className={className} aria-label={cellLabel} style={style}>
                    {text}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const channelNames = (journey: Journey) => journey.channels.map((c) => c.name);

/** Open pain points by stage × channel: the more, the hotter the cell. */
export function PainPointsHeatMap({ journey, insights }: { journey: Journey; insights: Insights }) {
  const { t } = useTranslation();
  const maxPain = Math.max(1, ...insights.painPoints.flatMap((row) => Object.values(row.byChannel)));
  return (
    <StageChannelTable
      label={t('insights.painPoints')}
      channels={channelNames(journey)}
      rows={insights.painPoints}
      cell={(n) => ({
        text: n ? String(n) : '',
        className: n ? 'hot' : '',
        style: { ['--heat' as string]: n / maxPain },
      })}
    />
  );
}

/** Touchpoints by stage × channel, the gaps marked. */
export function ChannelCoverageTable({ journey, insights }: { journey: Journey; insights: Insights }) {
  const { t } = useTranslation();
  return (
    <StageChannelTable
      label={t('insights.coverage')}
      channels={channelNames(journey)}
      rows={insights.channelCoverage}
      cell={(n) => (n ? { text: String(n) } : { text: '–', className: 'gap', label: t('insights.gap') })}
    />
  );
}

/** The most negative moments, lowest first. */
export function LowestMoments({ insights }: { insights: Insights }) {
  const { t } = useTranslation();
  return (
    <ul className="lowest" aria-label={t('insights.lowest')}>
      {insights.lowestMoments.map((m) => (
        <li key={m.touchpointId}>
          <strong>{m.emotion}</strong> {m.title}{' '}
          <span className="muted small">
            ({m.persona}, {m.stage})
          </span>
        </li>
      ))}
    </ul>
  );
}

export function NotesCount({ insights }: { insights: Insights }) {
  const { t } = useTranslation();
  return <p>{t('insights.notesCount', { open: insights.notes.open, resolved: insights.notes.resolved })}</p>;
}

/** Okabe–Ito colours: told apart with colour-blindness too. */
const SCENARIO_COLORS = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#000000'];
const scenarioColor = (index: number) => SCENARIO_COLORS[index % SCENARIO_COLORS.length]!;

/** One line per scenario: all personas' average emotion per stage. */
export function ScenariosOverall({ insights, stages }: { insights: Insights; stages: string[] }) {
  const { t } = useTranslation();
  return (
    <>
      <EmotionChart
        label={t('scenario.overall')}
        stages={stages}
        series={insights.scenarios.map((s, i) => ({
          name: s.scenario,
          color: scenarioColor(i),
          points: s.overallByStage,
        }))}
      />
      <ChartLegend
        label={t('scenario.overall')}
        items={insights.scenarios.map((s, i) => ({
          id: s.scenarioId,
          name: s.scenario,
          color: scenarioColor(i),
        }))}
      />
    </>
  );
}

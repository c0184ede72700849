import { useMemo, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { computeInsights, type StageAverage } from '../../src/analytics';
import type { Journey } from '../../src/model';
import { ScenariosOverall } from './ScenarioComparison';

const W = 300;
const H = 150;
const PAD = { left: 26, right: 8, top: 10, bottom: 22 };

/** One line per series (persona, scenario): average emotion per stage, −3 at the bottom, +3 at the top; gaps where a stage is empty. */
export function EmotionChart({
  series,
  stages,
  label,
}: {
  series: { name: string; color: string; points: StageAverage[] }[];
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

/** The figures of the scenario on show (`journey` is the whole journey), and every scenario's curve when there are several. */
export function InsightsPanel({ journey, scenarioId }: { journey: Journey; scenarioId: string }) {
  const { t } = useTranslation();
  const insights = useMemo(() => computeInsights(journey, scenarioId), [journey, scenarioId]);
  const colors = new Map(journey.personas.map((p) => [p.id, p.color]));
  const channels = journey.channels.map((c) => c.name);
  const maxPain = Math.max(1, ...insights.painPoints.flatMap((row) => Object.values(row.byChannel)));
  return (
    <section aria-label={t('insights.title')} className="insights">
      <h3>{t('insights.emotionByStage')}</h3>
      <EmotionChart
        stages={journey.stages.map((s) => s.name)}
        series={insights.emotionByStage.map((p) => ({
          name: p.persona,
          color: colors.get(p.personaId)!,
          points: p.stages,
        }))}
      />
      <ol className="chart-stages small muted">
        {journey.stages.map((s) => (
          <li key={s.id}>{s.name}</li>
        ))}
      </ol>
      {insights.scenarios.length > 1 && (
        <>
          <h3>{t('scenario.overallTitle')}</h3>
          <ScenariosOverall insights={insights} stages={journey.stages.map((s) => s.name)} />
        </>
      )}
      <h3>{t('insights.lowest')}</h3>
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
      <h3>{t('insights.painPoints')}</h3>
      <StageChannelTable
        label={t('insights.painPoints')}
        channels={channels}
        rows={insights.painPoints}
        cell={(n) => ({
          text: n ? String(n) : '',
          className: n ? 'hot' : '',
          style: { ['--heat' as string]: n / maxPain },
        })}
      />
      <h3>{t('insights.coverage')}</h3>
      <StageChannelTable
        label={t('insights.coverage')}
        channels={channels}
        rows={insights.channelCoverage}
        cell={(n) => (n ? { text: String(n) } : { text: '–', className: 'gap', label: t('insights.gap') })}
      />
      <h3>{t('insights.notes')}</h3>
      <p>{t('insights.notesCount', { open: insights.notes.open, resolved: insights.notes.resolved })}</p>
    </section>
  );
}

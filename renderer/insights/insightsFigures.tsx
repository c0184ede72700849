import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { Insights } from '../../src/analytics';
import { scenarioColor, type Journey } from '../../src/model';
import { ColumnHeaders } from '../ui/ColumnHeaders';
import { EmotionChart, type ChartSize } from './EmotionChart';

/*
 * The pieces the Insights panel, the scenario comparison and the printed Insights page share:
 * each draws one figure of `computeInsights`, the same way wherever it appears.
 */

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

/** A table of figures: a header row of `columns`, then one row per name. */
export function FigureTable({
  label,
  columns,
  rows,
}: {
  label: string;
  columns: string[];
  rows: { name: string; cells: Cell[] }[];
}) {
  return (
    // Wider than the panel, it scrolls sideways (by keyboard too), the stage names staying put.
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      <table className="stage-channel" aria-label={label}>
        <ColumnHeaders columns={columns} corner />
        <tbody>
          {rows.map((row, r) => (
            <tr key={r}>
              <th scope="row">{row.name}</th>
              {row.cells.map(({ text, className, label: cellLabel, style }, i) => (
                <td key={i} className={className} aria-label={cellLabel} style={style}>
                  {text}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A stage × channel table of counts, each cell drawn by `cell`. */
function StageChannelTable({
  label,
  journey,
  rows,
  cell,
}: {
  label: string;
  journey: Journey;
  rows: { stage: string; byChannel: Record<string, number> }[];
  cell: (count: number) => Cell;
}) {
  const channels = journey.channels.map((c) => c.name);
  return (
    <FigureTable
      label={label}
      columns={channels}
      rows={rows.map((row) => ({ name: row.stage, cells: channels.map((c) => cell(row.byChannel[c] ?? 0)) }))}
    />
  );
}

/** Open pain points by stage × channel: the more, the hotter the cell. */
export function PainPointsHeatMap({ journey, insights }: { journey: Journey; insights: Insights }) {
  const { t } = useTranslation();
  const maxPain = Math.max(1, ...insights.painPoints.flatMap((row) => Object.values(row.byChannel)));
  return (
    <StageChannelTable
      label={t('insights.painPoints')}
      journey={journey}
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
    <>
      <StageChannelTable
        label={t('insights.coverage')}
        journey={journey}
        rows={insights.channelCoverage}
        cell={(n) => (n ? { text: String(n) } : { text: '–', className: 'gap', label: t('insights.gap') })}
      />
      <p className="muted small">{t('insights.gaps', { count: insights.coverageGaps.length })}</p>
    </>
  );
}

/** The most negative moments, lowest first. */
export function LowestMoments({ insights }: { insights: Insights }) {
  const { t } = useTranslation();
  if (insights.lowestMoments.length === 0) return <p className="muted">{t('insights.noLowest')}</p>;
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
  return (
    <p>
      {t('insights.notesCount', {
        open: t('insights.openCount', { count: insights.notes.open }),
        resolved: t('insights.resolvedCount', { count: insights.notes.resolved }),
      })}
    </p>
  );
}

/** One line per scenario: all personas' average emotion per stage. */
export function ScenariosOverall({
  insights,
  stages,
  size,
}: {
  insights: Insights;
  stages: string[];
  size?: ChartSize;
}) {
  const { t } = useTranslation();
  return (
    <>
      <EmotionChart
        size={size}
        label={t('scenario.overall')}
        stages={stages}
        series={insights.scenarios.map((s, i) => ({
          id: s.scenarioId,
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

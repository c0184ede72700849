import { memo } from 'react';
import type { Node, NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { StageFigure } from '../../src/analytics';
import { formatFigure, STATUS_SYMBOL } from './measuresView';
import { Sparkline } from './Sparkline';
import './metrics.css';

export interface StageMetricsData extends Record<string, unknown> {
  stageName: string;
  lines: { metricId: string; metric: string; unit: string; figure: StageFigure }[];
}

/** Under a stage's header: each metric's figure for the stage, its standing and a sparkline over the periods. */
function StageMetricsNodeView({ data }: NodeProps<Node<StageMetricsData, 'stageMetrics'>>) {
  const { t, i18n } = useTranslation();
  return (
    <ul className="stage-metrics" aria-label={t('measures.stageMetrics', { stage: data.stageName })}>
      {data.lines.map(({ metricId, metric, unit, figure }) => (
        <li key={metricId} className={`metric-line${figure.status ? ` is-${figure.status}` : ''}`}>
          <span className="metric-name">{metric}</span>
          <span className="metric-value">
            {figure.value === null ? '–' : formatFigure(figure.value, unit, i18n.language)}
            {figure.status && (
              <span className="metric-status" title={t(`measures.status.${figure.status}`)}>
                {' '}
                {STATUS_SYMBOL[figure.status]}
                <span className="sr-only"> {t(`measures.status.${figure.status}`)}</span>
              </span>
            )}
          </span>
          <Sparkline
            values={figure.history.map((h) => h.value)}
            label={t('measures.history', {
              metric,
              values: figure.history
                .map(
                  (h) =>
                    `${h.period || '–'} ${h.value === null ? '–' : formatFigure(h.value, unit, i18n.language)}`,
                )
                .join(', '),
            })}
          />
        </li>
      ))}
    </ul>
  );
}

export const StageMetricsNode = memo(StageMetricsNodeView);

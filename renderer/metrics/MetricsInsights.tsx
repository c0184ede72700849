import { useTranslation } from 'react-i18next';
import { MIN_CORRELATION_PAIRS, offTargets, type MetricReport } from '../../src/analytics';
import type { Journey } from '../../src/model';
import { ImportMetricsButton } from './ImportMetricsDialog';
import { formatFigure, shownReports, STATUS_SYMBOL } from './measuresView';
import './metrics.css';

/** One metric per stage as bars (the target marked), in stage order like the emotion chart above it. */
function MetricBars({ report }: { report: MetricReport }) {
  const { t, i18n } = useTranslation();
  const known = report.stages.flatMap((s) => (s.value === null ? [] : [s.value]));
  const top = Math.max(...known, report.target ?? -Infinity, 0) || 1;
  const bottom = Math.min(...known, report.target ?? Infinity, 0);
  const share = (v: number) => ((v - bottom) / (top - bottom || 1)) * 100;
  return (
    <div className="metric-bars" role="list" aria-label={t('measures.perStage', { metric: report.metric })}>
      {report.stages.map((s) => (
        <div key={s.stageId} className="metric-bar" role="listitem">
          <span className="metric-name">{s.stage}</span>
          <span className="metric-bar-track" aria-hidden="true">
            {s.value !== null && <span className="metric-bar-fill" style={{ width: `${share(s.value)}%` }} />}
            {s.target !== null && (
              <span className="metric-bar-target" style={{ left: `${share(s.target)}%` }} />
            )}
          </span>
          <span className={`metric-value${s.status ? ` metric-line is-${s.status}` : ''}`}>
            {s.value === null ? '–' : formatFigure(s.value, report.unit, i18n.language)}
            {s.status && (
              <span className="metric-status">
                {' '}
                {STATUS_SYMBOL[s.status]}
                <span className="sr-only"> {t(`measures.status.${s.status}`)}</span>
              </span>
            )}
          </span>
        </div>
      ))}
    </div>
  );
}

/** The Insights panel's metrics: each per stage, the correlation with emotion, and what is off target, worst first. */
export function MetricsInsights({ journey }: { journey: Journey }) {
  const { t, i18n } = useTranslation();
  const reports = shownReports(journey).filter((r) => r.period !== null);
  const off = offTargets(journey, reports);
  return (
    <section className="measures-section" aria-label={t('measures.insightsTitle')}>
      <h2>{t('measures.insightsTitle')}</h2>
      <ImportMetricsButton journey={journey} />
      {reports.length === 0 && <p className="muted small">{t('measures.noValues')}</p>}
      {reports.map((report) => (
        <div key={report.metricId}>
          <h3>
            {report.metric} {report.period && <span className="muted small">({report.period})</span>}
          </h3>
          <MetricBars report={report} />
          <p className="muted small">
            {report.correlation.r === null
              ? t('measures.correlationTooFew', {
                  count: report.correlation.pairs,
                  needed: MIN_CORRELATION_PAIRS,
                })
              : t('measures.correlation', {
                  r: report.correlation.r.toLocaleString(i18n.language, { maximumFractionDigits: 2 }),
                  count: report.correlation.pairs,
                })}
          </p>
        </div>
      ))}
      {reports.length > 0 && (
        <>
          <h3>{t('measures.offTarget')}</h3>
          {off.length === 0 ? (
            <p className="muted small">{t('measures.allOnTarget')}</p>
          ) : (
            <ol aria-label={t('measures.offTarget')}>
              {off.map((o) => (
                <li key={`${o.metricId}:${o.where}:${o.id}`}>
                  {STATUS_SYMBOL[o.status]} {t(`measures.status.${o.status}`)}: {o.metric}{' '}
                  {formatFigure(o.value, o.unit, i18n.language)} /{' '}
                  {formatFigure(o.target, o.unit, i18n.language)} —{' '}
                  {o.where === 'touchpoint' ? `${o.name} (${o.stage})` : o.name}
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </section>
  );
}

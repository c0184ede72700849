import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deleteMetricValue, recordMetricValues } from '../../src/commands';
import { LIMITS, newId } from '../../src/model';
import { useShownJourney } from '../state/shownJourney';
import { useEditor } from '../state/editorStore';
import { Field } from '../ui/Field';
import { SelectField } from '../ui/Select';
import { formatFigure, valuesByTarget } from './measuresView';
import './metrics.css';
import { PanelSection } from '../ui/PanelSection';

/** The metric values of one touchpoint or stage, period by period, and a form to record another. */
export function MeasuredValues({
  targetType,
  targetId,
}: {
  targetType: 'stage' | 'touchpoint';
  targetId: string;
}) {
  const { t, i18n } = useTranslation();
  // The scenario on show: a stage's values are that scenario's.
  const journey = useShownJourney();
  const [metricId, setMetricId] = useState('');
  const [period, setPeriod] = useState('');
  const [value, setValue] = useState('');
  const metricOf = new Map(journey.metrics.map((m) => [m.id, m]));
  const values = [...(valuesByTarget(journey.metricValues)[targetType].get(targetId) ?? [])].sort(
    (a, b) => a.metricId.localeCompare(b.metricId) || a.period.localeCompare(b.period),
  );
  const chosen = metricOf.get(metricId) ?? journey.metrics[0];
  const number = Number(value.replace(',', '.'));
  const valid = chosen !== undefined && value.trim() !== '' && Number.isFinite(number);
  const record = () => {
    if (!valid) return;
    const ok = useEditor.getState().dispatch(
      recordMetricValues([
        {
          id: newId(),
          metricId: chosen.id,
          targetType,
          targetId,
          ...(targetType === 'stage' ? { scenarioId: journey.scenarios[0]!.id } : {}),
          period: period.trim(),
          value: number,
          source: '',
        },
      ]),
    );
    if (ok) setValue('');
  };
  return (
    <PanelSection title={t('measures.values')} className="measures-section">
      {values.length > 0 && (
        <table className="measures-table">
          <thead>
            <tr>
              <th scope="col">{t('measures.metric')}</th>
              <th scope="col">{t('measures.period')}</th>
              <th scope="col">{t('measures.value')}</th>
              <th scope="col">
                <span className="sr-only">{t('measures.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {values.map((v) => {
              const metric = metricOf.get(v.metricId)!;
              return (
                <tr key={v.id}>
                  <td>{metric.name}</td>
                  <td>{v.period || '–'}</td>
                  <td className="number">{formatFigure(v.value, metric.unit, i18n.language)}</td>
                  <td>
                    <button
                      type="button"
                      className="btn"
                      aria-label={t('measures.deleteValue', { metric: metric.name, period: v.period || '–' })}
                      onClick={() => useEditor.getState().dispatch(deleteMetricValue(v.id))}
                    >
                      ×
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {journey.metrics.length === 0 ? (
        <p className="muted small">{t('measures.noMetrics')}</p>
      ) : (
        <form
          className="inline-fields"
          onSubmit={(e) => {
            e.preventDefault();
            record();
          }}
        >
          <SelectField
            label={t('measures.metric')}
            value={chosen?.id ?? ''}
            options={journey.metrics.map((m) => [m.id, m.name] as const)}
            onChange={setMetricId}
          />
          <Field label={t('measures.period')}>
            <input
              value={period}
              placeholder="2026-Q3"
              maxLength={LIMITS.shortText}
              onChange={(e) => setPeriod(e.target.value)}
            />
          </Field>
          <Field label={t('measures.value')}>
            <input value={value} inputMode="decimal" onChange={(e) => setValue(e.target.value)} />
          </Field>
          <button type="submit" className="btn" disabled={!valid}>
            {t('measures.record')}
          </button>
        </form>
      )}
    </PanelSection>
  );
}

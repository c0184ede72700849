import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { recordMetricValues } from '../../src/commands';
import { previewMetricValues, readMetricsSheet, type MetricsPreview } from '../../src/formats';
import type { Journey } from '../../src/model';
import { metricsFileErrorSentence, unmatchedSentence } from '../../src/cli/metricsWords';
import { words } from '../../src/cli/words';
import { getPlatform } from '../platform';
import { useEditor } from '../state/editorStore';
import { Modal } from '../ui/Modal';
import { formatFigure } from './measuresView';
import './metrics.css';

type Step =
  | { kind: 'idle' }
  | { kind: 'error'; name: string; message: string }
  | { kind: 'preview'; name: string; preview: MetricsPreview };

/** A metrics or research file that could not be read: why, and that nothing changed. */
export function ImportFailed({
  name,
  message,
  onClose,
}: {
  name: string;
  message: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal open onOpenChange={(open) => !open && onClose()} title={t('measures.importFailed', { name })}>
      <p>{message}</p>
      <p className="muted small">{t('import.nothingChanged')}</p>
      <div className="dialog-actions">
        <button type="button" className="btn btn-primary" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </Modal>
  );
}

/**
 * "Import metrics…": a CSV or xlsx of values is read and matched to the map, the preview says
 * what matched and why the rest did not, and only "Import" changes the map (one undo step).
 */
export function ImportMetricsButton({ journey }: { journey: Journey }) {
  const { t, i18n } = useTranslation();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const language = i18n.language === 'es' ? 'es' : 'en';
  const choose = async () => {
    const file = await getPlatform().openFile([
      { name: t('measures.valuesFile'), extensions: ['csv', 'xlsx'] },
    ]);
    if (!file) return;
    const sheet = await readMetricsSheet(file.name, file.bytes);
    if (!sheet.ok) {
      const { key, params } = metricsFileErrorSentence(sheet.error);
      setStep({ kind: 'error', name: file.name, message: words(language, key, params) });
      return;
    }
    setStep({
      kind: 'preview',
      name: file.name,
      preview: previewMetricValues(journey, sheet.value, { scenarioId: journey.scenarios[0]!.id }),
    });
  };
  const close = () => setStep({ kind: 'idle' });
  const accept = (preview: MetricsPreview) => {
    if (useEditor.getState().dispatch(recordMetricValues(preview.values, preview.newMetrics))) close();
  };
  return (
    <>
      <button type="button" className="btn" onClick={() => void choose()}>
        {t('measures.import')}
      </button>
      {step.kind === 'error' && <ImportFailed name={step.name} message={step.message} onClose={close} />}
      {step.kind === 'preview' && (
        <Modal
          open
          wide
          onOpenChange={(open) => !open && close()}
          title={t('measures.previewTitle', { name: step.name })}
        >
          <div className="import-preview">
            <h3>{t('measures.matched', { count: step.preview.matched.length })}</h3>
            {step.preview.matched.length > 0 && (
              <table
                className="measures-table"
                aria-label={t('measures.matched', { count: step.preview.matched.length })}
              >
                <thead>
                  <tr>
                    <th scope="col">{t('measures.line')}</th>
                    <th scope="col">{t('measures.where')}</th>
                    <th scope="col">{t('measures.metric')}</th>
                    <th scope="col">{t('measures.period')}</th>
                    <th scope="col">{t('measures.value')}</th>
                    <th scope="col">{t('measures.effect')}</th>
                  </tr>
                </thead>
                <tbody>
                  {step.preview.matched.map((row) => (
                    <tr key={row.line}>
                      <td className="number">{row.line}</td>
                      <td>{[row.stage, row.persona, row.touchpoint].filter(Boolean).join(' › ')}</td>
                      <td>{row.metric}</td>
                      <td>{row.period || '–'}</td>
                      <td className="number">{formatFigure(row.value, '', i18n.language)}</td>
                      <td>{t(row.replaces ? 'measures.replaces' : 'measures.adds')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {step.preview.newMetrics.length > 0 && (
              <p>
                {t('measures.newMetrics', { names: step.preview.newMetrics.map((m) => m.name).join(', ') })}
              </p>
            )}
            <h3>{t('measures.unmatched', { count: step.preview.unmatched.length })}</h3>
            {step.preview.unmatched.length > 0 && (
              <ul aria-label={t('measures.unmatched', { count: step.preview.unmatched.length })}>
                {step.preview.unmatched.map((row) => {
                  const { key, params } = unmatchedSentence(row.reason);
                  return (
                    <li key={row.line}>
                      {t('measures.lineIs', { line: row.line })} {words(language, key, params)}
                    </li>
                  );
                })}
              </ul>
            )}
          </div>
          <div className="dialog-actions">
            <button type="button" className="btn" onClick={close}>
              {t('common.cancel')}
            </button>
            <button
              type="button"
              className="btn btn-primary"
              disabled={step.preview.values.length === 0}
              onClick={() => accept(step.preview)}
            >
              {t('measures.importValues', { count: step.preview.values.length })}
            </button>
          </div>
        </Modal>
      )}
    </>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { recordMetricValues } from '../../src/commands';
import { previewMetricValues, readMetricsSheet, type MetricsPreview } from '../../src/formats';
import type { Journey } from '../../src/model';
import { metricsFileErrorSentence, unmatchedSentence } from '../../src/cli/metricsWords';
import { words } from '../../src/cli/words';
import { getPlatform } from '../platform';
import { useEditor } from '../state/editorStore';
import { ImportFailed, ImportPreviewModal } from './ImportPreview';
import { formatFigure } from './measuresView';
import './metrics.css';

type Step =
  | { kind: 'idle' }
  | { kind: 'error'; name: string; message: string }
  | { kind: 'preview'; name: string; preview: MetricsPreview };

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
        <ImportPreviewModal
          title={t('measures.previewTitle', { name: step.name })}
          matched={{
            heading: t('measures.matched', { count: step.preview.matched.length }),
            columns: [
              t('measures.line'),
              t('measures.where'),
              t('measures.metric'),
              t('measures.period'),
              t('measures.value'),
              t('measures.effect'),
            ],
            numeric: [0, 4],
            rows: step.preview.matched.map((row) => ({
              line: row.line,
              cells: [
                row.line,
                [row.stage, row.persona, row.touchpoint].filter(Boolean).join(' › '),
                row.metric,
                row.period || '–',
                formatFigure(row.value, '', i18n.language),
                t(row.replaces ? 'measures.replaces' : 'measures.adds'),
              ],
            })),
          }}
          unmatchedHeading={t('measures.unmatched', { count: step.preview.unmatched.length })}
          unmatched={step.preview.unmatched.map((row) => {
            const { key, params } = unmatchedSentence(row.reason);
            return { line: row.line, why: words(language, key, params) };
          })}
          importLabel={t('measures.importValues', { count: step.preview.values.length })}
          count={step.preview.values.length}
          onImport={() => accept(step.preview)}
          onClose={close}
        >
          {step.preview.newMetrics.length > 0 && (
            <p>
              {t('measures.newMetrics', { names: step.preview.newMetrics.map((m) => m.name).join(', ') })}
            </p>
          )}
        </ImportPreviewModal>
      )}
    </>
  );
}

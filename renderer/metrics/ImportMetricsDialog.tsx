import { useTranslation } from 'react-i18next';
import { recordMetricValues } from '../../src/commands';
import { previewMetricValues, readMetricsSheet } from '../../src/formats';
import type { Journey } from '../../src/model';
import { unmatchedSentence } from '../../src/cli/metricsWords';
import { words } from '../../src/cli/words';
import { ImportPreviewModal } from './ImportPreview';
import { formatFigure } from './measuresView';
import { SheetImportButton } from './SheetImportButton';
import './metrics.css';

/**
 * "Import metrics…": a CSV or xlsx of values is read and matched to the map, the preview says
 * what matched and why the rest did not, and only "Import" changes the map (one undo step).
 */
export function ImportMetricsButton({ journey }: { journey: Journey }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'es' ? 'es' : 'en';
  return (
    <SheetImportButton
      label={t('measures.import')}
      fileKind={t('measures.valuesFile')}
      read={readMetricsSheet}
      match={(sheet) => previewMetricValues(journey, sheet, { scenarioId: journey.scenarios[0]!.id })}
      command={(preview) => recordMetricValues(preview.values, preview.newMetrics)}
      preview={(preview, name, actions) => (
        <ImportPreviewModal
          title={t('measures.previewTitle', { name })}
          matched={{
            heading: t('measures.matched', { count: preview.matched.length }),
            columns: [
              t('measures.line'),
              t('measures.where'),
              t('measures.metric'),
              t('measures.period'),
              t('measures.value'),
              t('measures.effect'),
            ],
            numeric: [0, 4],
            rows: preview.matched.map((row) => ({
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
          unmatchedHeading={t('measures.unmatched', { count: preview.unmatched.length })}
          unmatched={preview.unmatched.map((row) => {
            const { key, params } = unmatchedSentence(row.reason);
            return { line: row.line, why: words(language, key, params) };
          })}
          importLabel={t('measures.importValues', { count: preview.values.length })}
          count={preview.values.length}
          {...actions}
        >
          {preview.newMetrics.length > 0 && (
            <p>{t('measures.newMetrics', { names: preview.newMetrics.map((m) => m.name).join(', ') })}</p>
          )}
        </ImportPreviewModal>
      )}
    />
  );
}

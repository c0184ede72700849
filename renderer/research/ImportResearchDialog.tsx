import { useTranslation } from 'react-i18next';
import { addResearchNotes } from '../../src/commands';
import { previewResearchNotes, readResearchSheet, type ResearchRowProblem } from '../../src/formats';
import type { Journey } from '../../src/model';
import { ImportPreviewModal } from '../metrics/ImportPreview';
import { SheetImportButton } from '../metrics/SheetImportButton';
import './research.css';

/** Why a row of a research file was left out, as the preview says it. */
function problemWords(
  t: (key: string, params?: Record<string, unknown>) => string,
  problem: ResearchRowProblem,
) {
  const { kind, ...params } = problem;
  return t(`researchImport.problem.${kind}`, params);
}

/**
 * "Import research…": a CSV or xlsx of quotes is read and matched to the map's personas and
 * touchpoints, the preview says what matched and why the rest did not, and only "Import" adds
 * the notes (one undo step).
 */
export function ImportResearchButton({ journey }: { journey: Journey }) {
  const { t } = useTranslation();
  return (
    <SheetImportButton
      label={t('researchImport.open')}
      fileKind={t('researchImport.file')}
      read={readResearchSheet}
      match={(sheet) => previewResearchNotes(journey, sheet)}
      command={(preview) => addResearchNotes(preview.notes)}
      preview={(preview, name, actions) => (
        <ImportPreviewModal
          title={t('researchImport.previewTitle', { name })}
          matched={{
            heading: t('researchImport.matched', { count: preview.matched.length }),
            columns: [
              t('measures.line'),
              t('researchImport.quote'),
              t('research.source'),
              t('research.persona'),
              t('researchImport.touchpoints'),
            ],
            numeric: [0],
            rows: preview.matched.map((row) => ({
              line: row.line,
              cells: [
                row.line,
                row.text,
                t(`research.sources.${row.source}`),
                row.persona ?? '–',
                row.touchpoints.join(', ') || t('research.notLinked'),
              ],
            })),
          }}
          unmatchedHeading={t('researchImport.unmatched', { count: preview.unmatched.length })}
          unmatched={preview.unmatched.map((row) => ({
            line: row.line,
            why: problemWords(t, row.reason),
          }))}
          importLabel={t('researchImport.importNotes', { count: preview.notes.length })}
          count={preview.notes.length}
          {...actions}
        />
      )}
    />
  );
}

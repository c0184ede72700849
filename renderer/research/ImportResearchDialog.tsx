import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addResearchNotes } from '../../src/commands';
import {
  previewResearchNotes,
  readResearchSheet,
  type ResearchPreview,
  type ResearchRowProblem,
} from '../../src/formats';
import type { Journey } from '../../src/model';
import { metricsFileErrorSentence } from '../../src/cli/metricsWords';
import { words } from '../../src/cli/words';
import { ImportFailed, ImportPreviewModal } from '../metrics/ImportPreview';
import { getPlatform } from '../platform';
import { useEditor } from '../state/editorStore';
import './research.css';

type Step =
  | { kind: 'idle' }
  | { kind: 'error'; name: string; message: string }
  | { kind: 'preview'; name: string; preview: ResearchPreview };

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
  const { t, i18n } = useTranslation();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const choose = async () => {
    const file = await getPlatform().openFile([
      { name: t('researchImport.file'), extensions: ['csv', 'xlsx'] },
    ]);
    if (!file) return;
    const sheet = await readResearchSheet(file.name, file.bytes);
    if (!sheet.ok) {
      const { key, params } = metricsFileErrorSentence(sheet.error);
      const language = i18n.language === 'es' ? 'es' : 'en';
      setStep({ kind: 'error', name: file.name, message: words(language, key, params) });
      return;
    }
    setStep({ kind: 'preview', name: file.name, preview: previewResearchNotes(journey, sheet.value) });
  };
  const close = () => setStep({ kind: 'idle' });
  const accept = (preview: ResearchPreview) => {
    if (useEditor.getState().dispatch(addResearchNotes(preview.notes))) close();
  };
  return (
    <>
      <button type="button" className="btn" onClick={() => void choose()}>
        {t('researchImport.open')}
      </button>
      {step.kind === 'error' && <ImportFailed name={step.name} message={step.message} onClose={close} />}
      {step.kind === 'preview' && (
        <ImportPreviewModal
          title={t('researchImport.previewTitle', { name: step.name })}
          matched={{
            heading: t('researchImport.matched', { count: step.preview.matched.length }),
            columns: [
              t('measures.line'),
              t('researchImport.quote'),
              t('research.source'),
              t('research.persona'),
              t('researchImport.touchpoints'),
            ],
            numeric: [0],
            rows: step.preview.matched.map((row) => ({
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
          unmatchedHeading={t('researchImport.unmatched', { count: step.preview.unmatched.length })}
          unmatched={step.preview.unmatched.map((row) => ({
            line: row.line,
            why: problemWords(t, row.reason),
          }))}
          importLabel={t('researchImport.importNotes', { count: step.preview.notes.length })}
          count={step.preview.notes.length}
          onImport={() => accept(step.preview)}
          onClose={close}
        />
      )}
    </>
  );
}

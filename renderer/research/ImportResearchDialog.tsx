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
import { ImportFailed } from '../metrics/ImportMetricsDialog';
import { getPlatform } from '../platform';
import { useEditor } from '../state/editorStore';
import { Modal } from '../ui/Modal';
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
        <Modal
          open
          wide
          onOpenChange={(open) => !open && close()}
          title={t('researchImport.previewTitle', { name: step.name })}
        >
          <div className="import-preview">
            <h3>{t('researchImport.matched', { count: step.preview.matched.length })}</h3>
            {step.preview.matched.length > 0 && (
              <table
                className="measures-table"
                aria-label={t('researchImport.matched', { count: step.preview.matched.length })}
              >
                <thead>
                  <tr>
                    <th scope="col">{t('measures.line')}</th>
                    <th scope="col">{t('researchImport.quote')}</th>
                    <th scope="col">{t('research.source')}</th>
                    <th scope="col">{t('research.persona')}</th>
                    <th scope="col">{t('researchImport.touchpoints')}</th>
                  </tr>
                </thead>
                <tbody>
                  {step.preview.matched.map((row) => (
                    <tr key={row.line}>
                      <td className="number">{row.line}</td>
                      <td>{row.text}</td>
                      <td>{t(`research.sources.${row.source}`)}</td>
                      <td>{row.persona ?? '–'}</td>
                      <td>{row.touchpoints.join(', ') || t('research.notLinked')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <h3>{t('researchImport.unmatched', { count: step.preview.unmatched.length })}</h3>
            {step.preview.unmatched.length > 0 && (
              <ul aria-label={t('researchImport.unmatched', { count: step.preview.unmatched.length })}>
                {step.preview.unmatched.map((row) => (
                  <li key={row.line}>
                    {t('measures.lineIs', { line: row.line })} {problemWords(t, row.reason)}
                  </li>
                ))}
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
              disabled={step.preview.notes.length === 0}
              onClick={() => accept(step.preview)}
            >
              {t('researchImport.importNotes', { count: step.preview.notes.length })}
            </button>
          </div>
        </Modal>
      )}
    </>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { journeyToMermaid, mermaidMarkdown, parseMermaidJourney } from '../../src/formats';
import type { Journey } from '../../src/model';
import { fileErrorMessage } from '../i18n/fileErrorWords';
import { fileNameFor, FILTERS } from '../platform/fileNames';
import { importFile } from '../import/openJourneyFile';
import { getPlatform } from '../platform';
import { useEditor } from '../state/editorStore';
import { useSession } from '../state/session';
import { useSettings } from '../state/settingsStore';
import { useUi } from '../state/uiStore';
import { DialogActions } from '../ui/DialogActions';
import { Field } from '../ui/Field';
import { Modal } from '../ui/Modal';

const notify = (notice: string) => useSession.setState({ notice });

/** Import: paste a journey diagram or choose a .mmd/.md file; the map opens like any opened file. */
export function MermaidImportDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState('');
  const importPasted = () => {
    // Pasted text that Mermaid refuses stays in the box, with the reason, to be corrected.
    const parsed = parseMermaidJourney(text);
    if (!parsed.ok) return setProblem(fileErrorMessage(parsed.error, useSettings.getState().language));
    onClose();
    void importFile({ name: `${t('mermaid.pastedName')}.mmd`, bytes: new TextEncoder().encode(text) });
  };
  const chooseFile = async () => {
    const file = await getPlatform().openFile([FILTERS.mermaid]);
    if (!file) return;
    onClose();
    await importFile(file);
  };
  return (
    <Modal open onOpenChange={(open) => !open && onClose()} title={t('mermaid.importTitle')} wide>
      <Field label={t('mermaid.text')}>
        <textarea
          rows={12}

          value={text}
          placeholder={'journey\n  title …\n  section …\n    Task: 5: Actor'}
          onChange={(e) => setText(e.target.value)}
        />
      </Field>
      {problem && (
        <p className="pre" role="alert">
          {problem}
        </p>
      )}
      <p className="muted small">{t('mermaid.importHint')}</p>
      <DialogActions label={t('mermaid.import')} disabled={!text.trim()} onAction={importPasted}>
        <button type="button" className="btn" onClick={() => void chooseFile()}>
          {t('mermaid.chooseFile')}
        </button>
      </DialogActions>
    </Modal>
  );
}

/** The open map's shown scenario as Mermaid: one diagram, or a Markdown file with one per persona. */
function mermaidText(journey: Journey, scenarioId: string | undefined, perPersona: boolean): string {
  if (!perPersona) return journeyToMermaid(journey, { scenarioId });
  return mermaidMarkdown(
    journey.personas.map((p) => journeyToMermaid(journey, { scenarioId, personaId: p.id })),
  );
}

/** Export: the text to read, copy to the clipboard or save as a file. */
export function MermaidExportDialog({ journey, onClose }: { journey: Journey; onClose: () => void }) {
  const { t } = useTranslation();
  const shownScenario = useUi((s) => s.scenarioId);
  const scenarioId = journey.scenarios.some((s) => s.id === shownScenario) ? shownScenario! : undefined;
  const [perPersona, setPerPersona] = useState(false);
  const text = mermaidText(journey, scenarioId, perPersona);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      notify(t('mermaid.copied'));
      onClose();
    } catch (error) {
      notify(t('export.failed', { message: error instanceof Error ? error.message : String(error) }));
    }
  };
  const save = async () => {
    const extension = perPersona ? 'md' : 'mmd';
    try {
      const bytes = new TextEncoder().encode(text);
      const saved = await getPlatform().saveFile(bytes, fileNameFor(journey.title, extension), [
        FILTERS.mermaid,
      ]);
      if (saved) notify(t('export.done', { name: saved.name }));
      onClose();
    } catch (error) {
      notify(t('export.failed', { message: error instanceof Error ? error.message : String(error) }));
    }
  };
  return (
    <Modal open onOpenChange={(open) => !open && onClose()} title={t('mermaid.exportTitle')} wide>
      <fieldset className="field">
        <legend className="field-label">{t('mermaid.layout')}</legend>
        <div className="segmented">
          {[false, true].map((each) => (
            <label key={String(each)} className="check">
              <input
                type="radio"
                name="mermaid-layout"
                checked={perPersona === each}
                onChange={() => setPerPersona(each)}
              />
              {t(each ? 'mermaid.perPersona' : 'mermaid.together')}
            </label>
          ))}
        </div>
      </fieldset>
      <Field label={t('mermaid.text')}>
        <textarea rows={14} readOnly value={text} />
      </Field>
      <p className="muted small">{t('mermaid.exportHint')}</p>
      <DialogActions label={t('mermaid.save')} onAction={() => void save()}>
        <button type="button" className="btn" onClick={() => void copy()}>
          {t('mermaid.copy')}
        </button>
      </DialogActions>
    </Modal>
  );
}

/** Whichever way the Mermaid dialog was opened. */
export function MermaidDialog({
  direction,
  onClose,
}: {
  direction: 'import' | 'export';
  onClose: () => void;
}) {
  const journey = useEditor((s) => s.journey);
  if (direction === 'import') return <MermaidImportDialog onClose={onClose} />;
  return journey ? <MermaidExportDialog journey={journey} onClose={onClose} /> : null;
}

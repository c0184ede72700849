import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Command } from '../../src/commands';
import type { Result, SheetTable, TableFileError } from '../../src/formats';
import { metricsFileErrorSentence } from '../../src/cli/metricsWords';
import { words } from '../../src/cli/words';
import { getPlatform } from '../platform';
import { useEditor } from '../state/editorStore';
import { ImportFailed } from './ImportPreview';

type Step<P> =
  | { kind: 'idle' }
  | { kind: 'error'; name: string; message: string }
  | { kind: 'preview'; name: string; preview: P };

/** What the preview's two buttons do. */
export interface PreviewActions {
  onImport: () => void;
  onClose: () => void;
}

/**
 * A button that imports the rows of a CSV or xlsx file (metric values, research notes): the file is
 * read and matched to the map, the preview says what matched and why the rest did not, and only its
 * "Import" changes the map (one undo step). A file that cannot be read says why; nothing changes.
 */
export function SheetImportButton<P>({
  label,
  fileKind,
  read,
  match,
  command,
  preview,
}: {
  label: string;
  /** The kind of file, as the open dialog names it. */
  fileKind: string;
  read: (fileName: string, bytes: Uint8Array) => Promise<Result<SheetTable, TableFileError>>;
  /** What importing the rows would do to the map. */
  match: (sheet: SheetTable) => P;
  /** The one undo step that imports them. */
  command: (matched: P) => Command;
  /** The preview of the file called `name`. */
  preview: (matched: P, name: string, actions: PreviewActions) => ReactNode;
}) {
  const { i18n } = useTranslation();
  const [step, setStep] = useState<Step<P>>({ kind: 'idle' });
  const choose = async () => {
    const file = await getPlatform().openFile([{ name: fileKind, extensions: ['csv', 'xlsx'] }]);
    if (!file) return;
    const sheet = await read(file.name, file.bytes);
    if (!sheet.ok) {
      const { key, params } = metricsFileErrorSentence(sheet.error);
      const language = i18n.language === 'es' ? 'es' : 'en';
      setStep({ kind: 'error', name: file.name, message: words(language, key, params) });
      return;
    }
    setStep({ kind: 'preview', name: file.name, preview: match(sheet.value) });
  };
  const close = () => setStep({ kind: 'idle' });
  const accept = (matched: P) => {
    if (useEditor.getState().dispatch(command(matched))) close();
  };
  return (
    <>
      <button type="button" className="btn" onClick={() => void choose()}>
        {label}
      </button>
      {step.kind === 'error' && <ImportFailed name={step.name} message={step.message} onClose={close} />}
      {step.kind === 'preview' &&
        preview(step.preview, step.name, { onImport: () => accept(step.preview), onClose: close })}
    </>
  );
}

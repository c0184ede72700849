import { useTranslation } from 'react-i18next';
import { ColumnMappingDialog } from '../interchange/ColumnMappingDialog';
import { DialogActions } from '../ui/DialogActions';
import { Modal } from '../ui/Modal';
import { ReadFailedDialog } from '../ui/ReadFailedDialog';
import { dismissImport, importFile, resolveExisting, useImport } from './openJourneyFile';

/** The questions opening a file can raise: what went wrong, which column is what, skip bad rows?, replace or keep both? */
export function ImportDialogs() {
  const { t } = useTranslation();
  const question = useImport((s) => s.question);
  if (!question) return null;
  const close = (open: boolean) => !open && dismissImport();
  switch (question.kind) {
    case 'error':
      return (
        <ReadFailedDialog
          title={t('import.failedTitle', { name: question.name })}
          message={question.message}
          onClose={dismissImport}
        />
      );
    case 'mapping':
      return (
        <ColumnMappingDialog
          file={question.file}
          table={question.table}
          onImport={(mapping) => void importFile(question.file, false, mapping)}
          onCancel={dismissImport}
        />
      );
    case 'badRows':
      return (
        <Modal open onOpenChange={close} title={t('import.badRowsTitle', { count: question.rows.length })}>
          <p className="pre">{question.message}</p>
          <p className="muted small">{t('import.nothingChanged')}</p>
          <DialogActions
            label={t('import.skipRows', { count: question.rows.length })}
            onAction={() => void importFile(question.file, true, question.mapping)}
            onCancel={dismissImport}
          />
        </Modal>
      );
    case 'exists':
      return (
        <Modal open onOpenChange={close} title={t('import.existsTitle', { title: question.journey.title })}>
          <p>{t('import.existsMessage')}</p>
          <DialogActions
            label={t('import.replace')}
            onAction={() => void resolveExisting(question.journey, 'replace', question.path)}
            onCancel={dismissImport}
          >
            <button
              type="button"
              className="btn"
              onClick={() => void resolveExisting(question.journey, 'keepBoth', question.path)}
            >
              {t('import.keepBoth')}
            </button>
          </DialogActions>
        </Modal>
      );
  }
}

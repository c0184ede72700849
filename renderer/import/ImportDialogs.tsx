import { useTranslation } from 'react-i18next';
import { ColumnMappingDialog } from '../interchange/ColumnMappingDialog';
import { Modal } from '../ui/Modal';
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
        <Modal open onOpenChange={close} title={t('import.failedTitle', { name: question.name })}>
          <p className="pre">{question.message}</p>
          <p className="muted small">{t('import.nothingChanged')}</p>
          <div className="dialog-actions">
            <button type="button" className="btn btn-primary" onClick={dismissImport}>
              {t('common.close')}
            </button>
          </div>
        </Modal>
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
          <div className="dialog-actions">
            <button type="button" className="btn" onClick={dismissImport}>
              {t('common.cancel')}
            </button>
            <button
              type="button"
              className="btn btn-primary"
              onClick={() => void importFile(question.file, true, question.mapping)}
            >
              {t('import.skipRows', { count: question.rows.length })}
            </button>
          </div>
        </Modal>
      );
    case 'exists':
      return (
        <Modal open onOpenChange={close} title={t('import.existsTitle', { title: question.journey.title })}>
          <p>{t('import.existsMessage')}</p>
          <div className="dialog-actions">
            <button type="button" className="btn" onClick={dismissImport}>
              {t('common.cancel')}
            </button>
            <button
              type="button"
              className="btn"
              onClick={() => void resolveExisting(question.journey, 'keepBoth', question.path)}
            >
              {t('import.keepBoth')}
            </button>
            <button
              type="button"
              className="btn btn-primary"
              onClick={() => void resolveExisting(question.journey, 'replace', question.path)}
            >
              {t('import.replace')}
            </button>
          </div>
        </Modal>
      );
  }
}

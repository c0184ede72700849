import { useTranslation } from 'react-i18next';
import { DialogActions } from './DialogActions';
import { Modal } from './Modal';

export interface ReadFailure {
  title: string;
  /** Why, in the user's language. */
  message: string;
  onClose: () => void;
}

/** A file that could not be read: why, and that nothing changed. */
export function ReadFailedDialog({ title, message, onClose }: ReadFailure) {
  const { t } = useTranslation();
  return (
    <Modal open onOpenChange={(open) => !open && onClose()} title={title}>
      <p className="pre">{message}</p>
      <p className="muted small">{t('import.nothingChanged')}</p>
      <DialogActions label={t('common.close')} onAction={onClose} />
    </Modal>
  );
}

import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from './Modal';

/** A destructive button that asks once, in a dialog that says what will happen. */
export function ConfirmButton({
  label,
  icon,
  title,
  message,
  confirm,
  onConfirm,
}: {
  label: string;
  icon?: ReactNode;
  title: string;
  message: string;
  confirm: string;
  onConfirm: () => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="btn btn-danger" onClick={() => setOpen(true)}>
        {icon}
        {label}
      </button>
      <Modal open={open} onOpenChange={setOpen} title={title}>
        <p>{message}</p>
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={() => setOpen(false)}>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className="btn btn-primary btn-danger-fill"
            onClick={() => {
              setOpen(false);
              onConfirm();
            }}
          >
            {confirm}
          </button>
        </div>
      </Modal>
    </>
  );
}

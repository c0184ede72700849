import { useState, type ReactNode } from 'react';
import { DialogActions } from './DialogActions';
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
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="btn btn-danger" onClick={() => setOpen(true)}>
        {icon}
        {label}
      </button>
      <Modal open={open} onOpenChange={setOpen} title={title}>
        <p>{message}</p>
        <DialogActions
          label={confirm}
          danger
          onAction={() => {
            setOpen(false);
            onConfirm();
          }}
          onCancel={() => setOpen(false)}
        />
      </Modal>
    </>
  );
}

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A dialog's footer: Cancel (when the dialog can be cancelled), any other choices, and last the
 * button that does what the dialog is for. Without `onAction` that button submits the dialog's form.
 */
export function DialogActions({
  label,
  onAction,
  onCancel,
  disabled = false,
  busy,
  danger = false,
  children,
}: {
  label: string;
  onAction?: () => void;
  /** Shows Cancel first, which calls this. */
  onCancel?: () => void;
  disabled?: boolean;
  /** While the action runs: what its button says instead; it cannot be pressed again. */
  busy?: string;
  /** The action destroys something: its button is red. */
  danger?: boolean;
  /** Other choices, between Cancel and the action. */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="dialog-actions">
      {onCancel && (
        <button type="button" className="btn" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      )}
      {children}
      <button
        type={onAction ? 'button' : 'submit'}
        className={danger ? 'btn btn-primary btn-danger-fill' : 'btn btn-primary'}
        disabled={disabled || busy !== undefined}
        onClick={onAction}
      >
        {busy ?? label}
      </button>
    </div>
  );
}

import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionId } from '../../src/actions';
import { IconButton } from '../ui/IconButton';
import { actionLabelKey, perform } from './registry';
import { shortcutHint } from './shortcuts';

/**
 * An action of the registry as a toolbar button with an icon and a short word: its accessible name
 * is the action's name, its tooltip adds its keys, and it runs as from anywhere else.
 */
export function ActionButton({ action, children }: { action: ActionId; children: ReactNode }) {
  const { t } = useTranslation();
  const label = t(actionLabelKey(action));
  return (
    <button
      type="button"
      className="btn"
      aria-label={label}
      title={label + shortcutHint(action)}
      onClick={() => perform(action)}
    >
      {children}
    </button>
  );
}

/** An action of the registry as an icon-only button: its name and keys are its accessible name and tooltip. */
export function ActionIconButton({
  action,
  children,
  ...rest
}: { action: ActionId; children: ReactNode } & Pick<ButtonHTMLAttributes<HTMLButtonElement>, 'disabled'>) {
  const { t } = useTranslation();
  return (
    <IconButton
      label={t(actionLabelKey(action)) + shortcutHint(action)}
      onClick={() => perform(action)}
      {...rest}
    >
      {children}
    </IconButton>
  );
}

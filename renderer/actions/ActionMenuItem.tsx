import * as Menu from '@radix-ui/react-dropdown-menu';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionId } from '../../src/actions';
import { actionLabelKey } from './registry';
import { shortcutsFor, shortcutText } from './shortcuts';
import './actions.css';

/** An action of the registry as an entry of a menu: its name and, at the right, its keys. */
export function ActionMenuItem({
  action,
  icon,
  disabled,
  onSelect,
}: {
  action: ActionId;
  icon?: ReactNode;
  disabled?: boolean;
  onSelect: () => void;
}) {
  const { t } = useTranslation();
  const shortcut = shortcutsFor(action)[0];
  return (
    <Menu.Item className="menu-item" disabled={disabled} onSelect={onSelect}>
      {icon}
      {t(actionLabelKey(action))}
      {shortcut && (
        <kbd className="menu-shortcut" aria-hidden="true">
          {shortcutText(shortcut)}
        </kbd>
      )}
    </Menu.Item>
  );
}

import type { ReactNode } from 'react';
import * as Menu from '@radix-ui/react-dropdown-menu';
import type { ActionId } from '../../src/actions';
import { ActionMenuItem } from '../actions/ActionMenuItem';
import { perform } from '../actions/registry';

/** An action of the registry in the "More" menu: its name, its keys, and it runs as from anywhere else. */
export function MoreAction({ icon, action }: { icon: ReactNode; action: ActionId }) {
  return <ActionMenuItem action={action} icon={icon} onSelect={() => perform(action)} />;
}

/** An on/off entry of the "More" menu. */
export function MoreToggle({
  icon,
  label,
  checked,
  onChange,
}: {
  icon: ReactNode;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <Menu.CheckboxItem className="menu-item" checked={checked} onCheckedChange={onChange}>
      {icon} {label}
      <span className="menu-check" aria-hidden="true">
        {checked ? '✓' : ''}
      </span>
    </Menu.CheckboxItem>
  );
}

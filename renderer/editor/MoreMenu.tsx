import type { ReactNode } from 'react';
import * as Menu from '@radix-ui/react-dropdown-menu';

/** One entry of the toolbar's "More" menu: an icon and its label. */
export function MoreItem({
  icon,
  label,
  onSelect,
}: {
  icon: ReactNode;
  label: string;
  onSelect: () => void;
}) {
  return (
    <Menu.Item className="menu-item" onSelect={onSelect}>
      {icon} {label}
    </Menu.Item>
  );
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

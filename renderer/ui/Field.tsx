import type { ReactNode } from 'react';

/** A control with its name shown above it; the label wraps the control, so the two stay associated. */
export function Field({
  label,
  className,
  children,
}: {
  label: ReactNode;
  /** Added to `field` (e.g. `grow`, `field-inline`). */
  className?: string;
  children: ReactNode;
}) {
  return (
    <label className={className ? `field ${className}` : 'field'}>
      <span className="field-label">{label}</span>
      {children}
    </label>
  );
}

/** A checkbox named by the words beside it. */
export function CheckField({
  label,
  checked,
  onChange,
  disabled,
  nested = false,
}: {
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
  /** It refines the choice above it: indented under it. */
  nested?: boolean;
}) {
  return (
    <label className={nested ? 'check check-nested' : 'check'}>
      <input
        type="checkbox"
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChange(e.target.checked)}
      />
      {label}
    </label>
  );
}

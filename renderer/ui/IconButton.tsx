import type { ButtonHTMLAttributes, ReactNode } from 'react';

/** A button that shows only an icon: its label is its accessible name and its tooltip. */
export function IconButton({
  label,
  children,
  className = '',
  ...rest
}: { label: string; children: ReactNode } & Omit<
  ButtonHTMLAttributes<HTMLButtonElement>,
  'aria-label' | 'title'
>) {
  return (
    <button
      type="button"
      className={`btn btn-icon ${className}`.trim()}
      aria-label={label}
      title={label}
      {...rest}
    >
      {children}
    </button>
  );
}

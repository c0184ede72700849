import type { ReactNode } from 'react';

/** A part of a side panel under its heading; the heading is also the part's accessible name. */
export function PanelSection({
  title,
  className,
  children,
}: {
  title: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <section className={className} aria-label={title}>
      <h3>{title}</h3>
      {children}
    </section>
  );
}

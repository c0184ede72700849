import { useEffect, useRef, useState } from 'react';
import { LIMITS } from '../../src/model';

/**
 * A name typed in place of its text (a card's title, a stage's name): Enter or leaving the field keeps
 * it — trimmed, and only when it changed and is not empty — and Escape drops it; either way `onDone`.
 */
export function NameInput({
  initial,
  label,
  className,
  selectAll = false,
  onRename,
  onDone,
}: {
  initial: string;
  label: string;
  className: string;
  /** Start with the whole name selected, to type a new one over it. */
  selectAll?: boolean;
  onRename: (name: string) => void;
  onDone: () => void;
}) {
  const [draft, setDraft] = useState(initial);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (selectAll) input.current?.select();
  }, [selectAll]);
  const finish = (commit: boolean) => {
    const name = draft.trim();
    if (commit && name && name !== initial) onRename(name);
    onDone();
  };
  return (
    <input
      ref={input}
      className={`${className} nodrag`}
      aria-label={label}
      autoFocus
      value={draft}
      maxLength={LIMITS.shortText}
      onChange={(e) => setDraft(e.target.value)}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter') finish(true);
        if (e.key === 'Escape') finish(false);
      }}
      onBlur={() => finish(true)}
    />
  );
}

import { useState } from 'react';
import { LIMITS } from '../../src/model';

/** A name shown as text; double-click (or Enter when focused) to rename in place. */
export function InlineName({
  value,
  label,
  onRename,
}: {
  value: string;
  label: string;
  onRename: (name: string) => void;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  if (draft === null) {
    return (
      <span
        className="inline-name"
        tabIndex={0}
        role="button"
        aria-label={`${label}: ${value}`}
        onDoubleClick={(e) => {
          e.stopPropagation();
          setDraft(value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === 'F2') {
            e.stopPropagation();
            setDraft(value);
          }
        }}
      >
        {value}
      </span>
    );
  }
  const finish = (commit: boolean) => {
    const name = draft.trim();
    if (commit && name && name !== value) onRename(name);
    setDraft(null);
  };
  return (
    <input
      className="inline-name-input nodrag"
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

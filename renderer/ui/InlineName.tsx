import { useState } from 'react';
import { NameInput } from './NameInput';

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
  const [editing, setEditing] = useState(false);
  if (!editing) {
    return (
      <span
        className="inline-name"
        tabIndex={0}
        role="button"
        aria-label={`${label}: ${value}`}
        onDoubleClick={(e) => {
          e.stopPropagation();
          setEditing(true);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === 'F2') {
            e.stopPropagation();
            setEditing(true);
          }
        }}
      >
        {value}
      </span>
    );
  }
  return (
    <NameInput
      initial={value}
      label={label}
      className="inline-name-input"
      onRename={onRename}
      onDone={() => setEditing(false)}
    />
  );
}

import { useId } from 'react';
import { useEditor } from '../state/editorStore';
import type { Command } from '../../src/commands';
import { LIMITS } from '../../src/model';

/**
 * A text field bound to the journey: every keystroke runs a command (coalesced into one undo
 * step per field), leaving the field ends the step. It takes the schema's limit: short text on one
 * line (a title, a name), long text on several.
 */
export function TextField({
  label,
  value,
  command,
  multiline = false,
  maxLength = multiline ? LIMITS.longText : LIMITS.shortText,
  placeholder,
}: {
  label: string;
  value: string;
  command: (value: string) => Command;
  multiline?: boolean;
  maxLength?: number;
  /** A hint shown while the field is empty; never stored. */
  placeholder?: string;
}) {
  const id = useId();
  const props = {
    id,
    value,
    maxLength,
    placeholder,
    onChange: (e: { target: { value: string } }) => useEditor.getState().dispatch(command(e.target.value)),
    onBlur: () => useEditor.getState().seal(),
  };
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {multiline ? <textarea {...props} rows={3} /> : <input type="text" {...props} />}
    </div>
  );
}

export function ColorField({
  label,
  value,
  command,
}: {
  label: string;
  value: string;
  command: (value: string) => Command;
}) {
  const id = useId();
  return (
    <div className="field field-inline">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <input
        id={id}
        type="color"
        value={value}
        onChange={(e) => useEditor.getState().dispatch(command(e.target.value))}
        onBlur={() => useEditor.getState().seal()}
      />
    </div>
  );
}

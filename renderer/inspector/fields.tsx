import { useEditor } from '../state/editorStore';
import type { Command } from '../../src/commands';
import { LIMITS } from '../../src/model';
import { Field } from '../ui/Field';

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
  const props = {
    value,
    maxLength,
    placeholder,
    onChange: (e: { target: { value: string } }) => useEditor.getState().dispatch(command(e.target.value)),
    onBlur: () => useEditor.getState().seal(),
  };
  return (
    <Field label={label}>
      {multiline ? <textarea {...props} rows={3} /> : <input type="text" {...props} />}
    </Field>
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
  return (
    <Field label={label} className="field-inline">
      <input
        type="color"
        value={value}
        onChange={(e) => useEditor.getState().dispatch(command(e.target.value))}
        onBlur={() => useEditor.getState().seal()}
      />
    </Field>
  );
}

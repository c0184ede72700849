import { useId } from 'react';

/** A select named by a label read aloud but not shown (the panel is narrow), with an optional "none" first option. */
export function Choice({
  label,
  value,
  options,
  empty,
  onChange,
}: {
  label: string;
  value: string;
  /** [value, text] pairs. */
  options: readonly (readonly [string, string])[];
  /** The text of the first option, whose value is ''. */
  empty?: string;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <span>
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {empty !== undefined && <option value="">{empty}</option>}
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </span>
  );
}

import type { SelectHTMLAttributes } from 'react';
import { Field } from './Field';

/** A choice's value and the words it is shown with. */
export type Option<V extends string> = readonly [value: V, text: string];

type SelectProps<V extends string> = {
  value: V;
  options: readonly Option<V>[];
  onChange: (value: V) => void;
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'>;

/** A select of the given options; the caller names it (`aria-label`, `id` for a label, or a Field around it). */
export function Select<V extends string>({ value, options, onChange, ...rest }: SelectProps<V>) {
  return (
    <select {...rest} value={value} onChange={(e) => onChange(e.target.value as V)}>
      {options.map(([option, text]) => (
        <option key={option} value={option}>
          {text}
        </option>
      ))}
    </select>
  );
}

/** A select with its name shown above it. */
export function SelectField<V extends string>({
  label,
  fieldClassName,
  ...select
}: SelectProps<V> & { label: string; fieldClassName?: string }) {
  return (
    <Field label={label} className={fieldClassName}>
      <Select {...select} />
    </Field>
  );
}

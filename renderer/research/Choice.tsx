import { useId } from 'react';
import { Select, type Option } from '../ui/Select';

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
  options: readonly Option<string>[];
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
      <Select
        id={id}
        value={value}
        options={empty === undefined ? options : [['', empty], ...options]}
        onChange={onChange}
      />
    </span>
  );
}

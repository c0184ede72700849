import { useTranslation } from 'react-i18next';
import type { Command } from '../../src/commands';
import { TextField } from './fields';

/** The keys of `T` that hold text. */
type TextKey<T> = { [K in keyof T]: T[K] extends string ? K : never }[keyof T] & string;

/**
 * The text fields of one thing (a persona's name, a stage's description…): `field(key)` is the
 * field labelled `${noun}.${key}` in the catalogue, showing `thing[key]` and changing it with `update`.
 */
export function useTextFields<T>(noun: string, thing: T, update: (patch: Partial<T>) => Command) {
  const { t } = useTranslation();
  return (key: TextKey<T>, options: { multiline?: boolean; placeholder?: string } = {}) => (
    <TextField
      label={t(`${noun}.${key}`)}
      value={thing[key] as string}
      command={(value) => update({ [key]: value } as Partial<T>)}
      {...options}
    />
  );
}

import type { SelectHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../src/model';

/** A choice of the languages Trayecto speaks, each named in the interface's language. */
export function LanguageSelect({
  value,
  onChange,
  ...rest
}: {
  value: Language;
  onChange: (language: Language) => void;
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'>) {
  const { t } = useTranslation();
  return (
    <select {...rest} value={value} onChange={(e) => onChange(e.target.value as Language)}>
      {LANGUAGES.map((l) => (
        <option key={l} value={l}>
          {t(`languages.${l}`)}
        </option>
      ))}
    </select>
  );
}

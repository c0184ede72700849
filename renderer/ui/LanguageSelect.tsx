import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../src/model';
import { Select } from './Select';

/** A choice of the languages Trayecto speaks, each named in the interface's language. */
export function LanguageSelect(props: Omit<ComponentProps<typeof Select<Language>>, 'options'>) {
  const { t } = useTranslation();
  return <Select {...props} options={LANGUAGES.map((l) => [l, t(`languages.${l}`)] as const)} />;
}

import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../src/model';
import { en } from './en';
import { es } from './es';

export const UI_LANGUAGES: readonly Language[] = ['en', 'es'];

/** The system locale's language if we speak it, else English. */
export function systemLanguage(
  locales: readonly string[] = navigator.languages ?? [navigator.language],
): Language {
  for (const locale of locales) {
    const base = locale.toLowerCase().split('-')[0];
    if (base === 'es' || base === 'en') return base;
  }
  return 'en';
}

export function initI18n(language: Language = systemLanguage()): typeof i18next {
  void i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, es: { translation: es } },
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false }, // React escapes; titles are always text
    initAsync: false,
  });
  document.documentElement.lang = language;
  return i18next;
}

export function setUiLanguage(language: Language): void {
  void i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

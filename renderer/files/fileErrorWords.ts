import i18next from 'i18next';
import { fileErrorSentences, type FileError } from '../../src/formats';
import type { Language } from '../../src/model';

/** Why a file could not be opened, in the UI's language: one line per sentence. */
export function fileErrorMessage(error: FileError, language: Language): string {
  return fileErrorSentences(error, language)
    .map(({ key, params }) => {
      // Figures as the language writes them (50,1 MB); `count` stays a number, to pick the plural.
      const written = Object.fromEntries(
        Object.entries(params).map(([name, value]) => [
          name,
          typeof value === 'number' && name !== 'count' ? value.toLocaleString(language) : value,
        ]),
      );
      return i18next.t(`fileError.${key}`, { ...written, lng: language });
    })
    .join('\n');
}

import i18next from 'i18next';
import { fileErrorSentences, type FileError } from '../../src/formats';
import type { Language } from '../../src/model';

/** Why a file could not be opened, in the UI's language: one line per sentence. */
export function fileErrorMessage(error: FileError, language: Language): string {
  return fileErrorSentences(error, language)
    .map(({ key, params }) => i18next.t(`fileError.${key}`, { ...params, lng: language }))
    .join('\n');
}

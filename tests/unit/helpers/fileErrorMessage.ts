import { words } from '../../../src/cli/words';
import { fileErrorSentences, type FileError } from '../../../src/formats';
import type { Language } from '../../../src/model';

/** A file error as the CLI words it, one line per sentence. */
export const fileErrorMessage = (error: FileError, language: Language): string =>
  fileErrorSentences(error, language)
    .map((s) => words(language, s.key, s.params))
    .join('\n');

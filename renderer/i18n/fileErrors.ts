import { FILE_ERROR_WORDS } from '../../src/cli/fileErrorWords';
import type { Language } from '../../src/model';

/** The file-error sentences (one catalogue, shared with the CLI) as i18next keys: plurals as `key_one`/`key_other`. */
export function fileErrorKeys(language: Language): Record<string, string> {
  return Object.fromEntries(
    Object.entries(FILE_ERROR_WORDS[language]).flatMap(([key, template]) =>
      typeof template === 'string'
        ? [[key, template]]
        : [
            [`${key}_one`, template.one],
            [`${key}_other`, template.other],
          ],
    ),
  );
}

import i18next from 'i18next';
import {
  fileErrorSentences,
  scoreWarningSentences,
  type FileError,
  type ScoreWarning,
  type Sentence,
} from '../../src/formats';
import type { Language } from '../../src/model';

/** Sentences in the UI's language, one a line. */
function inWords(sentences: Sentence[], language: Language): string {
  return sentences
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

/** Why a file could not be opened, in the UI's language: one line per sentence. */
export function fileErrorMessage(error: FileError, language: Language): string {
  return inWords(fileErrorSentences(error, language), language);
}

/** Which Mermaid scores were imported as the nearest whole score from 1 to 5. */
export function scoreWarningMessage(warnings: ScoreWarning[], language: Language): string {
  return `${i18next.t('mermaid.scoresUsed', { lng: language })}\n${inWords(scoreWarningSentences(warnings), language)}`;
}

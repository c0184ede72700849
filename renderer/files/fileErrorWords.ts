import i18next from 'i18next';
import {
  fileErrorSentences,
  scoreWarningSentences,
  type FileError,
  type ScoreWarning,
  type Sentence,
} from '../../src/formats';
import type { Language } from '../../src/model';

const inWords = (sentences: Sentence[], language: Language) =>
  sentences.map(({ key, params }) => i18next.t(`fileError.${key}`, { ...params, lng: language })).join('\n');

/** Why a file could not be opened, in the UI's language: one line per sentence. */
export function fileErrorMessage(error: FileError, language: Language): string {
  return inWords(fileErrorSentences(error, language), language);
}

/** Which Mermaid scores were imported as the nearest whole score from 1 to 5. */
export function scoreWarningMessage(warnings: ScoreWarning[], language: Language): string {
  return `${i18next.t('mermaid.scoresUsed', { lng: language })}\n${inWords(scoreWarningSentences(warnings), language)}`;
}

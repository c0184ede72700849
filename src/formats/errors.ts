import type { InvariantRule } from '../model';

/** What is wrong with one value of a file: a closed list, so every case gets words in each language. */
export type ProblemIssue =
  | {
      kind: 'expected';
      type: 'text' | 'number' | 'wholeNumber' | 'list' | 'object' | 'boolean' | 'other';
    }
  | { kind: 'tooLong' | 'tooMany' | 'tooFew' | 'tooHigh' | 'tooLow'; limit: number }
  | { kind: 'empty' | 'notColour' | 'notTimestamp' | 'nulCharacter' | 'notValid' }
  | { kind: 'notOneOf'; options: string }
  | InvariantRule;

export type Problem = ProblemIssue & {
  /** JSON path of the fault, e.g. `journey.touchpoints[12].stageId`. */
  path: string;
};

/** Why a file could not be opened: a closed list, so every case gets a message. */
export type ImportError =
  | { kind: 'tooLarge'; bytes: number; limit: number }
  | { kind: 'notText' }
  /** A JSON syntax error: the character found where it cannot be, or the end of the text (`found` null). */
  | { kind: 'notJson'; line: number; column: number; found: string | null }
  | { kind: 'tooDeep'; limit: number; line: number; column: number }
  | { kind: 'notTrayecto' }
  | { kind: 'versionTooNew'; version: number; supported: number }
  | { kind: 'invalid'; problems: Problem[] }
  | { kind: 'migrationFailed'; from: number; detail: string }
  | { kind: 'notPng' }
  | { kind: 'pngWithoutDocument' }
  | { kind: 'webPageWithoutDocument' }
  | { kind: 'notWorkbook' }
  | { kind: 'unknownType'; name: string };

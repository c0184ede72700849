import type { Language } from '../model';
import { scaleLabel } from './emotionScale';
import { CSV_HEADERS, type RowProblem } from './csv';
import type { Problem } from './errors';
import type { ScoreWarning } from './mermaid';
import type { FileError } from './openFile';

/**
 * Every sentence a file error is told in. The words live in catalogues keyed by these (the
 * renderer's i18n under `fileError.`, the CLI's own); plural sentences take a `count`.
 */
export const FILE_ERROR_KEYS = [
  'tooLarge',
  'notText',
  'notJson',
  'notJsonAtEnd',
  'tooDeep',
  'notTrayecto',
  'versionTooNew',
  'invalid',
  'problemExpectedText',
  'problemExpectedNumber',
  'problemExpectedWholeNumber',
  'problemExpectedList',
  'problemExpectedObject',
  'problemExpectedBoolean',
  'problemNotValid',
  'problemTooLong',
  'problemTooMany',
  'problemTooFew',
  'problemTooHigh',
  'problemTooLow',
  'problemEmpty',
  'problemNotColour',
  'problemNotTimestamp',
  'problemNulCharacter',
  'problemNotOneOf',
  'problemDuplicateId',
  'problemNoSuchScenario',
  'problemNoSuchStage',
  'problemNoSuchPersona',
  'problemNoSuchChannel',
  'problemNoSuchTouchpoint',
  'problemNoSuchMetric',
  'problemNoSuchJourney',
  'problemNoSuchOwner',
  'problemNoSuchBlueprintLayer',
  'problemNoSuchOpportunity',
  'problemOrdersNotDense',
  'migrationFailed',
  'notPng',
  'pngWithoutDocument',
  'webPageWithoutDocument',
  'notWorkbook',
  'noSuchSheet',
  'unknownType',
  'csvEmpty',
  'csvNotUtf8',
  'csvMissingColumns',
  'csvDuplicateColumns',
  'csvBadRows',
  'rowEmptyFields',
  'rowFieldCount',
  'rowUnclosedQuote',
  'rowBadEmotion',
  'rowBadScore',
  'rowOffScale',
  'rowEmotionMismatch',
  'rowBadMomentOfTruth',
  'rowBadLayer',
  'rowTooLong',
  'rowTooManyScenarios',
  'rowTooManyStages',
  'rowTooManyPersonas',
  'rowTooManyChannels',
  'rowTooManyTouchpoints',
  'rowTooManyNotes',
  'more',
  'mermaidNotJourney',
  'mermaidNoJourneyBlock',
  'mermaidSyntax',
  'mermaidScoreUsed',
  'mappingNotJson',
  'mappingInvalid',
  'mappingUnknownColumn',
] as const;
export type FileErrorKey = (typeof FILE_ERROR_KEYS)[number];

export interface Sentence {
  key: FileErrorKey;
  params: Record<string, string | number>;
}

const MAX_LISTED = 8;
/** Megabytes to one decimal; a size is rounded up, so a file just over the limit never reads as equal to it. */
const megabytes = (bytes: number, round = Math.round) => round((bytes / 1024 / 1024) * 10) / 10;
const say = (key: FileErrorKey, params: Sentence['params'] = {}): Sentence => ({ key, params });

/** The first few of a list, then "… and N more". */
function listed<T>(items: T[], sentence: (item: T) => Sentence): Sentence[] {
  const more = items.length - MAX_LISTED;
  return [...items.slice(0, MAX_LISTED).map(sentence), ...(more > 0 ? [say('more', { count: more })] : [])];
}

function problemSentence(problem: Problem): Sentence {
  const { path } = problem;
  switch (problem.kind) {
    case 'expected': {
      const keys = {
        text: 'problemExpectedText',
        number: 'problemExpectedNumber',
        wholeNumber: 'problemExpectedWholeNumber',
        list: 'problemExpectedList',
        object: 'problemExpectedObject',
        boolean: 'problemExpectedBoolean',
        other: 'problemNotValid',
      } as const;
      return say(keys[problem.type], { path });
    }
    case 'tooLong':
      return say('problemTooLong', { path, limit: problem.limit });
    case 'tooMany':
      return say('problemTooMany', { path, limit: problem.limit });
    case 'tooFew':
      return say('problemTooFew', { path, count: problem.limit });
    case 'tooHigh':
      return say('problemTooHigh', { path, limit: problem.limit });
    case 'tooLow':
      return say('problemTooLow', { path, limit: problem.limit });
    case 'empty':
      return say('problemEmpty', { path });
    case 'notColour':
      return say('problemNotColour', { path });
    case 'notTimestamp':
      return say('problemNotTimestamp', { path });
    case 'nulCharacter':
      return say('problemNulCharacter', { path });
    case 'notValid':
      return say('problemNotValid', { path });
    case 'notOneOf':
      return say('problemNotOneOf', { path, options: problem.options });
    case 'duplicateId':
      return say('problemDuplicateId', { path, id: problem.id, first: problem.firstPath });
    case 'noSuchTarget': {
      const keys = {
        scenario: 'problemNoSuchScenario',
        stage: 'problemNoSuchStage',
        persona: 'problemNoSuchPersona',
        channel: 'problemNoSuchChannel',
        touchpoint: 'problemNoSuchTouchpoint',
        metric: 'problemNoSuchMetric',
        journey: 'problemNoSuchJourney',
        owner: 'problemNoSuchOwner',
        blueprintLayer: 'problemNoSuchBlueprintLayer',
        opportunity: 'problemNoSuchOpportunity',
      } as const;
      return say(keys[problem.target], { path, id: problem.id });
    }
    case 'ordersNotDense':
      return say('problemOrdersNotDense', {
        path,
        scenario: problem.scenarioId,
        persona: problem.personaId,
        stage: problem.stageId,
        orders: problem.orders,
      });
  }
}

function rowSentence(line: number, problem: RowProblem): Sentence {
  switch (problem.kind) {
    case 'emptyFields':
      return say('rowEmptyFields', { line, columns: problem.columns.join(', ') });
    case 'fieldCount':
      return say('rowFieldCount', { line, expected: problem.expected, found: problem.found });
    case 'unclosedQuote':
      return say('rowUnclosedQuote', { line });
    case 'badEmotion':
      return say('rowBadEmotion', { line, column: problem.column, value: problem.value });
    case 'badScore':
      return say('rowBadScore', { line, column: problem.column, value: problem.value });
    case 'offScale':
      return say('rowOffScale', {
        line,
        column: problem.column,
        value: problem.value,
        scale: scaleLabel(problem.scale),
      });
    case 'emotionMismatch':
      return say('rowEmotionMismatch', {
        line,
        column: problem.column,
        value: problem.emotion,
        score: problem.score,
      });
    case 'badMomentOfTruth':
      return say('rowBadMomentOfTruth', { line, column: problem.column, value: problem.value });
    case 'badLayer':
      return say('rowBadLayer', { line, column: problem.column, value: problem.value });
    case 'tooLong':
      return say('rowTooLong', { line, column: problem.column, limit: problem.limit });
    case 'tooMany': {
      const keys = {
        scenarios: 'rowTooManyScenarios',
        stages: 'rowTooManyStages',
        personas: 'rowTooManyPersonas',
        channels: 'rowTooManyChannels',
        touchpoints: 'rowTooManyTouchpoints',
        notes: 'rowTooManyNotes',
      } as const;
      return say(keys[problem.what], { line, limit: problem.limit });
    }
  }
}

/**
 * What to tell a person whose file could not be opened: kinds and parameters to sentences,
 * one line each. `language` only picks the CSV column names of columns the file lacks.
 */
export function fileErrorSentences(error: FileError, language: Language): Sentence[] {
  switch (error.kind) {
    case 'tooLarge':
      return [say('tooLarge', { size: megabytes(error.bytes, Math.ceil), limit: megabytes(error.limit) })];
    case 'notText':
      return [say('notText')];
    case 'notJson':
      return [
        error.found === null
          ? say('notJsonAtEnd', { line: error.line, column: error.column })
          : say('notJson', { line: error.line, column: error.column, found: error.found }),
      ];
    case 'tooDeep':
      return [say('tooDeep', { limit: error.limit, line: error.line, column: error.column })];
    case 'notTrayecto':
      return [say('notTrayecto')];
    case 'versionTooNew':
      return [say('versionTooNew', { version: error.version, supported: error.supported })];
    case 'invalid':
      return [say('invalid', { count: error.problems.length }), ...listed(error.problems, problemSentence)];
    case 'migrationFailed':
      return [say('migrationFailed', { from: error.from, detail: error.detail })];
    case 'notPng':
      return [say('notPng')];
    case 'pngWithoutDocument':
      return [say('pngWithoutDocument')];
    case 'webPageWithoutDocument':
      return [say('webPageWithoutDocument')];
    case 'notWorkbook':
      return [say('notWorkbook')];
    case 'noSuchSheet':
      return [say('noSuchSheet', { sheet: error.sheet, found: error.found.join(', ') })];
    case 'unknownType':
      return [say('unknownType', { name: error.name })];
    case 'empty':
      return [say('csvEmpty')];
    case 'notUtf8':
      return [say('csvNotUtf8')];
    case 'missingColumns':
      return [
        say('csvMissingColumns', {
          count: error.missing.length,
          missing: error.missing.map((c) => CSV_HEADERS[language][c]).join(', '),
          found: error.found.join(', '),
        }),
      ];
    case 'duplicateColumns':
      return [say('csvDuplicateColumns', { columns: error.columns.join(', ') })];
    case 'badRows':
      return [
        say('csvBadRows', { count: error.rows.length }),
        ...listed(error.rows, (r) => rowSentence(r.line, r.problem)),
      ];
    case 'mermaidNotJourney':
      return [say('mermaidNotJourney', { found: error.found })];
    case 'mermaidNoJourneyBlock':
      return [say('mermaidNoJourneyBlock')];
    case 'mermaidSyntax':
      return [say('mermaidSyntax', { line: error.line, found: error.found.trim() })];
    case 'mappingNotJson':
      return [say('mappingNotJson')];
    case 'mappingInvalid':
      return [say('mappingInvalid', { path: error.path, options: error.options })];
    case 'mappingUnknownColumn':
      return [say('mappingUnknownColumn', { column: error.column, found: error.found.join(', ') })];
  }
}

/** What to tell a person whose Mermaid scores were not whole numbers from 1 to 5. */
export const scoreWarningSentences = (warnings: ScoreWarning[]): Sentence[] =>
  listed(warnings, (w) => say('mermaidScoreUsed', { line: w.line, value: w.value, used: w.used }));

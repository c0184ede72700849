import type { MetricsFileError, UnmatchedReason } from '../formats/metricValues';
import type { CliKey } from './words';

/** Which of the CLI's sentences (src/cli/words.ts) says why a metric-values file or row was refused. */
type Said = { key: CliKey; params: Record<string, string | number> };

export function metricsFileErrorSentence(error: MetricsFileError): Said {
  switch (error.kind) {
    case 'notUtf8':
      return { key: 'metricsFileNotUtf8', params: {} };
    case 'tooLarge':
      return {
        key: 'metricsFileTooLarge',
        params: { size: Math.ceil(error.bytes / 2 ** 20), limit: error.limit / 2 ** 20 },
      };
    case 'notWorkbook':
      return { key: 'metricsFileNotWorkbook', params: {} };
    case 'empty':
      return { key: 'metricsFileEmpty', params: {} };
    case 'missingColumns':
      return {
        key: 'metricsFileMissingColumns',
        params: { missing: error.missing.join(', '), found: error.found.join(', ') },
      };
  }
}

export function unmatchedSentence(reason: UnmatchedReason): Said {
  switch (reason.kind) {
    case 'emptyCell':
      return { key: 'unmatchedEmptyCell', params: { column: reason.column } };
    case 'noStage':
      return { key: 'unmatchedNoStage', params: { stage: reason.stage } };
    case 'noPersona':
      return { key: 'unmatchedNoPersona', params: { persona: reason.persona } };
    case 'noTouchpoint':
      return { key: 'unmatchedNoTouchpoint', params: { touchpoint: reason.touchpoint, stage: reason.stage } };
    case 'severalTouchpoints':
      return {
        key: 'unmatchedSeveralTouchpoints',
        params: { touchpoint: reason.touchpoint, stage: reason.stage, count: reason.count },
      };
    case 'noMetric':
      return { key: 'unmatchedNoMetric', params: { metric: reason.metric } };
    case 'notANumber':
      return { key: 'unmatchedNotANumber', params: { column: reason.column, text: reason.text } };
    case 'outOfRange':
      return {
        key: 'unmatchedOutOfRange',
        params: { value: reason.value, min: reason.min ?? '−∞', max: reason.max ?? '∞' },
      };
  }
}

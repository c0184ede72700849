import type { MetricsFileError, UnmatchedReason } from '../formats/metricValues';
import type { Language } from '../model';
import type { Template } from './fileErrorWords';

/**
 * Metric-value imports in each language: why a file or a row was refused, and the CLI's report.
 * The one catalogue of these sentences, read by the CLI and by the app's import preview.
 */
export type MetricsKey =
  | 'metricsArgs'
  | 'metricsMatched'
  | 'metricsUnmatched'
  | 'metricsNothingMatched'
  | 'metricsRowAdds'
  | 'metricsRowReplaces'
  | 'metricsNewMetric'
  | 'metricsFileNotUtf8'
  | 'metricsFileTooLarge'
  | 'metricsFileNotWorkbook'
  | 'metricsFileEmpty'
  | 'metricsFileMissingColumns'
  | 'unmatchedEmptyCell'
  | 'unmatchedNoStage'
  | 'unmatchedNoPersona'
  | 'unmatchedNoTouchpoint'
  | 'unmatchedSeveralTouchpoints'
  | 'unmatchedNoMetric'
  | 'unmatchedNotANumber'
  | 'unmatchedOutOfRange'
  | 'statsMetrics'
  | 'statsOffTarget';

export const METRICS_WORDS: Record<Language, Record<MetricsKey, Template>> = {
  en: {
    metricsArgs:
      'metrics takes a map, a CSV or xlsx file of values and an output map, and optionally --scenario NAME',
    metricsMatched: { one: '{{count}} row matched:', other: '{{count}} rows matched:' },
    metricsUnmatched: { one: '{{count}} row not matched:', other: '{{count}} rows not matched:' },
    metricsNothingMatched: 'no row matched the map: nothing was written',
    metricsRowAdds: 'added',
    metricsRowReplaces: 'replaces the value of that period',
    metricsNewMetric: 'new metric: {{name}}',
    metricsFileNotUtf8: 'The file is not text a spreadsheet saves: save it as "CSV UTF-8".',
    metricsFileTooLarge: 'The file is {{size}} MB; the limit is {{limit}} MB.',
    metricsFileNotWorkbook: 'The file is not an Excel workbook (.xlsx).',
    metricsFileEmpty: 'The file has no rows of values.',
    metricsFileMissingColumns: 'The file has no column {{missing}} (found: {{found}}).',
    unmatchedEmptyCell: 'the {{column}} cell is empty',
    unmatchedNoStage: 'no stage called "{{stage}}"',
    unmatchedNoPersona: 'no persona called "{{persona}}"',
    unmatchedNoTouchpoint: 'no touchpoint called "{{touchpoint}}" in {{stage}}',
    unmatchedSeveralTouchpoints:
      '{{count}} touchpoints called "{{touchpoint}}" in {{stage}}: add the persona',
    unmatchedNoMetric: 'no metric called "{{metric}}"',
    unmatchedNotANumber: '{{column}} "{{text}}" is not a number',
    unmatchedOutOfRange: '{{value}} is outside {{min}}..{{max}}',
    statsMetrics: 'Metrics per stage (latest period)',
    statsOffTarget: 'Off target (worst first)',
  },
  es: {
    metricsArgs:
      'metrics necesita un mapa, un archivo CSV o xlsx de valores y un mapa de salida, y si se quiere --scenario NOMBRE',
    metricsMatched: { one: '{{count}} fila casa con el mapa:', other: '{{count}} filas casan con el mapa:' },
    metricsUnmatched: { one: '{{count}} fila no casa:', other: '{{count}} filas no casan:' },
    metricsNothingMatched: 'ninguna fila casa con el mapa: no se ha escrito nada',
    metricsRowAdds: 'añadido',
    metricsRowReplaces: 'sustituye el valor de ese periodo',
    metricsNewMetric: 'métrica nueva: {{name}}',
    metricsFileNotUtf8: 'El archivo no es texto de una hoja de cálculo: guárdalo como «CSV UTF-8».',
    metricsFileTooLarge: 'El archivo ocupa {{size}} MB; el límite es {{limit}} MB.',
    metricsFileNotWorkbook: 'El archivo no es un libro de Excel (.xlsx).',
    metricsFileEmpty: 'El archivo no tiene filas de valores.',
    metricsFileMissingColumns: 'Al archivo le falta la columna {{missing}} (tiene: {{found}}).',
    unmatchedEmptyCell: 'la celda {{column}} está vacía',
    unmatchedNoStage: 'no hay ninguna etapa llamada «{{stage}}»',
    unmatchedNoPersona: 'no hay ninguna persona llamada «{{persona}}»',
    unmatchedNoTouchpoint: 'no hay ningún punto de contacto llamado «{{touchpoint}}» en {{stage}}',
    unmatchedSeveralTouchpoints:
      'hay {{count}} puntos de contacto llamados «{{touchpoint}}» en {{stage}}: añade la persona',
    unmatchedNoMetric: 'no hay ninguna métrica llamada «{{metric}}»',
    unmatchedNotANumber: '{{column}} «{{text}}» no es un número',
    unmatchedOutOfRange: '{{value}} está fuera de {{min}}..{{max}}',
    statsMetrics: 'Métricas por etapa (último periodo)',
    statsOffTarget: 'Fuera de objetivo (lo peor primero)',
  },
};

type Said = { key: MetricsKey; params: Record<string, string | number> };

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

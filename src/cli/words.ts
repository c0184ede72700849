import type { FileErrorKey, Sentence } from '../formats';
import { FILE_ERROR_WORDS, type Template } from './fileErrorWords';
import type { Language } from '../model';

/** The CLI's words in each language; the app's metrics and research import previews read them too. */
const en = {
  usage: `Usage: trayecto <command> [options]

Commands:
  validate FILE          check a .trayecto, .json, .csv, .png, .html, .xlsx, .mmd or .md file; print a summary or the errors
  convert IN OUT [--per-persona] [--map MAPPING.json]
                         convert between .trayecto/.json, .csv and Mermaid journeys (.mmd, or .md
                         with fenced mermaid blocks), by extension; the CSV is written in the map's
                         language (Spanish maps: Spanish headers, ";"); --per-persona writes one
                         Mermaid diagram per persona (.md only); a .csv or .xlsx table is read
                         with the column mapping --map names (else one proposed from its headers)
  stats FILE [--json] [--scenario NAME]
                         emotion per stage, lowest moments, pain points per stage and channel,
                         for one scenario (default: the first) with every scenario's curve
  export IN OUT.{svg,png,pdf,xlsx,html} [--scenario NAME] [--paper A4|A3|letter|tabloid] [--portrait]
                         [--channels] [--outlines]
                         draw the map of one scenario (default: the first) as a vector SVG, a PNG, a
                         PDF report (default A3 landscape), a web page or an Excel workbook, in the
                         map's language or --lang's; --channels puts channels in the rows, --outlines
                         writes the SVG's text as shapes (for tools without Inter)
  metrics IN VALUES.{csv,xlsx} OUT [--scenario NAME]
                         add metric values (columns stage, touchpoint, persona, metric, value, target,
                         period) to a map, matched by name; prints what matched and what did not
                         (exit 1 if nothing matched); a new period adds to the history

Options:
  --lang en|es           the language of messages (default: from LC_ALL, LC_MESSAGES or LANG)

Exit codes: 0 ok, 1 invalid file, 2 usage error.
`,
  usageError: 'trayecto: {{message}}',
  exportArgs: 'export takes an input and an output file',
  exportNeedsValue: '{{option}} needs a value',
  exportUnknownOption: 'unknown option "{{option}}"',
  exportFormat: 'cannot export to "{{path}}": use {{formats}}',
  exportPaper: '--paper must be {{papers}}',
  exported: 'wrote {{path}}: {{title}}, scenario {{scenario}}',
  validateArgs: 'validate takes one file',
  convertArgs: 'convert takes an input and an output file',
  statsArgs: 'stats takes one file and optionally --json and --scenario NAME',
  cannotReadType: 'cannot read "{{path}}": use .trayecto, .json, .csv, .png, .html, .xlsx, .mmd or .md',
  cannotWriteType: 'cannot write "{{path}}": use .trayecto, .json, .csv, .mmd or .md',
  perPersonaMarkdown: '--per-persona writes several diagrams: the output must be a .md file',
  sameFile: 'the output must be another file than the input',
  unknownCommand: 'unknown command "{{command}}"',
  cannotRead: 'cannot read the file ({{code}})',
  refused: 'invalid: {{path}}: {{message}}',
  valid: 'valid: {{summary}}',
  wrote: 'wrote {{path}}: {{summary}}',
  noScenario: 'no scenario named "{{name}}"; the scenarios are: {{names}}',
  scenarios: { one: '{{count}} scenario', other: '{{count}} scenarios' },
  stages: { one: '{{count}} stage', other: '{{count}} stages' },
  personas: { one: '{{count}} persona', other: '{{count}} personas' },
  touchpoints: { one: '{{count}} touchpoint', other: '{{count}} touchpoints' },
  annotations: { one: '{{count}} annotation', other: '{{count}} annotations' },
  statsScenario: 'Scenario: {{name}}',
  statsAverages: 'Average emotion per stage (-3..+3)',
  statsAllPersonas: 'All personas',
  statsScenarios: 'Scenarios compared (all personas)',
  statsLowest: 'Lowest moments',
  statsNone: 'none',
  statsPainPoints: 'Open pain points by stage and channel',
  statsNoChannel: '(no channel)',
  statsGaps: 'Stages with no touchpoint on a channel',
  statsNotes: 'Notes: {{open}} open, {{resolved}} resolved',
  mapNeedsTable: '--map reads a table: the input must be a .csv or .xlsx file',
  mappingUsed: 'columns read{{sheet}}: {{columns}}; emotion scale {{scale}}',
  mappingLeftOut: '(left out)',
  mappingProposed:
    'the mapping was proposed from the headers; to choose another, write it in a JSON file and pass --map FILE (see the README)',
  statsOwnersPerStage: 'Owners per stage (blueprint items)',
  statsUnowned: 'Touchpoints with no owner behind them',
  statsTopOpportunities: 'Top opportunities (impact ÷ effort, then pain relieved)',
  statsImpactEffort: 'impact {{impact}}, effort {{effort}}',
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
  unmatchedSeveralTouchpoints: '{{count}} touchpoints called "{{touchpoint}}" in {{stage}}: add the persona',
  unmatchedNoMetric: 'no metric called "{{metric}}"',
  unmatchedNotANumber: '{{column}} "{{text}}" is not a number',
  unmatchedOutOfRange: '{{value}} is outside {{min}}..{{max}}',
  statsMetrics: 'Metrics per stage (latest period)',
  statsOffTarget: 'Off target (worst first)',
} satisfies Record<string, Template>;
export type CliKey = keyof typeof en;
export type CliCatalogue = Record<FileErrorKey | CliKey, Template>;

const es: Record<CliKey, Template> = {
  usage: `Uso: trayecto <orden> [opciones]

Órdenes:
  validate ARCHIVO       comprueba un archivo .trayecto, .json, .csv, .png, .html, .xlsx, .mmd o .md; muestra un resumen o los errores
  convert ENTRADA SALIDA [--per-persona] [--map CORRESPONDENCIA.json]
                         convierte entre .trayecto/.json, .csv y diagramas journey de Mermaid (.mmd, o
                         .md con bloques mermaid), según la extensión; el CSV se escribe en el idioma
                         del mapa (mapas en español: encabezados en español, «;»); --per-persona
                         escribe un diagrama de Mermaid por persona (solo .md); una tabla .csv o
                         .xlsx se lee con la correspondencia de columnas de --map (si no, una
                         propuesta a partir de sus encabezados)
  stats ARCHIVO [--json] [--scenario NOMBRE]
                         emoción por etapa, momentos más bajos, puntos de dolor por etapa y canal,
                         de un escenario (por omisión, el primero) con la curva de cada escenario
  export ENTRADA SALIDA.{svg,png,pdf,xlsx,html} [--scenario NOMBRE] [--paper A4|A3|letter|tabloid]
                         [--portrait] [--channels] [--outlines]
                         dibuja el mapa de un escenario (por omisión, el primero) como SVG vectorial,
                         PNG, informe PDF (por omisión A3 apaisado), página web o libro de Excel, en el
                         idioma del mapa o el de --lang; --channels pone los canales en las filas,
                         --outlines escribe el texto del SVG como formas (para programas sin Inter)
  metrics ENTRADA VALORES.{csv,xlsx} SALIDA [--scenario NOMBRE]
                         añade valores de métricas (columnas etapa, punto_de_contacto, persona, métrica,
                         valor, objetivo, periodo) a un mapa, casados por nombre; muestra qué casa y qué
                         no (sale con 1 si no casa nada); un periodo nuevo se suma al historial

Opciones:
  --lang en|es           el idioma de los mensajes (por omisión, el de LC_ALL, LC_MESSAGES o LANG)

Códigos de salida: 0 correcto, 1 archivo no válido, 2 error de uso.
`,
  usageError: 'trayecto: {{message}}',
  exportArgs: 'export necesita un archivo de entrada y otro de salida',
  exportNeedsValue: '{{option}} necesita un valor',
  exportUnknownOption: 'opción desconocida «{{option}}»',
  exportFormat: 'no se puede exportar a «{{path}}»: usa {{formats}}',
  exportPaper: '--paper debe ser {{papers}}',
  exported: 'escrito {{path}}: {{title}}, escenario {{scenario}}',
  validateArgs: 'validate necesita un archivo',
  convertArgs: 'convert necesita un archivo de entrada y otro de salida',
  statsArgs: 'stats necesita un archivo y, si se quiere, --json y --scenario NOMBRE',
  cannotReadType: 'no se puede leer «{{path}}»: use .trayecto, .json, .csv, .png, .html, .xlsx, .mmd o .md',
  cannotWriteType: 'no se puede escribir «{{path}}»: use .trayecto, .json, .csv, .mmd o .md',
  perPersonaMarkdown: '--per-persona escribe varios diagramas: la salida debe ser un archivo .md',
  sameFile: 'la salida debe ser un archivo distinto de la entrada',
  unknownCommand: 'orden desconocida «{{command}}»',
  cannotRead: 'no se puede leer el archivo ({{code}})',
  refused: 'no válido: {{path}}: {{message}}',
  valid: 'válido: {{summary}}',
  wrote: 'escrito {{path}}: {{summary}}',
  noScenario: 'no hay ningún escenario llamado «{{name}}»; los escenarios son: {{names}}',
  scenarios: { one: '{{count}} escenario', other: '{{count}} escenarios' },
  stages: { one: '{{count}} etapa', other: '{{count}} etapas' },
  personas: { one: '{{count}} persona', other: '{{count}} personas' },
  touchpoints: { one: '{{count}} punto de contacto', other: '{{count}} puntos de contacto' },
  annotations: { one: '{{count}} nota', other: '{{count}} notas' },
  statsScenario: 'Escenario: {{name}}',
  statsAverages: 'Emoción media por etapa (-3..+3)',
  statsAllPersonas: 'Todas las personas',
  statsScenarios: 'Escenarios comparados (todas las personas)',
  statsLowest: 'Momentos más bajos',
  statsNone: 'ninguno',
  statsPainPoints: 'Puntos de dolor abiertos por etapa y canal',
  statsNoChannel: '(sin canal)',
  statsGaps: 'Etapas sin ningún punto de contacto en un canal',
  statsNotes: 'Notas abiertas: {{open}}; resueltas: {{resolved}}',
  mapNeedsTable: '--map lee una tabla: la entrada debe ser un archivo .csv o .xlsx',
  mappingUsed: 'columnas leídas{{sheet}}: {{columns}}; escala de emoción {{scale}}',
  mappingLeftOut: '(fuera)',
  mappingProposed:
    'la correspondencia se ha propuesto a partir de los encabezados; para elegir otra, escríbala en un archivo JSON y pase --map ARCHIVO (véase el README)',
  statsOwnersPerStage: 'Responsables por etapa (elementos del blueprint)',
  statsUnowned: 'Puntos de contacto sin ningún responsable detrás',
  statsTopOpportunities: 'Mejores oportunidades (impacto ÷ esfuerzo y luego dolor que alivian)',
  statsImpactEffort: 'impacto {{impact}}, esfuerzo {{effort}}',
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
};

const CATALOGUES: Record<Language, CliCatalogue> = {
  en: { ...FILE_ERROR_WORDS.en, ...en },
  es: { ...FILE_ERROR_WORDS.es, ...es },
};

/** One sentence in the CLI's language; `count` picks the plural form by the language's rules. */
export function words(language: Language, key: keyof CliCatalogue, params: Sentence['params'] = {}): string {
  const template = CATALOGUES[language][key];
  const form =
    typeof template === 'string'
      ? template
      : template[new Intl.PluralRules(language).select(Number(params.count)) === 'one' ? 'one' : 'other'];
  return form.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = params[name];
    return typeof value === 'number' ? value.toLocaleString(language) : (value ?? '');
  });
}

/** The CLI's language: `--lang`, else the POSIX locale variables (es_ES.UTF-8 → Spanish), else English. */
export function cliLanguage(option: string | undefined, env: Record<string, string | undefined>): Language {
  const locale = option ?? (env.LC_ALL || env.LC_MESSAGES || env.LANG || '');
  return /^es([_.@-]|$)/i.test(locale) ? 'es' : 'en';
}

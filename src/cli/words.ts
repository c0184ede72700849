import type { FileErrorKey, Sentence } from '../formats';
import type { Language } from '../model';

/** A sentence with `{{name}}` holes; plural sentences have a form per plural category of `count`. */
type Template = string | { one: string; other: string };

type CliKey =
  | 'usage'
  | 'usageError'
  | 'validateArgs'
  | 'convertArgs'
  | 'statsArgs'
  | 'cannotReadType'
  | 'cannotWriteType'
  | 'perPersonaMarkdown'
  | 'sameFile'
  | 'unknownCommand'
  | 'cannotRead'
  | 'refused'
  | 'valid'
  | 'wrote'
  | 'noScenario'
  | 'scenarios'
  | 'stages'
  | 'personas'
  | 'touchpoints'
  | 'annotations';

export type CliCatalogue = Record<FileErrorKey | CliKey, Template>;

const en: CliCatalogue = {
  usage: `Usage: trayecto <command> [options]

Commands:
  validate FILE          check a .trayecto, .json, .csv, .png, .mmd or .md file; print a summary or the errors
  convert IN OUT [--per-persona]
                         convert between .trayecto/.json, .csv and Mermaid journeys (.mmd, or .md
                         with fenced mermaid blocks), by extension; the CSV is written in the map's
                         language (Spanish maps: Spanish headers, ";"); --per-persona writes one
                         Mermaid diagram per persona (.md only)
  stats FILE [--json] [--scenario NAME]
                         emotion per stage, lowest moments, pain points per stage and channel,
                         for one scenario (default: the first) with every scenario's curve

Options:
  --lang en|es           the language of messages (default: from LC_ALL, LC_MESSAGES or LANG)

Exit codes: 0 ok, 1 invalid file, 2 usage error.
`,
  usageError: 'trayecto: {{message}}',
  validateArgs: 'validate takes one file',
  convertArgs: 'convert takes an input and an output file',
  statsArgs: 'stats takes one file and optionally --json and --scenario NAME',
  cannotReadType: 'cannot read "{{path}}": use .trayecto, .json, .csv, .png, .mmd or .md',
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

  tooLarge: 'The file is {{size}} MB; the limit is {{limit}} MB. It was not opened.',
  notText: 'The file is not UTF-8 text: it is not a Trayecto map.',
  notJson: 'The file is not valid JSON: unexpected "{{found}}" at line {{line}}, column {{column}}.',
  notJsonAtEnd: 'The file is not valid JSON: it ends too soon (line {{line}}, column {{column}}).',
  tooDeep:
    'The file is nested too deeply: more than {{limit}} levels at line {{line}}, column {{column}}. It is not a Trayecto map.',
  notTrayecto: 'This is JSON, but not a Trayecto map (no "format": "trayecto").',
  versionTooNew: 'Made by a newer Trayecto (format v{{version}}); this version reads up to v{{supported}}.',
  invalid: { one: 'The map has an error:', other: 'The map has {{count}} errors:' },
  problem: '{{path}}: {{message}}',
  migrationFailed: 'Could not upgrade the file from format v{{from}}: {{detail}}',
  notPng: 'The file is not a valid PNG image.',
  pngWithoutDocument: 'This PNG has no Trayecto map inside. Only PNGs exported by Trayecto can be opened.',
  unknownType: 'Cannot open "{{name}}": Trayecto opens .trayecto, .json, .csv, .png, .mmd and .md files.',
  csvEmpty: 'The CSV has no data rows.',
  csvNotUtf8:
    'The CSV is not in an encoding Trayecto can read. In Excel, save it as "CSV UTF-8 (Comma delimited)" and open it again.',
  csvMissingColumns: {
    one: 'A required column is missing: {{missing}}. Found: {{found}}.',
    other: 'Required columns are missing: {{missing}}. Found: {{found}}.',
  },
  csvDuplicateColumns:
    'These columns say the same thing, so it is unclear which to read: {{columns}}. Keep one of them.',
  csvBadRows: { one: '{{count}} row has an error:', other: '{{count}} rows have errors:' },
  rowEmptyFields: 'line {{line}}: empty {{columns}}',
  rowFieldCount:
    'line {{line}}: expected {{expected}} fields, found {{found}} (check the delimiter and quotes)',
  rowUnclosedQuote: 'line {{line}}: a quoted field is never closed',
  rowBadEmotion:
    'line {{line}}: {{column}} "{{value}}" is not positive, neutral, negative or a score from -3 to 3',
  rowBadScore: 'line {{line}}: {{column}} "{{value}}" is not a whole number from -3 to 3',
  rowEmotionMismatch: 'line {{line}}: {{column}} "{{value}}" does not match score {{score}}',
  rowBadMomentOfTruth: 'line {{line}}: {{column}} "{{value}}" is not yes or no',
  rowTooLong: 'line {{line}}: {{column}} is longer than {{limit}} characters',
  rowTooManyScenarios: 'line {{line}}: more than {{limit}} scenarios in one map',
  rowTooManyStages: 'line {{line}}: more than {{limit}} stages in one map',
  rowTooManyPersonas: 'line {{line}}: more than {{limit}} personas in one map',
  rowTooManyChannels: 'line {{line}}: more than {{limit}} channels in one map',
  rowTooManyTouchpoints: 'line {{line}}: more than {{limit}} touchpoints in one map',
  rowTooManyNotes: 'line {{line}}: more than {{limit}} notes in one map',
  more: '… and {{count}} more',
  mermaidNotJourney:
    'This is not a Mermaid journey diagram: it starts with "{{found}}" instead of "journey".',
  mermaidNoJourneyBlock: 'The Markdown file has no ```mermaid block with a journey diagram.',
  mermaidSyntax:
    'Mermaid cannot read line {{line}}: "{{found}}" is not a title, section or task (a task is "Task name: 1-5: Actor, Actor").',
  mermaidScoreUsed:
    'line {{line}}: score "{{value}}" is not a whole number from 1 to 5; imported as {{used}}',
};

const es: CliCatalogue = {
  usage: `Uso: trayecto <orden> [opciones]

Órdenes:
  validate ARCHIVO       comprueba un archivo .trayecto, .json, .csv, .png, .mmd o .md; muestra un resumen o los errores
  convert ENTRADA SALIDA [--per-persona]
                         convierte entre .trayecto/.json, .csv y diagramas journey de Mermaid (.mmd, o
                         .md con bloques mermaid), según la extensión; el CSV se escribe en el idioma
                         del mapa (mapas en español: encabezados en español, «;»); --per-persona
                         escribe un diagrama de Mermaid por persona (solo .md)
  stats ARCHIVO [--json] [--scenario NOMBRE]
                         emoción por etapa, momentos más bajos, puntos de dolor por etapa y canal,
                         de un escenario (por omisión, el primero) con la curva de cada escenario

Opciones:
  --lang en|es           el idioma de los mensajes (por omisión, el de LC_ALL, LC_MESSAGES o LANG)

Códigos de salida: 0 correcto, 1 archivo no válido, 2 error de uso.
`,
  usageError: 'trayecto: {{message}}',
  validateArgs: 'validate necesita un archivo',
  convertArgs: 'convert necesita un archivo de entrada y otro de salida',
  statsArgs: 'stats necesita un archivo y, si se quiere, --json y --scenario NOMBRE',
  cannotReadType: 'no se puede leer «{{path}}»: use .trayecto, .json, .csv, .png, .mmd o .md',
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

  tooLarge: 'El archivo ocupa {{size}} MB; el máximo es {{limit}} MB. No se ha abierto.',
  notText: 'El archivo no es texto UTF-8: no es un mapa de Trayecto.',
  notJson: 'El archivo no es JSON válido: «{{found}}» inesperado en la línea {{line}}, columna {{column}}.',
  notJsonAtEnd: 'El archivo no es JSON válido: termina antes de tiempo (línea {{line}}, columna {{column}}).',
  tooDeep:
    'El archivo anida demasiado: más de {{limit}} niveles en la línea {{line}}, columna {{column}}. No es un mapa de Trayecto.',
  notTrayecto: 'Es JSON, pero no un mapa de Trayecto (falta "format": "trayecto").',
  versionTooNew:
    'Creado con un Trayecto más reciente (formato v{{version}}); esta versión lee hasta la v{{supported}}.',
  invalid: { one: 'El mapa tiene un error:', other: 'El mapa tiene {{count}} errores:' },
  problem: '{{path}}: {{message}}',
  migrationFailed: 'No se pudo actualizar el archivo desde el formato v{{from}}: {{detail}}',
  notPng: 'El archivo no es una imagen PNG válida.',
  pngWithoutDocument:
    'Este PNG no contiene un mapa de Trayecto. Solo se pueden abrir los PNG exportados por Trayecto.',
  unknownType:
    'No se puede abrir «{{name}}»: Trayecto abre archivos .trayecto, .json, .csv, .png, .mmd y .md.',
  csvEmpty: 'El CSV no tiene filas de datos.',
  csvNotUtf8:
    'El CSV no está en una codificación que Trayecto sepa leer. En Excel, guárdelo como «CSV UTF-8 (delimitado por comas)» y vuelva a abrirlo.',
  csvMissingColumns: {
    one: 'Falta una columna obligatoria: {{missing}}. Encontradas: {{found}}.',
    other: 'Faltan columnas obligatorias: {{missing}}. Encontradas: {{found}}.',
  },
  csvDuplicateColumns:
    'Estas columnas dicen lo mismo y no se sabe cuál leer: {{columns}}. Deje solo una de ellas.',
  csvBadRows: { one: '{{count}} fila tiene un error:', other: '{{count}} filas tienen errores:' },
  rowEmptyFields: 'línea {{line}}: {{columns}} vacío',
  rowFieldCount:
    'línea {{line}}: se esperaban {{expected}} campos y hay {{found}} (revise el separador y las comillas)',
  rowUnclosedQuote: 'línea {{line}}: un campo entre comillas no se cierra',
  rowBadEmotion:
    'línea {{line}}: {{column}} «{{value}}» no es positiva, neutral, negativa ni una puntuación de -3 a 3',
  rowBadScore: 'línea {{line}}: {{column}} «{{value}}» no es un número entero de -3 a 3',
  rowEmotionMismatch: 'línea {{line}}: {{column}} «{{value}}» no concuerda con la puntuación {{score}}',
  rowBadMomentOfTruth: 'línea {{line}}: {{column}} «{{value}}» no es sí ni no',
  rowTooLong: 'línea {{line}}: {{column}} tiene más de {{limit}} caracteres',
  rowTooManyScenarios: 'línea {{line}}: más de {{limit}} escenarios en un mapa',
  rowTooManyStages: 'línea {{line}}: más de {{limit}} etapas en un mapa',
  rowTooManyPersonas: 'línea {{line}}: más de {{limit}} personas en un mapa',
  rowTooManyChannels: 'línea {{line}}: más de {{limit}} canales en un mapa',
  rowTooManyTouchpoints: 'línea {{line}}: más de {{limit}} puntos de contacto en un mapa',
  rowTooManyNotes: 'línea {{line}}: más de {{limit}} notas en un mapa',
  more: '… y {{count}} más',
  mermaidNotJourney: 'No es un diagrama journey de Mermaid: empieza por «{{found}}» en lugar de «journey».',
  mermaidNoJourneyBlock: 'El archivo Markdown no tiene ningún bloque ```mermaid con un diagrama journey.',
  mermaidSyntax:
    'Mermaid no puede leer la línea {{line}}: «{{found}}» no es un título, una sección ni una tarea (una tarea es «Nombre: 1-5: Actor, Actor»).',
  mermaidScoreUsed:
    'línea {{line}}: la puntuación «{{value}}» no es un número entero de 1 a 5; importada como {{used}}',
};

const CATALOGUES: Record<Language, CliCatalogue> = { en, es };

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

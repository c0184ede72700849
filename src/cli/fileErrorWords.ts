import type { FileErrorKey } from '../formats';
import type { Language } from '../model';

/** A sentence with `{{name}}` holes; plural sentences have a form per plural category of `count`. */
export type Template = string | { one: string; other: string };

/**
 * Why a file could not be opened, in each language: the one catalogue of these sentences, read
 * by the CLI and, turned into i18next keys, by the app (renderer/i18n).
 */
export const FILE_ERROR_WORDS: Record<Language, Record<FileErrorKey, Template>> = {
  en: {
    tooLarge: 'The file is {{size}} MB; the limit is {{limit}} MB. It was not opened.',
    notText: 'The file is not UTF-8 text: it is not a Trayecto map.',
    notJson: 'The file is not valid JSON: unexpected "{{found}}" at line {{line}}, column {{column}}.',
    notJsonAtEnd: 'The file is not valid JSON: it ends too soon (line {{line}}, column {{column}}).',
    tooDeep:
      'The file is nested too deeply: more than {{limit}} levels at line {{line}}, column {{column}}. It is not a Trayecto map.',
    notTrayecto: 'This is JSON, but not a Trayecto map (no "format": "trayecto").',
    versionTooNew: 'Made by a newer Trayecto (format v{{version}}); this version reads up to v{{supported}}.',
    invalid: { one: 'The map has an error:', other: 'The map has {{count}} errors:' },
    problemExpectedText: '{{path}}: must be text',
    problemExpectedNumber: '{{path}}: must be a number',
    problemExpectedWholeNumber: '{{path}}: must be a whole number',
    problemExpectedList: '{{path}}: must be a list',
    problemExpectedObject: '{{path}}: must be an object',
    problemExpectedBoolean: '{{path}}: must be true or false',
    problemNotValid: '{{path}}: is not a valid value',
    problemTooLong: '{{path}}: is longer than {{limit}} characters',
    problemTooMany: '{{path}}: has more than {{limit}} items',
    problemTooFew: {
      one: '{{path}}: needs at least {{count}} item',
      other: '{{path}}: needs at least {{count}} items',
    },
    problemTooHigh: '{{path}}: must be {{limit}} or less',
    problemTooLow: '{{path}}: must be {{limit}} or more',
    problemEmpty: '{{path}}: must not be empty',
    problemNotColour: '{{path}}: must be a colour like #1f6feb',
    problemNotTimestamp: '{{path}}: must be a date and time like 2026-03-01T09:00:00.000Z',
    problemNulCharacter: '{{path}}: a NUL character is not allowed',
    problemNotOneOf: '{{path}}: must be one of {{options}}',
    problemDuplicateId: '{{path}}: duplicate id "{{id}}" (also used at {{first}})',
    problemNoSuchScenario: '{{path}}: no scenario with id "{{id}}"',
    problemNoSuchStage: '{{path}}: no stage with id "{{id}}"',
    problemNoSuchPersona: '{{path}}: no persona with id "{{id}}"',
    problemNoSuchChannel: '{{path}}: no channel with id "{{id}}"',
    problemNoSuchTouchpoint: '{{path}}: no touchpoint with id "{{id}}"',
    problemNoSuchMetric: '{{path}}: no metric with id "{{id}}"',
    problemNoSuchJourney: '{{path}}: not this journey\'s id ("{{id}}")',
    problemNoSuchOwner: '{{path}}: no owner with id "{{id}}"',
    problemNoSuchBlueprintLayer: '{{path}}: no blueprint layer with id "{{id}}"',
    problemNoSuchOpportunity: '{{path}}: no opportunity with id "{{id}}"',
    problemOrdersNotDense:
      '{{path}}: in scenario "{{scenario}}", persona "{{persona}}", stage "{{stage}}" the touchpoints are numbered {{orders}}, not 0, 1, 2…',
    migrationFailed: 'Could not upgrade the file from format v{{from}}: {{detail}}',
    notPng: 'The file is not a valid PNG image.',
    pngWithoutDocument: 'This PNG has no Trayecto map inside. Only PNGs exported by Trayecto can be opened.',
    webPageWithoutDocument:
      'This web page has no Trayecto map inside. Only web pages exported by Trayecto can be opened.',
    notWorkbook: 'The file is not a valid Excel workbook (.xlsx).',
    noSuchSheet: 'The workbook has no sheet named "{{sheet}}". Its sheets: {{found}}.',
    unknownType:
      'Cannot open "{{name}}": Trayecto opens .trayecto, .json, .csv, .png, .html, .xlsx, .mmd and .md files.',
    csvEmpty: 'The table has no data rows.',
    csvNotUtf8:
      'The CSV is not in an encoding Trayecto can read. In Excel, save it as "CSV UTF-8 (Comma delimited)" and open it again.',
    csvMissingColumns: {
      one: 'A required column is missing: {{missing}}. Found: {{found}}.',
      other: 'Required columns are missing: {{missing}}. Found: {{found}}.',
    },
    csvDuplicateColumns:
      'These columns say the same thing, so it is unclear which to read: {{columns}}. Keep one of them.',
    csvBadRows: { one: '{{count}} row has an error:', other: '{{count}} rows have errors:' },
    rowEmptyFields: 'line {{line}}: {{columns}} is empty',
    rowFieldCount:
      'line {{line}}: expected {{expected}} fields, found {{found}} (check the delimiter and quotes)',
    rowUnclosedQuote: 'line {{line}}: a quoted field is never closed',
    rowBadEmotion:
      'line {{line}}: {{column}} "{{value}}" is not positive, neutral, negative or a score from -3 to 3',
    rowBadScore: 'line {{line}}: {{column}} "{{value}}" is not a whole number from -3 to 3',
    rowOffScale: 'line {{line}}: {{column}} "{{value}}" is not on the emotion scale {{scale}}',
    rowEmotionMismatch: 'line {{line}}: {{column}} "{{value}}" does not match score {{score}}',
    rowBadMomentOfTruth: 'line {{line}}: {{column}} "{{value}}" is not yes or no',
    rowBadLayer: 'line {{line}}: {{column}} "{{value}}" is not frontstage, backstage or support',
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
    mappingNotJson: 'The column mapping file is not valid JSON.',
    mappingInvalid: 'The column mapping file is not valid at "{{path}}": use {{options}}.',
    mappingUnknownColumn:
      'The column mapping names a column "{{column}}" the table does not have. Its columns: {{found}}.',
  },
  es: {
    tooLarge: 'El archivo ocupa {{size}} MB; el máximo es {{limit}} MB. No se ha abierto.',
    notText: 'El archivo no es texto UTF-8: no es un mapa de Trayecto.',
    notJson:
      'El archivo no es JSON válido: no se esperaba «{{found}}» en la línea {{line}}, columna {{column}}.',
    notJsonAtEnd:
      'El archivo no es JSON válido: termina antes de tiempo (línea {{line}}, columna {{column}}).',
    tooDeep:
      'El archivo anida demasiado: más de {{limit}} niveles en la línea {{line}}, columna {{column}}. No es un mapa de Trayecto.',
    notTrayecto: 'Es JSON, pero no un mapa de Trayecto (falta "format": "trayecto").',
    versionTooNew:
      'Creado con un Trayecto más reciente (formato v{{version}}); esta versión lee hasta la v{{supported}}.',
    invalid: { one: 'El mapa tiene un error:', other: 'El mapa tiene {{count}} errores:' },
    problemExpectedText: '{{path}}: debe ser un texto',
    problemExpectedNumber: '{{path}}: debe ser un número',
    problemExpectedWholeNumber: '{{path}}: debe ser un número entero',
    problemExpectedList: '{{path}}: debe ser una lista',
    problemExpectedObject: '{{path}}: debe ser un objeto',
    problemExpectedBoolean: '{{path}}: debe ser true o false',
    problemNotValid: '{{path}}: no es un valor válido',
    problemTooLong: '{{path}}: tiene más de {{limit}} caracteres',
    problemTooMany: '{{path}}: tiene más de {{limit}} elementos',
    problemTooFew: {
      one: '{{path}}: necesita al menos {{count}} elemento',
      other: '{{path}}: necesita al menos {{count}} elementos',
    },
    problemTooHigh: '{{path}}: debe ser {{limit}} o menos',
    problemTooLow: '{{path}}: debe ser {{limit}} o más',
    problemEmpty: '{{path}}: no puede estar vacío',
    problemNotColour: '{{path}}: debe ser un color como #1f6feb',
    problemNotTimestamp: '{{path}}: debe ser una fecha y hora como 2026-03-01T09:00:00.000Z',
    problemNulCharacter: '{{path}}: no se admite el carácter NUL',
    problemNotOneOf: '{{path}}: debe ser uno de {{options}}',
    problemDuplicateId: '{{path}}: id «{{id}}» repetido (también en {{first}})',
    problemNoSuchScenario: '{{path}}: no hay ningún escenario con el id «{{id}}»',
    problemNoSuchStage: '{{path}}: no hay ninguna etapa con el id «{{id}}»',
    problemNoSuchPersona: '{{path}}: no hay ninguna persona con el id «{{id}}»',
    problemNoSuchChannel: '{{path}}: no hay ningún canal con el id «{{id}}»',
    problemNoSuchTouchpoint: '{{path}}: no hay ningún punto de contacto con el id «{{id}}»',
    problemNoSuchMetric: '{{path}}: no hay ninguna métrica con el id «{{id}}»',
    problemNoSuchJourney: '{{path}}: no es el id de este trayecto («{{id}}»)',
    problemNoSuchOwner: '{{path}}: no hay ningún responsable con el id «{{id}}»',
    problemNoSuchBlueprintLayer: '{{path}}: no hay ninguna capa del blueprint con el id «{{id}}»',
    problemNoSuchOpportunity: '{{path}}: no hay ninguna oportunidad con el id «{{id}}»',
    problemOrdersNotDense:
      '{{path}}: en el escenario «{{scenario}}», persona «{{persona}}», etapa «{{stage}}» los puntos de contacto están numerados {{orders}}, no 0, 1, 2…',
    migrationFailed: 'No se pudo actualizar el archivo desde el formato v{{from}}: {{detail}}',
    notPng: 'El archivo no es una imagen PNG válida.',
    pngWithoutDocument:
      'Este PNG no contiene un mapa de Trayecto. Solo se pueden abrir los PNG exportados por Trayecto.',
    webPageWithoutDocument:
      'Esta página web no contiene un mapa de Trayecto. Solo se pueden abrir las páginas web exportadas por Trayecto.',
    notWorkbook: 'El archivo no es un libro de Excel (.xlsx) válido.',
    noSuchSheet: 'El libro no tiene ninguna hoja llamada «{{sheet}}». Sus hojas: {{found}}.',
    unknownType:
      'No se puede abrir «{{name}}»: Trayecto abre archivos .trayecto, .json, .csv, .png, .html, .xlsx, .mmd y .md.',
    csvEmpty: 'La tabla no tiene filas de datos.',
    csvNotUtf8:
      'El CSV no está en una codificación que Trayecto sepa leer. En Excel, guárdalo como «CSV UTF-8 (delimitado por comas)» y vuelve a abrirlo.',
    csvMissingColumns: {
      one: 'Falta una columna obligatoria: {{missing}}. Encontradas: {{found}}.',
      other: 'Faltan columnas obligatorias: {{missing}}. Encontradas: {{found}}.',
    },
    csvDuplicateColumns:
      'Estas columnas dicen lo mismo y no se sabe cuál leer: {{columns}}. Deja solo una de ellas.',
    csvBadRows: { one: '{{count}} fila tiene un error:', other: '{{count}} filas tienen errores:' },
    rowEmptyFields: 'línea {{line}}: {{columns}} está vacío',
    rowFieldCount:
      'línea {{line}}: se esperaban {{expected}} campos y hay {{found}} (revisa el separador y las comillas)',
    rowUnclosedQuote: 'línea {{line}}: un campo entre comillas no se cierra',
    rowBadEmotion:
      'línea {{line}}: {{column}} «{{value}}» no es positiva, neutral, negativa ni una puntuación de -3 a 3',
    rowBadScore: 'línea {{line}}: {{column}} «{{value}}» no es un número entero de -3 a 3',
    rowOffScale: 'línea {{line}}: {{column}} «{{value}}» no está en la escala de emoción {{scale}}',
    rowEmotionMismatch: 'línea {{line}}: {{column}} «{{value}}» no concuerda con la puntuación {{score}}',
    rowBadMomentOfTruth: 'línea {{line}}: {{column}} «{{value}}» no es sí ni no',
    rowBadLayer: 'línea {{line}}: {{column}} «{{value}}» no es visible, interno ni soporte',
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
    mappingNotJson: 'El archivo de correspondencia de columnas no es JSON válido.',
    mappingInvalid: 'El archivo de correspondencia de columnas no es válido en «{{path}}»: use {{options}}.',
    mappingUnknownColumn:
      'La correspondencia nombra una columna «{{column}}» que la tabla no tiene. Sus columnas: {{found}}.',
  },
};

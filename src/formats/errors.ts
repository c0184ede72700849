export interface Problem {
  /** JSON path of the fault, e.g. `journey.touchpoints[12].stageId`. */
  path: string;
  message: string;
}

/** Why a file could not be opened: a closed list, so every case gets a message. */
export type ImportError =
  | { kind: 'tooLarge'; bytes: number; limit: number }
  | { kind: 'notText' }
  | { kind: 'notJson'; line: number; column: number; detail: string }
  | { kind: 'notTrayecto' }
  | { kind: 'versionTooNew'; version: number; supported: number }
  | { kind: 'invalid'; problems: Problem[] }
  | { kind: 'migrationFailed'; from: number; detail: string }
  | { kind: 'notPng' }
  | { kind: 'pngWithoutDocument' }
  | { kind: 'unknownType'; name: string };

const MB = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
const MAX_LISTED = 8;

function listProblems(problems: Problem[]): string {
  const shown = problems.slice(0, MAX_LISTED).map((p) => `${p.path}: ${p.message}`);
  const more = problems.length - shown.length;
  return shown.join('\n') + (more > 0 ? `\n… +${more}` : '');
}

/** The message a person reads, in English or Spanish. */
export function importErrorMessage(error: ImportError, language: 'en' | 'es' = 'en'): string {
  const es = language === 'es';
  switch (error.kind) {
    case 'tooLarge':
      return es
        ? `El archivo ocupa ${MB(error.bytes)}; el máximo es ${MB(error.limit)}. No se ha abierto.`
        : `The file is ${MB(error.bytes)}; the limit is ${MB(error.limit)}. It was not opened.`;
    case 'notText':
      return es
        ? 'El archivo no es texto UTF-8: no es un mapa de Trayecto.'
        : 'The file is not UTF-8 text: it is not a Trayecto map.';
    case 'notJson':
      return es
        ? `El archivo no es JSON válido (línea ${error.line}, columna ${error.column}): ${error.detail}`
        : `The file is not valid JSON (line ${error.line}, column ${error.column}): ${error.detail}`;
    case 'notTrayecto':
      return es
        ? 'Es JSON, pero no un mapa de Trayecto (falta "format": "trayecto").'
        : 'This is JSON, but not a Trayecto map (no "format": "trayecto").';
    case 'versionTooNew':
      return es
        ? `Creado con un Trayecto más reciente (formato v${error.version}); esta versión lee hasta la v${error.supported}.`
        : `Made by a newer Trayecto (format v${error.version}); this version reads up to v${error.supported}.`;
    case 'invalid':
      return (es ? 'El mapa tiene errores:\n' : 'The map has errors:\n') + listProblems(error.problems);
    case 'migrationFailed':
      return es
        ? `No se pudo actualizar el archivo desde el formato v${error.from}: ${error.detail}`
        : `Could not upgrade the file from format v${error.from}: ${error.detail}`;
    case 'notPng':
      return es ? 'El archivo no es una imagen PNG válida.' : 'The file is not a valid PNG image.';
    case 'pngWithoutDocument':
      return es
        ? 'Este PNG no contiene un mapa de Trayecto. Solo se pueden abrir los PNG exportados por Trayecto.'
        : 'This PNG has no Trayecto map inside. Only PNGs exported by Trayecto can be opened.';
    case 'unknownType':
      return es
        ? `No se puede abrir «${error.name}»: Trayecto abre archivos .trayecto, .json, .csv y .png.`
        : `Cannot open "${error.name}": Trayecto opens .trayecto, .json, .csv and .png files.`;
  }
}

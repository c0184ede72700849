import { z } from 'zod';
import { CSV_COLUMNS, CSV_HEADERS, isMetricColumnHeader } from './csv';
import { proposeEmotionScale, EMOTION_SCALES, type EmotionScale } from './emotionScale';
import { headerKey, headerMatcher } from './headerMatch';
import { fail, ok, type Result } from './result';

/** What a spreadsheet column can become: the CSV's columns, and the touchpoint's doing/thinking/feeling. */
export const SHEET_FIELDS = [...CSV_COLUMNS, 'doing', 'thinking', 'feeling'] as const;
export type SheetField = (typeof SHEET_FIELDS)[number];

/** The fields every row needs, so that a touchpoint has a place. */
export const REQUIRED_FIELDS = ['stage', 'persona', 'touchpoint'] as const satisfies readonly SheetField[];

/** Header names each field goes by, in English and Spanish (compared without case, accents or units). */
const FIELD_NAMES: Record<SheetField, readonly string[]> = {
  stage: ['stage', 'etapa', 'phase', 'fase', 'step', 'paso'],
  persona: [
    'persona',
    'customer',
    'client',
    'user',
    'actor',
    'segment',
    'cliente',
    'usuario',
    'segmento',
    'perfil',
  ],
  touchpoint: [
    'touchpoint',
    'touch point',
    'punto de contacto',
    'title',
    'título',
    'moment',
    'momento',
    'interaction',
    'interacción',
    'task',
    'tarea',
  ],
  description: ['description', 'descripción', 'details', 'detalle', 'detalles'],
  channels: ['channels', 'channel', 'canales', 'canal', 'medio', 'medios'],
  emotion: [
    'emotion',
    'emoción',
    'satisfaction',
    'satisfacción',
    'sentiment',
    'sentimiento',
    'mood',
    'ánimo',
    'estado de ánimo',
    'rating',
    'valoración',
    'csat',
  ],
  score: ['score', 'puntuación'],
  pain_points: [
    'pain points',
    'pain point',
    'pains',
    'problems',
    'issues',
    'puntos de dolor',
    'dolor',
    'problemas',
  ],
  opportunities: ['opportunities', 'opportunity', 'improvements', 'oportunidades', 'oportunidad', 'mejoras'],
  moment_of_truth: ['moment of truth', 'key moment', 'momento de la verdad', 'momento clave'],
  scenario: ['scenario', 'escenario'],
  stage_order: ['stage order', 'orden etapa', 'orden de etapa'],
  persona_order: ['persona order', 'orden persona', 'orden de persona'],
  layer: ['layer', 'blueprint layer', 'capa', 'capa del blueprint'],
  owner: ['owner', 'department', 'team', 'responsable', 'departamento', 'equipo', 'área'],
  doing: ['doing', 'does', 'actions', 'haciendo', 'hace', 'qué hace', 'acciones'],
  thinking: ['thinking', 'thinks', 'thoughts', 'pensando', 'piensa', 'qué piensa', 'pensamientos'],
  feeling: ['feeling', 'feels', 'sintiendo', 'siente', 'qué siente'],
};

/** The field a header names (`Fase`, `Punto de contacto`, `Satisfacción (1-10)`…), if it names one. */
export const fieldOfHeader = headerMatcher(FIELD_NAMES);

/** True when every header is one Trayecto's own CSV writes (in either language): nothing to ask. */
export function isTrayectoCsvHeader(header: readonly string[]): boolean {
  const own = new Set(Object.values(CSV_HEADERS).flatMap((h) => Object.values(h).map(headerKey)));
  return header.length > 0 && header.every((h) => own.has(headerKey(h)) || isMetricColumnHeader(h));
}

/** Which field each column of a table becomes (null: left out), and how its emotion is read. */
export interface ColumnMapping {
  fields: (SheetField | null)[];
  emotionScale: EmotionScale;
  /** For a workbook: the sheet the table is read from (else the first visible one). */
  sheet?: string;
}

/** The values of one column, from rows of cells. */
const columnValues = (rows: readonly (readonly string[])[], index: number) =>
  index < 0 ? [] : rows.map((r) => r[index] ?? '');

/** The scale proposed for whichever column a mapping reads emotions from. */
export function proposeScaleFor(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  fields: readonly (SheetField | null)[],
): EmotionScale {
  const at = fields.indexOf('emotion');
  return proposeEmotionScale(columnValues(rows, at), header[at] ?? '');
}

/**
 * The mapping proposed by header names. Two columns naming one field (`stage` and `etapa`) both
 * get it: which is meant is unknowable, so the import refuses it until one is changed.
 */
export function proposeMapping(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): ColumnMapping {
  const fields = header.map((h) => fieldOfHeader(h) ?? null);
  return { fields, emotionScale: proposeScaleFor(header, rows, fields) };
}

/** A mapping for a header row: the one remembered for it, if any (pasted rows ask for one). */
export type MappingFor = (header: string[], rows: string[][]) => ColumnMapping | undefined;

/** The required fields no column is mapped to. */
export const missingFields = (mapping: ColumnMapping) =>
  REQUIRED_FIELDS.filter((f) => !mapping.fields.includes(f));
/** Fields more than one column is mapped to. */
export const fieldsTwice = (mapping: ColumnMapping) =>
  SHEET_FIELDS.filter((f) => mapping.fields.indexOf(f) !== mapping.fields.lastIndexOf(f));

/**
 * A mapping as a file (`--map mapping.json`) and as the app remembers it: each column by its
 * header, as the file spells it, to a field or null (left out), the emotion scale, and for a
 * workbook the sheet to read. Columns it does not name are left out.
 */
export const MappingFileSchema = z.object({
  sheet: z.string().optional(),
  columns: z.record(z.string(), z.enum(SHEET_FIELDS).nullable()),
  emotionScale: z.enum(EMOTION_SCALES).optional(),
});
export type MappingFile = z.infer<typeof MappingFileSchema>;

export type MappingError =
  | { kind: 'mappingNotJson' }
  | { kind: 'mappingInvalid'; path: string; options: string }
  | { kind: 'mappingUnknownColumn'; column: string; found: string[] };

/** A mapping file's text, checked. */
export function readMappingFile(text: string): Result<MappingFile, MappingError> {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail({ kind: 'mappingNotJson' });
  }
  const parsed = MappingFileSchema.safeParse(json);
  if (parsed.success) return ok(parsed.data);
  const issue = parsed.error.issues[0]!;
  const inColumns = issue.path[0] === 'columns';
  return fail({
    kind: 'mappingInvalid',
    path: issue.path.join('.') || '(root)',
    options: (inColumns
      ? [...SHEET_FIELDS, 'null']
      : issue.path[0] === 'emotionScale'
        ? EMOTION_SCALES
        : ['sheet', 'columns', 'emotionScale']
    ).join(', '),
  });
}

/** A mapping file applied to a table's header; the scale, when the file has none, is proposed. */
export function mappingFromFile(
  file: MappingFile,
  header: readonly string[],
  rows: readonly (readonly string[])[],
): Result<ColumnMapping, MappingError> {
  const keys = header.map(headerKey);
  const fields: (SheetField | null)[] = header.map(() => null);
  for (const [column, field] of Object.entries(file.columns)) {
    const at = keys.indexOf(headerKey(column));
    if (at < 0) return fail({ kind: 'mappingUnknownColumn', column, found: [...header] });
    fields[at] = field;
  }
  const emotionScale = file.emotionScale ?? proposeScaleFor(header, rows, fields);
  return ok({ fields, emotionScale, ...(file.sheet === undefined ? {} : { sheet: file.sheet }) });
}

/** A mapping in the file's form, each column by its header. */
export const mappingToFile = (header: readonly string[], mapping: ColumnMapping): MappingFile => ({
  ...(mapping.sheet === undefined ? {} : { sheet: mapping.sheet }),
  columns: Object.fromEntries(header.map((h, i) => [h, mapping.fields[i] ?? null])),
  emotionScale: mapping.emotionScale,
});

/** The key a mapping is remembered under: the set of headers, compared as `headerKey` does. */
export const headerSetKey = (header: readonly string[]) =>
  [...new Set(header.map(headerKey))].sort().join('\u001f');

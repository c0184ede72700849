import Papa from 'papaparse';
import {
  LIMITS,
  valenceOf,
  type Annotation,
  type Channel,
  type ChannelKind,
  type Journey,
  type Language,
  type Persona,
  type Stage,
  type Touchpoint,
} from '../model';
import { blankPersona, newId } from '../model';
import { fail, ok, type Result } from './result';

export const CSV_COLUMNS = [
  'stage',
  'persona',
  'touchpoint',
  'description',
  'channels',
  'emotion',
  'score',
  'pain_points',
  'opportunities',
  'moment_of_truth',
] as const;
type Column = (typeof CSV_COLUMNS)[number];
const REQUIRED: Column[] = ['stage', 'persona', 'touchpoint'];

/** Header spellings accepted, after lower-casing, trimming, dropping accents and turning spaces into "_". */
const ALIASES: Record<string, Column> = {
  etapa: 'stage',
  punto_de_contacto: 'touchpoint',
  descripcion: 'description',
  canales: 'channels',
  emocion: 'emotion',
  puntuacion: 'score',
  puntos_de_dolor: 'pain_points',
  oportunidades: 'opportunities',
  momento_de_la_verdad: 'moment_of_truth',
};
const EMOTION_WORDS: Record<string, number> = {
  positive: 2,
  positiva: 2,
  positivo: 2,
  neutral: 0,
  neutra: 0,
  neutro: 0,
  negative: -2,
  negativa: -2,
  negativo: -2,
};
const TRUE_WORDS = new Set(['yes', 'true', '1', 'x', 'si', 'sí']);
const FALSE_WORDS = new Set(['', 'no', 'false', '0']);
/** Notes inside one cell are separated by line breaks (kept by the CSV quoting). */
const NOTE_SEPARATOR = '\n';

const STAGE_COLORS = ['#2563eb', '#0d9488', '#7c3aed', '#c2410c', '#be185d', '#4d7c0f', '#0369a1', '#a16207'];
const PERSONA_COLORS = ['#2563eb', '#0d9488', '#c2410c', '#7c3aed', '#be185d', '#4d7c0f'];
const CHANNEL_COLORS = [
  '#0072b2',
  '#7c3aed',
  '#0f766e',
  '#b45309',
  '#be185d',
  '#4d7c0f',
  '#0891b2',
  '#9f1239',
];

export interface RowError {
  line: number;
  reason: string;
}

export type CsvError =
  | { kind: 'empty' }
  | { kind: 'tooLarge'; bytes: number; limit: number }
  | { kind: 'missingColumns'; missing: string[]; found: string[] }
  | { kind: 'badRows'; rows: RowError[] };

export interface CsvImportOptions {
  language: Language;
  now: string;
  title: string;
  makeId?: () => string;
  /** Import the good rows and report the others, instead of refusing the whole file. */
  skipBadRows?: boolean;
}

const normalise = (header: string) =>
  header
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, '_');

const canonicalColumn = (header: string): string => {
  const n = normalise(header);
  return ALIASES[n] ?? n;
};

export function guessChannelKind(name: string): ChannelKind {
  const n = normalise(name);
  const rules: [RegExp, ChannelKind][] = [
    [/web|site|online|landing/, 'web'],
    [/e-?mail|correo_e|newsletter|boletin/, 'email'],
    [/phone|telefono|call|llamada|centralita/, 'phone'],
    [/store|tienda|shop|in_person|presencial|dealer|concesionario|oficina/, 'in-person'],
    [/social|redes|facebook|instagram|twitter|linkedin|tiktok/, 'social'],
    [/chat|whatsapp|messenger|telegram/, 'chat'],
    [/(^|_)apps?($|_)|movil|mobile/, 'app'],
    [/(^|_)ads?($|_)|advert|anuncio|publicidad|(^|_)tv($|_)|radio/, 'advertising'],
    [/mail|correo|carta|post/, 'mail'],
  ];
  return rules.find(([pattern]) => pattern.test(n))?.[1] ?? 'other';
}

function parseEmotion(emotion: string, score: string): number | string {
  const s = score.trim();
  if (s !== '') {
    const n = Number(s);
    return Number.isInteger(n) && n >= -3 && n <= 3
      ? n
      : `score "${score}" is not a whole number from -3 to 3`;
  }
  const e = normalise(emotion);
  if (e === '') return 0;
  if (e in EMOTION_WORDS) return EMOTION_WORDS[e]!;
  const n = Number(e);
  if (Number.isInteger(n) && n >= -3 && n <= 3) return n;
  return `emotion "${emotion}" is not positive, neutral, negative (positiva, neutral, negativa) or a score from -3 to 3`;
}

/** One row per touchpoint, by stage, then persona, then order; UTF-8 with a BOM so Excel reads accents. */
export function journeyToCsv(journey: Journey): string {
  const stageIndex = new Map(journey.stages.map((s, i) => [s.id, i]));
  const personaIndex = new Map(journey.personas.map((p, i) => [p.id, i]));
  const name = <T extends { id: string; name: string }>(items: T[], id: string) =>
    items.find((i) => i.id === id)?.name ?? '';
  const notes = (t: Touchpoint, kind: Annotation['kind']) =>
    journey.annotations
      .filter((a) => a.targetType === 'touchpoint' && a.targetId === t.id && a.kind === kind)
      .map((a) => a.text)
      .join(NOTE_SEPARATOR);
  const rows = [...journey.touchpoints]
    .sort(
      (a, b) =>
        stageIndex.get(a.stageId)! - stageIndex.get(b.stageId)! ||
        personaIndex.get(a.personaId)! - personaIndex.get(b.personaId)! ||
        a.order - b.order,
    )
    .map((t) => [
      name(journey.stages, t.stageId),
      name(journey.personas, t.personaId),
      t.title,
      t.description,
      t.channelIds.map((id) => name(journey.channels, id)).join('; '),
      valenceOf(t.emotion),
      String(t.emotion),
      notes(t, 'pain-point'),
      notes(t, 'opportunity'),
      t.momentOfTruth ? 'yes' : 'no',
    ]);
  return `\uFEFF${Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { newline: '\r\n' })}\r\n`;
}

interface ParsedRow {
  line: number;
  cells: string[];
  /** A quoting problem papaparse found in this row. */
  quoteError?: string;
}

/** Rows with the line each starts on (quoted fields may span lines). */
function parseRows(text: string): ParsedRow[] {
  const rows: ParsedRow[] = [];
  let rowStart = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    delimitersToGuess: [',', ';'],
    step: (step) => {
      const quotes = step.errors.find((e) => e.type === 'Quotes');
      rows.push({ line, cells: step.data, quoteError: quotes?.message });
      // The cursor is where the next row starts; count the line breaks on the way there.
      for (let i = rowStart; i < step.meta.cursor; i++) if (text[i] === '\n') line++;
      rowStart = step.meta.cursor;
    },
  });
  return rows.filter((r) => r.cells.some((c) => c.trim() !== ''));
}

/** Build a new journey from a CSV table. Bad rows refuse the import unless `skipBadRows`. */
export function csvToJourney(
  input: string,
  options: CsvImportOptions,
): Result<{ journey: Journey; skippedRows: RowError[] }, CsvError> {
  if (input.length > LIMITS.fileBytes)
    return fail({ kind: 'tooLarge', bytes: input.length, limit: LIMITS.fileBytes });
  const text = input.replace(/^\uFEFF/, '');
  const rows = parseRows(text);
  const [header, ...body] = rows;
  if (!header) return fail({ kind: 'empty' });
  const columns = header.cells.map(canonicalColumn);
  const missing = REQUIRED.filter((c) => !columns.includes(c));
  if (missing.length)
    return fail({ kind: 'missingColumns', missing, found: header.cells.map((h) => h.trim()) });
  if (body.length === 0) return fail({ kind: 'empty' });

  const makeId = options.makeId ?? newId;
  const { now } = options;
  const stages = new Map<string, Stage>();
  const personas = new Map<string, Persona>();
  const channels = new Map<string, Channel>();
  const touchpoints: Touchpoint[] = [];
  const annotations: Annotation[] = [];
  const bad: RowError[] = [];
  const cellCount = new Map<string, number>();

  for (const row of body) {
    if (row.quoteError) {
      bad.push({ line: row.line, reason: `a quoted field is never closed (${row.quoteError})` });
      continue;
    }
    if (row.cells.length !== columns.length) {
      bad.push({
        line: row.line,
        reason: `expected ${columns.length} fields, found ${row.cells.length} (check the delimiter and quotes)`,
      });
      continue;
    }
    const get = (column: Column) => (row.cells[columns.indexOf(column)] ?? '').trim();
    const empty = REQUIRED.filter((c) => get(c) === '');
    if (empty.length) {
      bad.push({ line: row.line, reason: `empty ${empty.join(', ')}` });
      continue;
    }
    const emotion = parseEmotion(get('emotion'), get('score'));
    if (typeof emotion === 'string') {
      bad.push({ line: row.line, reason: emotion });
      continue;
    }
    const truth = normalise(get('moment_of_truth'));
    if (!TRUE_WORDS.has(truth) && !FALSE_WORDS.has(truth)) {
      bad.push({ line: row.line, reason: `moment_of_truth "${get('moment_of_truth')}" is not yes or no` });
      continue;
    }
    const tooLong = (['stage', 'persona', 'touchpoint'] as const).find(
      (c) => get(c).length > LIMITS.shortText,
    );
    if (tooLong) {
      bad.push({ line: row.line, reason: `${tooLong} is longer than ${LIMITS.shortText} characters` });
      continue;
    }
    const stageName = get('stage');
    const personaName = get('persona');
    if (!stages.has(stageName)) {
      stages.set(stageName, {
        id: makeId(),
        name: stageName,
        description: '',
        color: STAGE_COLORS[stages.size % STAGE_COLORS.length]!,
        suggestions: [],
        updatedAt: now,
      });
    }
    if (!personas.has(personaName)) {
      personas.set(
        personaName,
        blankPersona(makeId(), personaName, PERSONA_COLORS[personas.size % PERSONA_COLORS.length]!, now),
      );
    }
    const channelIds = get('channels')
      .split(';')
      .map((c) => c.trim())
      .filter(Boolean)
      .map((channelName) => {
        const key = channelName.toLowerCase();
        if (!channels.has(key)) {
          const kind = guessChannelKind(channelName);
          channels.set(key, {
            id: makeId(),
            name: channelName,
            kind,
            color: CHANNEL_COLORS[channels.size % CHANNEL_COLORS.length]!,
            icon: kind,
            updatedAt: now,
          });
        }
        return channels.get(key)!.id;
      });
    const stageId = stages.get(stageName)!.id;
    const personaId = personas.get(personaName)!.id;
    const cell = `${personaId}/${stageId}`;
    const order = cellCount.get(cell) ?? 0;
    cellCount.set(cell, order + 1);
    const touchpoint: Touchpoint = {
      id: makeId(),
      personaId,
      stageId,
      order,
      title: get('touchpoint'),
      description: get('description'),
      channelIds: [...new Set(channelIds)],
      emotion,
      doing: '',
      thinking: '',
      feeling: '',
      momentOfTruth: TRUE_WORDS.has(truth),
      updatedAt: now,
    };
    touchpoints.push(touchpoint);
    for (const [column, kind] of [
      ['pain_points', 'pain-point'],
      ['opportunities', 'opportunity'],
    ] as const) {
      for (const note of get(column)
        .split(NOTE_SEPARATOR)
        .map((n) => n.trim())
        .filter(Boolean)) {
        annotations.push({
          id: makeId(),
          targetType: 'touchpoint',
          targetId: touchpoint.id,
          kind,
          text: note,
          author: '',
          priority: 'medium',
          status: 'open',
          createdAt: now,
          updatedAt: now,
          replies: [],
        });
      }
    }
  }
  if (bad.length && !options.skipBadRows) return fail({ kind: 'badRows', rows: bad });
  if (touchpoints.length === 0) return fail({ kind: 'badRows', rows: bad });
  const journey: Journey = {
    id: makeId(),
    title: options.title.slice(0, LIMITS.shortText),
    scenario: '',
    description: '',
    language: options.language,
    author: '',
    templateId: 'blank',
    createdAt: now,
    updatedAt: now,
    stages: [...stages.values()],
    personas: [...personas.values()],
    channels: [...channels.values()],
    touchpoints,
    annotations,
  };
  return ok({ journey, skippedRows: bad });
}

export function csvErrorMessage(error: CsvError, language: 'en' | 'es' = 'en'): string {
  const es = language === 'es';
  switch (error.kind) {
    case 'empty':
      return es ? 'El CSV no tiene filas de datos.' : 'The CSV has no data rows.';
    case 'tooLarge':
      return es ? 'El CSV es demasiado grande (máximo 50 MB).' : 'The CSV is too large (50 MB at most).';
    case 'missingColumns':
      return es
        ? `Faltan columnas obligatorias: ${error.missing.join(', ')}. Encontradas: ${error.found.join(', ') || '(ninguna)'}.`
        : `Required columns are missing: ${error.missing.join(', ')}. Found: ${error.found.join(', ') || '(none)'}.`;
    case 'badRows': {
      const lines = error.rows
        .slice(0, 8)
        .map((r) => (es ? `línea ${r.line}: ${r.reason}` : `line ${r.line}: ${r.reason}`));
      const more = error.rows.length > 8 ? `\n… +${error.rows.length - 8}` : '';
      return `${es ? 'Filas con errores' : 'Rows with errors'}:\n${lines.join('\n')}${more}`;
    }
  }
}

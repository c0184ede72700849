import {
  blankPersona,
  cellKey,
  CHANNEL_KIND_COLORS,
  LIMITS,
  newId,
  personaColor,
  stageColor,
  noMeasures,
  textLength,
  valenceOf,
  type Annotation,
  type BlueprintLayerKind,
  type Channel,
  foldAccents,
  type ChannelKind,
  type Journey,
  type Language,
  type Persona,
  type Scenario,
  type Stage,
  type Touchpoint,
} from '../model';
import {
  CHANNEL_SEPARATOR,
  CSV_WORDS,
  FORMULA_START,
  NOTE_SEPARATOR,
  type CsvError,
  type RowError,
  type RowProblem,
} from './csv';
import {
  fieldsTwice,
  missingFields,
  REQUIRED_FIELDS,
  proposeMapping,
  type ColumnMapping,
  type SheetField,
} from './columnMapping';
import { emotionOnScale, wholeScore, type EmotionScale } from './emotionScale';
import { presetScenario } from '../templates/scenarios';
import type { CsvRow } from './csvText';
import { csvBlueprintCollector, layerKindOfWord } from './csvBlueprint';
import { fail, ok, type Result } from './result';
import { csvTable, type SheetTable } from './spreadsheet';

const normalise = (text: string) => foldAccents(text).trim().replace(/\s+/g, '_');

const TRUE_WORDS = new Set([
  'yes',
  'true',
  '1',
  'x',
  ...Object.values(CSV_WORDS).map((w) => normalise(w.yes)),
]);
const FALSE_WORDS = new Set(['', 'no', 'false', '0']);
const TEXT_LIMITS: [SheetField, number][] = [
  ['stage', LIMITS.shortText],
  ['persona', LIMITS.shortText],
  ['touchpoint', LIMITS.shortText],
  ['description', LIMITS.longText],
  ['scenario', LIMITS.shortText],
  ['doing', LIMITS.longText],
  ['thinking', LIMITS.longText],
  ['feeling', LIMITS.longText],
  ['owner', LIMITS.shortText],
];

export interface CsvImportOptions {
  language: Language;
  now: string;
  title: string;
  makeId?: () => string;
  /** Import the good rows and report the others, instead of refusing the whole file. */
  skipBadRows?: boolean;
  /** Which column is which field; by default, proposed from the headers (`proposeMapping`). */
  mapping?: ColumnMapping;
}

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

/** The score of a row from its `emotion` (read on the mapping's scale) and its `score`, which must agree. */
function parseEmotion(
  emotion: string,
  score: string,
  scale: EmotionScale,
  header: (c: SheetField) => string,
): number | RowProblem {
  const fromScore = wholeScore(score);
  if (score !== '' && fromScore === undefined)
    return { kind: 'badScore', column: header('score'), value: score };
  const fromEmotion = emotion === '' ? undefined : emotionOnScale(emotion, scale);
  if (emotion !== '' && fromEmotion === undefined)
    return scale === 'words'
      ? { kind: 'badEmotion', column: header('emotion'), value: emotion }
      : { kind: 'offScale', column: header('emotion'), value: emotion, scale };
  if (fromScore === undefined) return fromEmotion ?? 0;
  // A score read as it is must equal the score column; a word or another scale need only agree in sign.
  const exact = scale === '-3..3' || (scale === 'words' && wholeScore(emotion) !== undefined);
  const agrees =
    fromEmotion === undefined ||
    (exact ? fromEmotion === fromScore : valenceOf(fromEmotion) === valenceOf(fromScore));
  return agrees
    ? fromScore
    : { kind: 'emotionMismatch', column: header('emotion'), emotion, score: fromScore };
}

const splitList = (cell: string, separator: string) =>
  cell
    .split(separator)
    .map((item) => item.trim())
    .filter(Boolean);

/** Undo the apostrophe `journeyToCsv` puts before text a spreadsheet would run as a formula. */
const unescapeFormula = (cell: string) =>
  cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;

interface CheckedRow {
  get(column: SheetField): string;
  emotion: number;
  momentOfTruth: boolean;
  channelNames: string[];
  notes: { column: 'pain_points' | 'opportunities'; text: string }[];
  layer: BlueprintLayerKind | undefined;
}

/** Build a new journey from CSV text. Bad rows refuse the import unless `skipBadRows`. */
export function csvToJourney(
  input: string,
  options: CsvImportOptions,
): Result<{ journey: Journey; skippedRows: RowError[] }, CsvError> {
  if (input.length > LIMITS.fileBytes)
    return fail({ kind: 'tooLarge', bytes: input.length, limit: LIMITS.fileBytes });
  const table = csvTable(input);
  return table.ok ? tableToJourney(table.value, options) : table;
}

/**
 * Build a new journey from a table (a CSV's or a worksheet's), each column read as the mapping
 * says. Bad rows refuse the import unless `skipBadRows`; each is reported with its line.
 */
export function tableToJourney(
  table: SheetTable,
  options: CsvImportOptions,
): Result<{ journey: Journey; skippedRows: RowError[] }, CsvError> {
  const { header: headers, rows: body } = table;
  const mapping =
    options.mapping ??
    proposeMapping(
      headers,
      body.map((r) => r.cells),
    );
  const columns = mapping.fields;
  const missing = missingFields(mapping);
  if (missing.length) return fail({ kind: 'missingColumns', missing, found: headers });
  const twice = fieldsTwice(mapping);
  if (twice.length)
    return fail({ kind: 'duplicateColumns', columns: headers.filter((_, i) => twice.includes(columns[i]!)) });
  if (body.length === 0) return fail({ kind: 'empty' });
  /** A column's header as the file spells it, for messages. */
  const headerOf = (column: SheetField) => headers[columns.indexOf(column)] ?? column;

  const makeId = options.makeId ?? newId;
  const { now } = options;
  // Rows without a scenario (or files without the column) are today's journey.
  const today = presetScenario('today', options.language, makeId(), now);
  const scenarios = new Map<string, Scenario>([[today.name, today]]);
  const stages = new Map<string, Stage>();
  const personas = new Map<string, Persona>();
  const channels = new Map<string, Channel>();
  const touchpoints: Touchpoint[] = [];
  const annotations: Annotation[] = [];
  const bad: RowError[] = [];
  const blueprint = csvBlueprintCollector(options.language, now, makeId);
  const cellCount = new Map<string, number>();
  /** A stage's or persona's place in the map, from `stage_order`/`persona_order`; first appearance breaks ties. */
  const stagePlace = new Map<string, number>();
  const personaPlace = new Map<string, number>();
  const placeIn = (cell: string) => (/^\d+$/.test(cell) ? Number(cell) : Infinity);
  const inPlace = <T extends { name: string }>(items: Map<string, T>, place: Map<string, number>) =>
    [...items.values()].sort((a, b) => place.get(a.name)! - place.get(b.name)! || 0);

  /** Why the row cannot be imported, or its parsed values. */
  const check = (row: CsvRow): RowProblem | CheckedRow => {
    if (row.unclosedQuote) return { kind: 'unclosedQuote' };
    if (row.cells.length !== columns.length)
      return { kind: 'fieldCount', expected: columns.length, found: row.cells.length };
    const get = (column: SheetField) => unescapeFormula((row.cells[columns.indexOf(column)] ?? '').trim());
    const layer = layerKindOfWord(get('layer'));
    if (get('layer') !== '' && !layer)
      return { kind: 'badLayer', column: headerOf('layer'), value: get('layer') };
    // A blueprint item's row needs no persona.
    const empty = REQUIRED_FIELDS.filter((c) => get(c) === '' && !(layer && c === 'persona'));
    if (empty.length) return { kind: 'emptyFields', columns: empty.map(headerOf) };
    const tooLong = TEXT_LIMITS.find(([column, limit]) => textLength(get(column)) > limit);
    if (tooLong) return { kind: 'tooLong', column: headerOf(tooLong[0]), limit: tooLong[1] };
    const emotion = parseEmotion(get('emotion'), get('score'), mapping.emotionScale, headerOf);
    if (typeof emotion !== 'number') return emotion;
    const truth = normalise(get('moment_of_truth'));
    if (!TRUE_WORDS.has(truth) && !FALSE_WORDS.has(truth))
      return { kind: 'badMomentOfTruth', column: headerOf('moment_of_truth'), value: get('moment_of_truth') };
    const channelNames = splitList(get('channels'), CHANNEL_SEPARATOR);
    if (channelNames.some((c) => textLength(c) > LIMITS.shortText))
      return { kind: 'tooLong', column: headerOf('channels'), limit: LIMITS.shortText };
    const notes = (['pain_points', 'opportunities'] as const).flatMap((column) =>
      splitList(get(column), NOTE_SEPARATOR).map((text) => ({ column, text })),
    );
    const longNote = notes.find((n) => textLength(n.text) > LIMITS.longText);
    if (longNote) return { kind: 'tooLong', column: headerOf(longNote.column), limit: LIMITS.longText };
    const newChannels = new Set(channelNames.map((c) => c.toLowerCase()).filter((c) => !channels.has(c)));
    const tooMany = (
      [
        ['scenarios', scenarios.has(get('scenario') || today.name) ? 0 : 1, scenarios.size, LIMITS.scenarios],
        ['stages', stages.has(get('stage')) ? 0 : 1, stages.size, LIMITS.stages],
        ['personas', personas.has(get('persona')) ? 0 : 1, personas.size, LIMITS.personas],
        ['channels', newChannels.size, channels.size, LIMITS.channels],
        ['touchpoints', 1, touchpoints.length, LIMITS.touchpoints],
        ['notes', notes.length, annotations.length, LIMITS.annotations],
      ] as const
    ).find(([, adding, size, limit]) => size + adding > limit);
    if (tooMany) return { kind: 'tooMany', what: tooMany[0], limit: tooMany[3] };
    return { get, emotion, momentOfTruth: TRUE_WORDS.has(truth), channelNames, notes, layer };
  };

  for (const row of body) {
    const checked = check(row);
    if ('kind' in checked) {
      bad.push({ line: row.line, problem: checked });
      continue;
    }
    const { get, emotion, momentOfTruth, channelNames, notes, layer } = checked;
    const scenario = scenarios.get(get('scenario') || today.name) ?? {
      id: makeId(),
      name: get('scenario'),
      description: '',
      updatedAt: now,
    };
    scenarios.set(scenario.name, scenario);
    if (!stages.has(get('stage'))) stagePlace.set(get('stage'), placeIn(get('stage_order')));
    if (!personas.has(get('persona'))) personaPlace.set(get('persona'), placeIn(get('persona_order')));
    const stage = stages.get(get('stage')) ?? {
      id: makeId(),
      name: get('stage'),
      description: '',
      color: stageColor(stages.size),
      suggestions: [],
      updatedAt: now,
    };
    stages.set(stage.name, stage);
    if (layer) {
      blueprint.add(layer, stage.id, get('touchpoint'), get('description'), get('owner'));
      continue;
    }
    const persona =
      personas.get(get('persona')) ??
      blankPersona(makeId(), get('persona'), personaColor(personas.size), now);
    personas.set(persona.name, persona);
    const channelIds = channelNames.map((name) => {
      const key = name.toLowerCase();
      if (!channels.has(key)) {
        const kind = guessChannelKind(name);
        const color = CHANNEL_KIND_COLORS[kind];
        channels.set(key, { id: makeId(), name, kind, color, icon: kind, updatedAt: now });
      }
      return channels.get(key)!.id;
    });
    const cell = cellKey({ scenarioId: scenario.id, personaId: persona.id, stageId: stage.id });
    const order = cellCount.get(cell) ?? 0;
    cellCount.set(cell, order + 1);
    const touchpoint: Touchpoint = {
      id: makeId(),
      scenarioId: scenario.id,
      personaId: persona.id,
      stageId: stage.id,
      order,
      title: get('touchpoint'),
      description: get('description'),
      channelIds: [...new Set(channelIds)],
      emotion,
      doing: get('doing'),
      thinking: get('thinking'),
      feeling: get('feeling'),
      momentOfTruth,
      updatedAt: now,
    };
    touchpoints.push(touchpoint);
    for (const { column, text } of notes) {
      annotations.push({
        id: makeId(),
        targetType: 'touchpoint',
        targetId: touchpoint.id,
        kind: column === 'pain_points' ? 'pain-point' : 'opportunity',
        text,
        author: '',
        priority: 'medium',
        status: 'open',
        createdAt: now,
        updatedAt: now,
        replies: [],
      });
    }
  }
  if (touchpoints.length === 0 || (bad.length && !options.skipBadRows))
    return fail({ kind: 'badRows', rows: bad });
  const journey: Journey = {
    id: makeId(),
    title: [...options.title].slice(0, LIMITS.shortText).join(''),
    situation: '',
    description: '',
    language: options.language,
    author: '',
    templateId: 'blank',
    createdAt: now,
    updatedAt: now,
    // Today stays first even when the first rows belong to another scenario.
    scenarios: [...scenarios.values()].filter((s) => touchpoints.some((t) => t.scenarioId === s.id)),
    stages: inPlace(stages, stagePlace),
    personas: inPlace(personas, personaPlace),
    channels: [...channels.values()],
    touchpoints,
    annotations,
    ...noMeasures(),
    ...blueprint.journeyFields(),
  };
  return ok({ journey, skippedRows: bad });
}

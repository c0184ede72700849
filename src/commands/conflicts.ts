import type { Draft } from 'immer';
import {
  BLUEPRINT_LISTS,
  BLUEPRINT_SCHEMAS,
  channelSchema,
  JOURNEY_META_KEYS,
  LIMITS,
  metricSchema,
  metricValueSchema,
  personaSchema,
  researchNoteSchema,
  scenarioSchema,
  stageSchema,
  touchpointSchema,
  type Journey,
  type MergeConflict,
  type Touchpoint,
} from '../model';
import { isDeepStrictEqual } from '../formats/deepEqual';
import { CommandError, indexOf, type Command } from './command';
import { renumberCell } from './cells';
import { addTouchpoint, requireCell } from './touchpoints';

const SCHEMAS = {
  scenario: scenarioSchema,
  stage: stageSchema,
  persona: personaSchema,
  channel: channelSchema,
  touchpoint: touchpointSchema,
  metric: metricSchema,
  metricValue: metricValueSchema,
  researchNote: researchNoteSchema,
  ...BLUEPRINT_SCHEMAS,
} as const;
const LISTS = {
  scenario: 'scenarios',
  stage: 'stages',
  persona: 'personas',
  channel: 'channels',
  touchpoint: 'touchpoints',
  metric: 'metrics',
  metricValue: 'metricValues',
  researchNote: 'researchNotes',
  ...BLUEPRINT_LISTS,
} as const;

/** Settle a merge conflict with one side's version of the item; the other is let go. Undoable. */
export function resolveConflict(conflictId: string, choice: 'mine' | 'theirs'): Command {
  return {
    type: 'resolve-conflict',
    apply(draft, { now }) {
      const conflicts = draft.conflicts ?? [];
      const conflict = conflicts[indexOf(conflicts, conflictId, 'conflict')]!;
      const chosen = conflict[choice];
      if (conflict.itemType === 'journey') {
        for (const key of JOURNEY_META_KEYS) {
          if (key in chosen) (draft as Record<string, unknown>)[key] = chosen[key];
        }
      } else {
        const parsed = SCHEMAS[conflict.itemType].safeParse({ ...chosen, updatedAt: now });
        if (!parsed.success)
          throw new CommandError(
            `the ${choice} version of ${conflict.itemType} ${conflict.itemId} is not valid`,
          );
        const list = draft[LISTS[conflict.itemType]] as { id: string }[];
        const at = list.findIndex((item) => item.id === conflict.itemId);
        const before = list[at] as Touchpoint | undefined;
        if (conflict.itemType === 'touchpoint') requireCell(draft, parsed.data as Touchpoint);
        if (at >= 0) list[at] = parsed.data;
        else list.push(parsed.data);
        if (conflict.itemType === 'touchpoint') {
          // The chosen version may sit in another cell: both cells stay dense.
          if (before) renumberCell(draft, before);
          renumberCell(draft, parsed.data as Touchpoint);
        }
      }
      settle(draft, conflictId);
    },
  };
}

function settle(draft: Draft<Journey>, conflictId: string): void {
  draft.conflicts = (draft.conflicts ?? []).filter((c) => c.id !== conflictId);
  if (draft.conflicts.length === 0) delete draft.conflicts;
}

/**
 * Settle a touchpoint's conflict by keeping both versions: the one kept stays, the other comes
 * back beside it as a new card, `copy.title` telling it apart (the caller words it: "… (copy)").
 */
export function keepBothVersions(conflictId: string, copy: { id: string; title: string }): Command {
  return {
    type: 'keep-both-versions',
    createdIds: [copy.id],
    apply(draft, context) {
      const conflicts = draft.conflicts ?? [];
      const conflict = conflicts[indexOf(conflicts, conflictId, 'conflict')]!;
      if (conflict.itemType !== 'touchpoint')
        throw new CommandError(`only a touchpoint's two versions can both be kept`);
      const other = touchpointSchema.safeParse(conflict[conflict.kept === 'mine' ? 'theirs' : 'mine']);
      if (!other.success) throw new CommandError(`the other version of ${conflict.itemId} is not valid`);
      // The copy takes the end of its cell and the time it is made.
      const { order: _order, updatedAt: _updatedAt, ...fields } = other.data;
      addTouchpoint({ ...fields, id: copy.id, title: copy.title.slice(0, LIMITS.shortText) }).apply(
        draft,
        context,
      );
      settle(draft, conflictId);
    },
  };
}

/** A value as people know it: names instead of ids, the emotion score, the kind's key. */
export type ConflictValue =
  | { kind: 'text'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'emotion'; score: number }
  | { kind: 'flag'; on: boolean }
  | { kind: 'colour'; hex: string }
  /** An avatar that is a picture (a data: URL), not an emoji. */
  | { kind: 'picture'; src: string }
  | { kind: 'channelKind'; channelKind: string }
  /** A blueprint layer's kind: frontstage, backstage or support. */
  | { kind: 'layerKind'; layerKind: string }
  /** An opportunity's plan status: idea, planned, in-progress or done. */
  | { kind: 'planStatus'; status: string }
  /** What a loop starts from: a touchpoint or a stage. */
  | { kind: 'itemType'; itemType: string }
  | { kind: 'language'; language: string }
  /** 1-based place of a card in its cell. */
  | { kind: 'position'; position: number }
  /** One of a closed list of words (a metric's kind, a research source…), said in the UI's language. */
  | { kind: 'word'; list: WordList; word: string }
  /** An NPS as the survey counted it. */
  | { kind: 'counts'; promoters: number; passives: number; detractors: number };

/** The closed lists a conflict's word comes from. */
export type WordList = 'metricKind' | 'goodDirection' | 'researchSource' | 'researchKind' | 'targetType';
/** Which list a field's word comes from, by item type; a field not here is free text. */
const WORD_LISTS: Partial<Record<MergeConflict['itemType'], Record<string, WordList>>> = {
  metric: { kind: 'metricKind', good: 'goodDirection' },
  metricValue: { targetType: 'targetType' },
  researchNote: { source: 'researchSource', kind: 'researchKind' },
};

export interface ConflictField {
  /** The item's property, e.g. `title`, `stageId`; with the item type it names the UI label. */
  key: string;
  mine: ConflictValue;
  theirs: ConflictValue;
}

export interface ConflictDescription {
  itemType: MergeConflict['itemType'];
  /** The item's name (a touchpoint's title, a stage's name…), from the version kept now. */
  name: string;
  /** Where a touchpoint sits: its persona's and stage's names. */
  place: string[];
  fields: ConflictField[];
  mineAt?: string;
  theirsAt?: string;
}

const NAMES = new Set(['title', 'name', 'text']);
/** Book-keeping a person never edits as such. */
const UNSHOWN = new Set(['id', 'updatedAt', 'createdAt', 'icon']);

/** The name of what a metric value measures: its stage or its touchpoint. */
function measuredName(journey: Journey, item: Record<string, unknown>): string {
  return item.targetType === 'stage'
    ? (journey.stages.find((s) => s.id === item.targetId)?.name ?? '')
    : (journey.touchpoints.find((t) => t.id === item.targetId)?.title ?? '');
}

function valueOf(
  journey: Journey,
  key: string,
  raw: unknown,
  itemType?: MergeConflict['itemType'],
  item: Record<string, unknown> = {},
): ConflictValue {
  const nameIn = (list: { id: string; name: string }[]) => (id: unknown) =>
    list.find((item) => item.id === id)?.name ?? '';
  const titleOf = (id: unknown) => journey.touchpoints.find((t) => t.id === id)?.title ?? '';
  const named = (list: { id: string; name: string }[]) => nameIn(list)(raw);
  const titled = () => titleOf(raw);
  /** A list of ids, each shown by its item's name. */
  const namedList = (nameOf: (id: unknown) => string): ConflictValue => ({
    kind: 'list',
    items: (raw as string[]).map(nameOf),
  });
  const list = itemType && WORD_LISTS[itemType]?.[key];
  if (list && raw !== undefined) return { kind: 'word', list, word: String(raw) };
  // Keys whose words depend on the item: a plan's status, a layer's kind.
  if (itemType === 'plan' && key === 'status') return { kind: 'planStatus', status: String(raw) };
  if (itemType === 'blueprintLayer' && key === 'kind') return { kind: 'layerKind', layerKind: String(raw) };
  switch (key) {
    case 'metricId':
      return { kind: 'text', text: named(journey.metrics) };
    case 'targetId':
      return { kind: 'text', text: measuredName(journey, item) };
    case 'sentiment':
      return raw === undefined ? { kind: 'text', text: '' } : { kind: 'emotion', score: Number(raw) };
    case 'counts': {
      const counts = raw as { promoters: number; passives: number; detractors: number } | undefined;
      return counts ? { kind: 'counts', ...counts } : { kind: 'text', text: '' };
    }
    case 'touchpointId':
    case 'toTouchpointId':
      return { kind: 'text', text: titled() };
    case 'fromId':
      // A loop's start: a touchpoint or a stage, whichever has the id.
      return { kind: 'text', text: titled() || named(journey.stages) };
    case 'fromType':
      return { kind: 'itemType', itemType: String(raw) };
    case 'personaId':
      return { kind: 'text', text: named(journey.personas) };
    case 'stageId':
    case 'toStageId':
      return { kind: 'text', text: named(journey.stages) };
    case 'ownerId':
      return { kind: 'text', text: named(journey.owners) };
    case 'layerId':
      return { kind: 'text', text: named(journey.blueprintLayers) };
    case 'touchpointIds':
      return namedList(titleOf);
    case 'scenarioId':
      return { kind: 'text', text: named(journey.scenarios) };
    case 'channelIds':
      return namedList(nameIn(journey.channels));
    case 'suggestions':
      return { kind: 'list', items: raw as string[] };
    case 'emotion':
      return { kind: 'emotion', score: Number(raw) };
    case 'momentOfTruth':
    case 'hidden':
      return { kind: 'flag', on: raw === true };
    case 'color':
      return { kind: 'colour', hex: String(raw) };
    case 'avatar':
      return String(raw).startsWith('data:')
        ? { kind: 'picture', src: String(raw) }
        : { kind: 'text', text: String(raw) };
    case 'kind':
      return { kind: 'channelKind', channelKind: String(raw) };
    case 'language':
      return { kind: 'language', language: String(raw) };
    case 'order':
      return { kind: 'position', position: Number(raw) + 1 };
    default:
      return { kind: 'text', text: raw === undefined || raw === null ? '' : String(raw) };
  }
}

/** A merge conflict in the words of the map: which item, where, and each field the two versions disagree on. */
export function describeConflict(journey: Journey, conflict: MergeConflict): ConflictDescription {
  const { mine, theirs, itemType } = conflict;
  const kept = conflict[conflict.kept];
  const keys = [...new Set([...Object.keys(mine), ...Object.keys(theirs)])]
    .filter((key) => !UNSHOWN.has(key) && !isDeepStrictEqual(mine[key], theirs[key]))
    // What the item is called first, as in the inspector.
    .sort((a, b) => Number(NAMES.has(b)) - Number(NAMES.has(a)));
  const textOf = (v: ConflictValue) => (v.kind === 'text' ? v.text : '');
  const place =
    itemType === 'touchpoint'
      ? [valueOf(journey, 'personaId', kept.personaId), valueOf(journey, 'stageId', kept.stageId)].map(textOf)
      : itemType === 'metricValue'
        ? [measuredName(journey, kept), String(kept.period ?? '')]
        : [];
  const name =
    itemType === 'metricValue'
      ? textOf(valueOf(journey, 'metricId', kept.metricId))
      : String(kept.title ?? kept.name ?? kept.text ?? '');
  return {
    itemType,
    name,
    place: place.filter(Boolean),
    fields: keys.map((key) => ({
      key,
      mine: valueOf(journey, key, mine[key], itemType, mine),
      theirs: valueOf(journey, key, theirs[key], itemType, theirs),
    })),
    mineAt: typeof mine.updatedAt === 'string' ? mine.updatedAt : undefined,
    theirsAt: typeof theirs.updatedAt === 'string' ? theirs.updatedAt : undefined,
  };
}

/**
 * Where two texts part: the length of the words they start with and end with in common, so that
 * only what differs is marked.
 */
export function differingSpan(a: string, b: string): { head: number; tail: number } {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  // Back to the start of the word, so a changed word is marked whole.
  while (head > 0 && /\S/.test(a[head - 1]!)) head--;
  let tail = 0;
  const room = Math.min(a.length, b.length) - head;
  while (tail < room && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  while (tail > 0 && /\S/.test(a[a.length - tail]!)) tail--;
  return { head, tail };
}

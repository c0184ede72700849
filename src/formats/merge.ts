import { isDeepStrictEqual } from './deepEqual';
import {
  groupByCell,
  JOURNEY_META_KEYS as META,
  newId,
  type Annotation,
  type Journey,
  type MergeConflict,
  type Reply,
} from '../model';
import { fail, ok, type Result } from './result';
import { mergeBlueprint } from './blueprintMerge';

/*
 * Merging a teammate's copy of the same journey, made offline. There is no common ancestor
 * and no tombstones, so an item present on one side only is kept: a deletion never propagates
 * through a merge, and so it can never silently drop the other side's edit.
 */

export interface MergeSummary {
  newAnnotations: { author: string; count: number }[];
  newReplies: number;
  newItems: {
    scenarios: number;
    stages: number;
    personas: number;
    channels: number;
    touchpoints: number;
    metrics: number;
    metricValues: number;
    researchNotes: number;
  };
  /** Items the teammate changed more recently, taken from their copy. */
  updatedItems: number;
  conflicts: number;
  /** Notes whose target no longer exists, pinned to the journey instead (notes-only merges). */
  repinned: number;
}

export type MergeError = { kind: 'differentJourney'; localId: string; theirId: string };
export type MergeResult = Result<{ journey: Journey; summary: MergeSummary }, MergeError>;

type Item = { id: string; updatedAt: string };
type ItemType = MergeConflict['itemType'];

export const emptySummary = (): MergeSummary => ({
  newAnnotations: [],
  newReplies: 0,
  newItems: {
    scenarios: 0,
    stages: 0,
    personas: 0,
    channels: 0,
    touchpoints: 0,
    metrics: 0,
    metricValues: 0,
    researchNotes: 0,
  },
  updatedItems: 0,
  conflicts: 0,
  repinned: 0,
});

/** Local order, with each of their new items placed after the item it follows in their copy. */
function unionInOrder<T extends { id: string }>(
  mine: T[],
  theirs: T[],
  pick: (m: T, t: T) => T,
): { items: T[]; added: number } {
  const result = mine.map((m) => {
    const t = theirs.find((x) => x.id === m.id);
    return t ? pick(m, t) : m;
  });
  let added = 0;
  theirs.forEach((t, i) => {
    if (result.some((r) => r.id === t.id)) return;
    const previous = theirs
      .slice(0, i)
      .reverse()
      .find((p) => result.some((r) => r.id === p.id));
    result.splice(previous ? result.findIndex((r) => r.id === previous.id) + 1 : 0, 0, t);
    added++;
  });
  return { items: result, added };
}

function mergeReplies(mine: Reply[], theirs: Reply[]): { replies: Reply[]; added: number } {
  const added = theirs.filter((t) => !mine.some((m) => m.id === t.id));
  return {
    replies: [...mine, ...added].sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
    added: added.length,
  };
}

/** Notes are united by id; the same note on both sides takes the newer fields and every reply. */
export function mergeAnnotations(
  mine: Annotation[],
  theirs: Annotation[],
  summary: MergeSummary,
): Annotation[] {
  const byAuthor = new Map<string, number>();
  const { items } = unionInOrder(mine, theirs, (m, t) => {
    const { replies, added } = mergeReplies(m.replies, t.replies);
    summary.newReplies += added;
    const newer = t.updatedAt > m.updatedAt ? t : m;
    return isDeepStrictEqual(m, t) ? m : { ...newer, replies };
  });
  for (const t of theirs) {
    if (mine.some((m) => m.id === t.id)) continue;
    byAuthor.set(t.author, (byAuthor.get(t.author) ?? 0) + 1);
  }
  summary.newAnnotations = [...byAuthor].map(([author, count]) => ({ author, count }));
  return items;
}

interface MergeOptions {
  now: string;
  /** Whose their copy is (a name or a file name), kept on each conflict it brings. */
  theirsFrom?: string;
}

function itemMerger(
  type: ItemType,
  conflicts: MergeConflict[],
  summary: MergeSummary,
  { now, theirsFrom }: MergeOptions,
) {
  return <T extends Item>(m: T, t: T): T => {
    if (isDeepStrictEqual(m, t)) return m;
    const kept = t.updatedAt > m.updatedAt ? 'theirs' : 'mine';
    // Merging the same copy again must not record the same conflict twice.
    if (!conflicts.some((c) => c.itemId === m.id && isDeepStrictEqual(c.theirs, t))) {
      conflicts.push({
        id: newId(),
        itemType: type,
        itemId: m.id,
        kept,
        mine: { ...m },
        theirs: { ...t },
        ...(theirsFrom ? { theirsFrom } : {}),
        detectedAt: now,
      });
    }
    if (kept === 'theirs') summary.updatedItems++;
    return kept === 'theirs' ? t : m;
  };
}

/** Dense 0..n-1 orders per cell after a union: their order first, local before theirs on ties. */
function renumber(journey: Journey): void {
  for (const cell of groupByCell(journey.touchpoints).values()) cell.forEach((t, i) => (t.order = i));
}

export function mergeJourneys(local: Journey, theirs: Journey, options: MergeOptions): MergeResult {
  if (local.id !== theirs.id)
    return fail({ kind: 'differentJourney', localId: local.id, theirId: theirs.id });
  const summary = emptySummary();
  const conflicts: MergeConflict[] = structuredClone(local.conflicts ?? []);
  const merge = (type: ItemType) => itemMerger(type, conflicts, summary, options);
  const scenarios = unionInOrder(local.scenarios, theirs.scenarios, merge('scenario'));
  const stages = unionInOrder(local.stages, theirs.stages, merge('stage'));
  const personas = unionInOrder(local.personas, theirs.personas, merge('persona'));
  const channels = unionInOrder(local.channels, theirs.channels, merge('channel'));
  const touchpoints = unionInOrder(local.touchpoints, theirs.touchpoints, merge('touchpoint'));
  const metrics = unionInOrder(local.metrics, theirs.metrics, merge('metric'));
  const metricValues = unionInOrder(local.metricValues, theirs.metricValues, merge('metricValue'));
  const researchNotes = unionInOrder(local.researchNotes, theirs.researchNotes, merge('researchNote'));
  const blueprint = mergeBlueprint(local, theirs, (mine, their, type) =>
    unionInOrder(mine, their, merge(type)),
  );
  summary.newItems = {
    scenarios: scenarios.added,
    stages: stages.added,
    personas: personas.added,
    channels: channels.added,
    touchpoints: touchpoints.added,
    metrics: metrics.added,
    metricValues: metricValues.added,
    researchNotes: researchNotes.added,
  };

  const mineMeta = Object.fromEntries(META.map((k) => [k, local[k]]));
  const theirMeta = Object.fromEntries(META.map((k) => [k, theirs[k]]));
  const metaKept = isDeepStrictEqual(mineMeta, theirMeta)
    ? mineMeta
    : merge('journey')(
        { id: local.id, updatedAt: local.updatedAt, ...mineMeta },
        { id: local.id, updatedAt: theirs.updatedAt, ...theirMeta },
      );

  const journey: Journey = structuredClone({
    ...local,
    ...Object.fromEntries(META.map((k) => [k, (metaKept as Record<string, unknown>)[k]])),
    updatedAt: theirs.updatedAt > local.updatedAt ? theirs.updatedAt : local.updatedAt,
    scenarios: scenarios.items,
    stages: stages.items,
    personas: personas.items,
    channels: channels.items,
    touchpoints: touchpoints.items,
    annotations: mergeAnnotations(local.annotations, theirs.annotations, summary),
    metrics: metrics.items,
    metricValues: metricValues.items,
    researchNotes: researchNotes.items,
    ...blueprint.lists,
  });
  if (conflicts.length) journey.conflicts = conflicts;
  summary.conflicts = conflicts.length - (local.conflicts?.length ?? 0);
  renumber(journey);
  return ok({ journey, summary });
}

/**
 * Who made their copy, as far as it tells: the one author of the notes and replies only it has,
 * else its journey author when that differs from ours.
 */
export function teammateName(local: Journey, theirs: Journey): string | undefined {
  const known = new Set(local.annotations.flatMap((a) => [a.id, ...a.replies.map((r) => r.id)]));
  const authors = new Set(
    theirs.annotations
      .flatMap((a) => [a, ...a.replies])
      .filter((written) => !known.has(written.id) && written.author)
      .map((written) => written.author),
  );
  if (authors.size === 1) return [...authors][0];
  return theirs.author && theirs.author !== local.author ? theirs.author : undefined;
}

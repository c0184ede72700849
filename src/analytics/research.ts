import {
  EMOTION_MAX,
  EMOTION_MIN,
  noteTable,
  valueTable,
  type Journey,
  type MetricValueTable,
  type ResearchNote,
  type ResearchNoteTable,
  type ResearchSource,
} from '../model';

/** How well a touchpoint's emotion is backed: by nothing, by a little, or by enough. */
export type EvidenceLevel = 'assumed' | 'some' | 'supported';
export const EVIDENCE_LEVELS = ['assumed', 'some', 'supported'] as const;
/** Notes that make a touchpoint supported on their own. */
export const SUPPORTED_NOTES = 3;

export function evidenceLevel(notes: number, measured: boolean): EvidenceLevel {
  if (notes >= SUPPORTED_NOTES || measured) return 'supported';
  return notes > 0 ? 'some' : 'assumed';
}

export interface Evidence {
  notes: number;
  measured: boolean;
  level: EvidenceLevel;
}

/**
 * A note's touchpoints, each once: a note linked to a touchpoint twice is still one note about it. The list itself
 * when nothing repeats, as in almost every note (one or two links): no set made for each of thousands of notes.
 */
export function linkedOnce(ids: readonly string[]): readonly string[] {
  if (ids.length > 8) {
    const once = new Set(ids);
    return once.size === ids.length ? ids : [...once];
  }
  for (let k = 1; k < ids.length; k++) if (ids.lastIndexOf(ids[k]!, k - 1) >= 0) return [...new Set(ids)];
  return ids;
}

/** How many notes each touchpoint has linked, and which touchpoints a metric measures. */
function evidenceFound(journey: Pick<Journey, 'researchNotes' | 'metricValues'>) {
  const notes = new Map<string, number>();
  // Read through the table: notes still kept as columns are counted there, without making their objects.
  const table = noteTable(journey);
  const count = table.length;
  for (let i = 0; i < count; i++) {
    const linked = linkedOnce(table.touchpointIds(i));
    for (let j = 0; j < linked.length; j++) {
      const id = linked[j]!;
      notes.set(id, (notes.get(id) ?? 0) + 1);
    }
  }
  // The touchpoints with a value, found by codes (see `MetricValueTable.codes`): each text looked at once.
  const values = valueTable(journey);
  const type = values.codes('targetType');
  const onTouchpoint = type.names.map((name) => name === 'touchpoint');
  const target = values.codes('targetId');
  const has = new Uint8Array(target.names.length);
  // Each code list read once (see `soundColumns`): this runs as a measured map opens.
  const [typeOf, targetOf] = [type.of, target.of];
  const rows = values.length;
  for (let i = 0; i < rows; i++) if (onTouchpoint[typeOf[i]!]) has[targetOf[i]!] = 1;
  const measured = new Set(target.names.filter((_, t) => has[t]));
  return { notes, measured };
}

/** Each touchpoint's evidence: its linked notes and whether a metric measures it. */
export function evidenceByTouchpoint(
  journey: Pick<Journey, 'touchpoints' | 'researchNotes' | 'metricValues'>,
): Map<string, Evidence> {
  const { notes, measured } = evidenceFound(journey);
  return new Map(
    journey.touchpoints.map((t) => {
      const count = notes.get(t.id) ?? 0;
      const isMeasured = measured.has(t.id);
      return [t.id, { notes: count, measured: isMeasured, level: evidenceLevel(count, isMeasured) }];
    }),
  );
}

/** Evidence levels kept for a journey's notes and values as they were read (see `keepEvidenceLevels`). */
const keptLevels = new WeakMap<
  ResearchNoteTable,
  { values: MetricValueTable; levels: Map<string, EvidenceLevel> }
>();

/**
 * Keep `levels` as the evidence levels of `journey` while its notes and values are the lists it has now: those
 * stored with a journey the library read (see storedMeasures), so that drawing the cards as the map opens does not
 * go over every note and value again.
 */
export function keepEvidenceLevels(
  journey: Pick<Journey, 'researchNotes' | 'metricValues'>,
  levels: Map<string, EvidenceLevel>,
): void {
  keptLevels.set(noteTable(journey), { values: valueTable(journey), levels });
}

/** The evidence level of each touchpoint that has any evidence: any other touchpoint is assumed. */
export function evidenceLevels(
  journey: Pick<Journey, 'researchNotes' | 'metricValues'>,
): Map<string, EvidenceLevel> {
  const kept = keptLevels.get(noteTable(journey));
  if (kept?.values === valueTable(journey)) return kept.levels;
  const { notes, measured } = evidenceFound(journey);
  const levels = new Map<string, EvidenceLevel>();
  for (const id of measured) levels.set(id, evidenceLevel(notes.get(id) ?? 0, true));
  for (const [id, count] of notes) if (!measured.has(id)) levels.set(id, evidenceLevel(count, false));
  return levels;
}

/** Half away from zero, so that a mean of −1.5 suggests −2 as 1.5 suggests 2. */
const roundSymmetric = (x: number) => Math.sign(x) * Math.round(Math.abs(x));

/**
 * The emotion a touchpoint's evidence suggests: the mean sentiment of its linked notes, rounded
 * to one of the seven scores; null when none of them has a sentiment.
 */
export function suggestedEmotion(
  journey: { researchNotes: readonly ResearchNote[] },
  touchpointId: string,
): { score: number; from: number } | null {
  const sentiments = journey.researchNotes
    .filter((n) => n.touchpointIds.includes(touchpointId) && n.sentiment !== undefined)
    .map((n) => n.sentiment!);
  if (sentiments.length === 0) return null;
  const mean = sentiments.reduce((a, b) => a + b, 0) / sentiments.length;
  return {
    score: Math.max(EMOTION_MIN, Math.min(EMOTION_MAX, roundSymmetric(mean))) + 0,
    from: sentiments.length,
  };
}

export interface ResearchFilter {
  source?: ResearchSource;
  personaId?: string;
  touchpointId?: string;
  /** Only notes linked to no touchpoint. */
  unlinked?: boolean;
}

export function filterResearch(notes: readonly ResearchNote[], filter: ResearchFilter): ResearchNote[] {
  return notes.filter(
    (n) =>
      (filter.source === undefined || n.source === filter.source) &&
      (filter.personaId === undefined || n.personaId === filter.personaId) &&
      (filter.touchpointId === undefined || n.touchpointIds.includes(filter.touchpointId)) &&
      (!filter.unlinked || n.touchpointIds.length === 0),
  );
}

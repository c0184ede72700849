import type { Annotation, Journey } from '../model';

export interface NumberedNote {
  number: number;
  note: Annotation;
  /** The stage whose column the note belongs to; undefined for notes on a persona or the whole map. */
  stageId: string | undefined;
  /** What the note is pinned to, in words: a card's title, a stage's or persona's name, the map's title. */
  targetName: string;
}

/**
 * Every note of the journey, numbered in reading order: stage by stage (the stage's own notes, then its
 * cards' lane by lane, left to right), then the notes on personas and on the whole map. The number is
 * the marker on the card and the entry in the key.
 */
export function numberNotes(journey: Journey): NumberedNote[] {
  const stageIndex = new Map(journey.stages.map((s, i) => [s.id, i]));
  const personaIndex = new Map(journey.personas.map((p, i) => [p.id, i]));
  const touchpoints = new Map(journey.touchpoints.map((t) => [t.id, t]));
  const names = new Map<string, string>([
    ...journey.stages.map((s) => [s.id, s.name] as const),
    ...journey.personas.map((p) => [p.id, p.name] as const),
    ...journey.touchpoints.map((t) => [t.id, t.title] as const),
    [journey.id, journey.title],
  ]);
  const general = journey.stages.length;
  const place = (note: Annotation): number[] => {
    const touchpoint = touchpoints.get(note.targetId);
    if (touchpoint)
      return [
        stageIndex.get(touchpoint.stageId)!,
        1,
        personaIndex.get(touchpoint.personaId) ?? 0,
        touchpoint.order,
      ];
    if (note.targetType === 'stage') return [stageIndex.get(note.targetId) ?? general, 0, 0, 0];
    if (note.targetType === 'persona') return [general, 0, personaIndex.get(note.targetId) ?? 0, 0];
    return [general, 1, 0, 0];
  };
  const placed = journey.annotations.map((note, i) => ({ note, at: [...place(note), i] }));
  placed.sort((a, b) => {
    for (let k = 0; k < a.at.length; k++) if (a.at[k] !== b.at[k]) return a.at[k]! - b.at[k]!;
    return 0;
  });
  return placed.map(({ note, at }, i) => ({
    number: i + 1,
    note,
    stageId: at[0]! < general ? journey.stages[at[0]!]!.id : undefined,
    targetName: names.get(note.targetId) ?? '',
  }));
}

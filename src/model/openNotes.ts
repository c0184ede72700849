import type { Annotation } from './schema';

/** A note still to act on. */
export const isOpenNote = (note: Annotation): boolean => note.status === 'open';

/** A pain point still to act on: what the map's markers, filters and figures count. */
export const isOpenPainPoint = (note: Annotation): boolean => note.kind === 'pain-point' && isOpenNote(note);

/** How many open notes, and how many open pain points, are pinned to each thing (touchpoint, stage or lane) by its id. */
export function openNotesByTarget(annotations: readonly Annotation[]): {
  notes: Map<string, number>;
  painPoints: Map<string, number>;
} {
  const notes = new Map<string, number>();
  const painPoints = new Map<string, number>();
  for (const note of annotations) {
    if (!isOpenNote(note)) continue;
    notes.set(note.targetId, (notes.get(note.targetId) ?? 0) + 1);
    if (isOpenPainPoint(note)) painPoints.set(note.targetId, (painPoints.get(note.targetId) ?? 0) + 1);
  }
  return { notes, painPoints };
}

import { z } from 'zod';
import { annotationSchema, LIMITS, type Journey } from '../model';
import { decodeText, parseJson } from './json';
import type { ImportError } from './errors';
import { jsonPath } from './document';
import { emptySummary, mergeAnnotations, type MergeResult } from './merge';
import { schemaProblem } from './problems';
import { fail, ok, type Result } from './result';

export const NOTES_FORMAT = 'trayecto-notes';
export const NOTES_VERSION = 1;

const notesFileSchema = z.object({
  format: z.literal(NOTES_FORMAT),
  version: z.number().int(),
  journeyId: z.string().min(1).max(LIMITS.id),
  journeyTitle: z.string().max(LIMITS.shortText).default(''),
  annotations: z.array(annotationSchema).max(LIMITS.annotations),
});
export type NotesFile = z.infer<typeof notesFileSchema>;

/** A small file with only the notes of a map, for teammates who only comment. */
export function writeNotesFile(journey: Journey): string {
  const file: NotesFile = {
    format: NOTES_FORMAT,
    version: NOTES_VERSION,
    journeyId: journey.id,
    journeyTitle: journey.title,
    annotations: journey.annotations,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function readNotesFile(input: string | Uint8Array): Result<NotesFile, ImportError> {
  const text = decodeText(input);
  if (!text.ok) return text;
  const json = parseJson(text.value);
  if (!json.ok) return json;
  const doc = json.value as { format?: unknown; version?: unknown };
  if (doc?.format !== NOTES_FORMAT) return fail({ kind: 'notTrayecto' });
  if (typeof doc.version === 'number' && doc.version > NOTES_VERSION) {
    return fail({ kind: 'versionTooNew', version: doc.version, supported: NOTES_VERSION });
  }
  const parsed = notesFileSchema.safeParse(doc);
  if (!parsed.success) {
    return fail({
      kind: 'invalid',
      problems: parsed.error.issues.map((i) => ({ ...schemaProblem(i), path: jsonPath('notes', i.path) })),
    });
  }
  return ok(parsed.data);
}

export function isNotesFile(text: string): boolean {
  return /"format"\s*:\s*"trayecto-notes"/.test(text.slice(0, 200));
}

/** Merge a teammate's notes: united by id; a note whose target is gone is pinned to the journey, not dropped. */
export function mergeNotes(local: Journey, notes: NotesFile): MergeResult {
  if (notes.journeyId !== local.id)
    return fail({ kind: 'differentJourney', localId: local.id, theirId: notes.journeyId });
  const targets = new Set([
    local.id,
    ...local.stages.map((s) => s.id),
    ...local.personas.map((p) => p.id),
    ...local.touchpoints.map((t) => t.id),
  ]);
  const summary = emptySummary();
  const theirs = notes.annotations.map((a) => {
    if (targets.has(a.targetId)) return a;
    summary.repinned++;
    return { ...a, targetType: 'journey' as const, targetId: local.id };
  });
  const annotations = mergeAnnotations(local.annotations, theirs, summary);
  return ok({ journey: { ...local, annotations }, summary });
}

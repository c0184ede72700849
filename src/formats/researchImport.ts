import { z } from 'zod';
import type { NewResearchNote } from '../commands/research';
import { EMOTION_SCORES, LIMITS, type Journey, type ResearchSource, type Touchpoint } from '../model';
import {
  eachTableRow,
  importContext,
  readColumnsFile,
  type LeftOutRow,
  type TableFileError,
  type TableImportOptions,
} from './columnsFile';
import { headerMatcher } from './headerMatch';
import { foldName } from '../templates/metricPresets';
import type { Result } from './result';
import type { SheetTable } from './spreadsheet';

/*
 * Research notes from a spreadsheet (CSV or xlsx), e.g. an interview log: one row per quote or
 * observation, its persona and touchpoint matched to the map by name (case, accents and spacing
 * ignored). Nothing changes until the preview is accepted.
 */

export const RESEARCH_COLUMNS = [
  'quote',
  'source',
  'participant',
  'persona',
  'touchpoint',
  'sentiment',
  'date',
] as const;
export type ResearchColumn = (typeof RESEARCH_COLUMNS)[number];

const researchColumn = headerMatcher<ResearchColumn>({
  quote: ['quote', 'cita', 'text', 'texto'],
  source: ['source', 'fuente'],
  participant: ['participant', 'participante'],
  persona: ['persona'],
  touchpoint: ['touchpoint', 'punto_de_contacto', 'touchpoints', 'puntos_de_contacto'],
  sentiment: ['sentiment', 'sentimiento'],
  date: ['date', 'fecha'],
});

/** How a source is written in a file, in English or Spanish. */
const sourceOf = headerMatcher<ResearchSource>({
  interview: ['interview', 'entrevista'],
  survey: ['survey', 'encuesta'],
  analytics: ['analytics', 'analítica'],
  'support-ticket': ['support ticket', 'ticket de soporte', 'incidencia de soporte', 'ticket'],
  observation: ['observation', 'observación'],
  other: ['other', 'otro', 'otra'],
});

/** Several touchpoints in one cell are separated by semicolons. */
export const TOUCHPOINT_SEPARATOR = ';';

/** The rows of a CSV or xlsx file of research notes; a `quote` (or `cita`) column is required. */
export const readResearchSheet = (
  fileName: string,
  bytes: Uint8Array,
): Promise<Result<SheetTable, TableFileError>> => readColumnsFile(fileName, bytes, researchColumn, ['quote']);

/** Why a row was left out. */
export type ResearchRowProblem =
  | { kind: 'emptyQuote' }
  | { kind: 'unknownSource'; source: string }
  | { kind: 'noPersona'; persona: string }
  | { kind: 'noTouchpoint'; touchpoint: string }
  | { kind: 'severalTouchpoints'; touchpoint: string; count: number }
  | { kind: 'badSentiment'; text: string }
  | { kind: 'badDate'; text: string }
  | { kind: 'alreadyThere' };

export interface MatchedNote {
  line: number;
  text: string;
  source: ResearchSource;
  persona?: string;
  touchpoints: string[];
  sentiment?: number;
}

export interface ResearchPreview {
  matched: MatchedNote[];
  unmatched: LeftOutRow<ResearchRowProblem>[];
  /** What accepting adds (see addResearchNotes). */
  notes: NewResearchNote[];
}

const isoDate = z.iso.date();
const cut = (text: string, limit: number) => [...text].slice(0, limit).join('');

/** "+2", "-1" and "−3" (a typographic minus) are sentiments; anything outside −3..+3 is not. */
function sentimentIn(text: string): number | undefined {
  const n = Number(text.replace('−', '-').replace(/^\+/, ''));
  return (EMOTION_SCORES as readonly number[]).includes(n) ? n : undefined;
}

/** The touchpoints a cell names (separated by semicolons), each found once, or why one is not. */
function touchpointsNamed(
  journey: Journey,
  scenarioId: string,
  personaId: string | undefined,
  cell: string,
): Touchpoint[] | ResearchRowProblem {
  const linked: Touchpoint[] = [];
  for (const name of cell.split(TOUCHPOINT_SEPARATOR).map((n) => n.trim())) {
    if (!name) continue;
    const found = journey.touchpoints.filter(
      (t) =>
        t.scenarioId === scenarioId &&
        (!personaId || t.personaId === personaId) &&
        foldName(t.title) === foldName(name),
    );
    if (found.length === 0) return { kind: 'noTouchpoint', touchpoint: name };
    if (found.length > 1) return { kind: 'severalTouchpoints', touchpoint: name, count: found.length };
    if (!linked.includes(found[0]!)) linked.push(found[0]!);
  }
  return linked;
}

/**
 * Match each row to the map (touchpoints of one scenario, default the first) and say what
 * accepting would add, and why any row was left out. A quote already in the map (same text and
 * participant) is left out, so importing a file twice adds nothing twice.
 */
export function previewResearchNotes(
  journey: Journey,
  table: SheetTable,
  options: TableImportOptions = {},
): ResearchPreview {
  const { scenario, makeId } = importContext(journey, options);
  const known = new Set(journey.researchNotes.map((n) => `${n.text}\u0000${n.participant}`));
  const preview: ResearchPreview = { matched: [], unmatched: [], notes: [] };

  eachTableRow(table, researchColumn, preview.unmatched, ({ line, cell, leave }) => {
    const persona = journey.personas.find((p) => foldName(p.name) === foldName(cell('persona')));
    const linked = touchpointsNamed(journey, scenario.id, persona?.id, cell('touchpoint'));
    const problem = (): ResearchRowProblem | undefined => {
      if (!cell('quote')) return { kind: 'emptyQuote' };
      if (cell('source') && !sourceOf(cell('source')))
        return { kind: 'unknownSource', source: cell('source') };
      if (cell('persona') && !persona) return { kind: 'noPersona', persona: cell('persona') };
      if (!Array.isArray(linked)) return linked;
      if (cell('sentiment') && sentimentIn(cell('sentiment')) === undefined)
        return { kind: 'badSentiment', text: cell('sentiment') };
      if (cell('date') && !isoDate.safeParse(cell('date')).success)
        return { kind: 'badDate', text: cell('date') };
      return undefined;
    };
    const wrong = problem();
    if (wrong || !Array.isArray(linked)) return wrong && leave(wrong);
    const text = cut(cell('quote'), LIMITS.longText);
    const participant = cut(cell('participant'), LIMITS.shortText);
    const key = `${text}\u0000${participant}`;
    if (known.has(key)) return leave({ kind: 'alreadyThere' });
    known.add(key);
    const source = sourceOf(cell('source')) ?? 'other';
    const sentiment = cell('sentiment') ? sentimentIn(cell('sentiment')) : undefined;
    preview.notes.push({
      id: makeId(),
      kind: source === 'observation' ? 'observation' : 'quote',
      text,
      source,
      participant,
      ...(persona ? { personaId: persona.id } : {}),
      ...(cell('date') ? { date: cell('date') } : {}),
      ...(sentiment !== undefined ? { sentiment } : {}),
      touchpointIds: linked.map((t) => t.id),
    });
    preview.matched.push({
      line,
      text,
      source,
      ...(persona ? { persona: persona.name } : {}),
      touchpoints: linked.map((t) => t.title),
      ...(sentiment !== undefined ? { sentiment } : {}),
    });
  });
  return preview;
}

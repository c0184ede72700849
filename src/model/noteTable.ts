import type { Columns } from '../storage/recordCodec';
import type { ResearchNote } from './metricsSchema';
import { defineLazyList, lazyList, listTable, soundColumns, StoredList } from './storedList';

/*
 * The research notes as the map's evidence and the checks of opening read them: from the columns a journey read
 * from the library keeps them as (see storedList), or from the objects of one that has them.
 */

/** A journey's research notes read field by field, note `i` of `length`. */
export interface ResearchNoteTable {
  readonly length: number;
  personaId(i: number): string | undefined;
  touchpointIds(i: number): readonly string[];
}

/** The notes' own objects, read as a table. */
class NoteObjects implements ResearchNoteTable {
  constructor(private readonly notes: readonly ResearchNote[]) {}
  get length() {
    return this.notes.length;
  }
  personaId(i: number) {
    return this.notes[i]!.personaId;
  }
  touchpointIds(i: number) {
    return this.notes[i]!.touchpointIds;
  }
}

const NO_LINKS: readonly string[] = Object.freeze([]);

/** The notes as their columns hold them, each field read where it is stored: no object per note. */
export class NoteColumns extends StoredList<ResearchNote> implements ResearchNoteTable {
  readonly personaId: (i: number) => string | undefined;
  readonly touchpointIds: (i: number) => readonly string[];

  private constructor(columns: Columns) {
    super(columns);
    this.personaId = this.reader('personaId') as (i: number) => string | undefined;
    const links = this.reader('touchpointIds') as (i: number) => readonly string[] | undefined;
    // A note stored without links has none, as the schema reads it.
    this.touchpointIds = (i) => links(i) ?? NO_LINKS;
  }

  /** The table of `columns`, or undefined if they are not as `encodeList` makes them of notes. */
  static of(columns: Columns, known: ReadonlySet<string>): NoteColumns | undefined {
    return soundColumns(columns, known) ? new NoteColumns(columns) : undefined;
  }
}

/** The columns a journey's notes are still kept as, if they are (reading them makes no objects). */
export function lazyResearchNotes(journey: object): NoteColumns | undefined {
  return lazyList(journey, 'researchNotes') as NoteColumns | undefined;
}

/** Give `journey` the notes `table` holds as a `researchNotes` that makes their objects at its first read. */
export function defineLazyResearchNotes(journey: object, table: NoteColumns): void {
  defineLazyList(journey, 'researchNotes', table);
}

/** The table of each list of notes read as objects. */
const tables = new WeakMap<readonly ResearchNote[], ResearchNoteTable>();

/** A journey's notes as a table, without making their objects if they are still columns. */
export function noteTable(journey: { readonly researchNotes: readonly ResearchNote[] }): ResearchNoteTable {
  return listTable(journey, 'researchNotes', tables, (notes) => new NoteObjects(notes));
}

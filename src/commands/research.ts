import { LIMITS, type ResearchNote } from '../model';
import { assignChanged, clearField, CommandError, editKey, find, remove, type Command } from './command';

export type NewResearchNote = Omit<ResearchNote, 'createdAt' | 'updatedAt'>;
export type ResearchNoteFields = Partial<
  Omit<ResearchNote, 'id' | 'touchpointIds' | 'createdAt' | 'updatedAt'>
>;

/** Add research notes (one, or one per pasted line) as one undo step. */
export function addResearchNotes(notes: readonly NewResearchNote[]): Command {
  return {
    type: 'add-research-notes',
    createdIds: notes.map((n) => n.id),
    apply(draft, { now }) {
      if (draft.researchNotes.length + notes.length > LIMITS.researchNotes)
        throw new CommandError(`a journey holds at most ${LIMITS.researchNotes} research notes`);
      for (const note of notes) {
        if (note.personaId !== undefined) find(draft.personas, note.personaId, 'persona');
        for (const id of note.touchpointIds) find(draft.touchpoints, id, 'touchpoint');
        draft.researchNotes.push({ ...note, createdAt: now, updatedAt: now });
      }
    },
  };
}

export function updateResearchNote(id: string, patch: ResearchNoteFields): Command {
  return {
    type: 'update-research-note',
    coalesceKey: editKey('research', id, patch),
    apply(draft, { now }) {
      const note = find(draft.researchNotes, id, 'research note');
      if (patch.personaId !== undefined) find(draft.personas, patch.personaId, 'persona');
      assignChanged(note, patch, now);
    },
  };
}

/** Clear a note's optional field (its persona, date or sentiment). */
export function clearResearchNoteField(id: string, field: 'personaId' | 'date' | 'sentiment'): Command {
  return {
    type: 'update-research-note',
    apply(draft, { now }) {
      clearField(find(draft.researchNotes, id, 'research note'), field, now);
    },
  };
}

export function deleteResearchNote(id: string): Command {
  return {
    type: 'delete-research-note',
    apply(draft) {
      remove(draft.researchNotes, id, 'research note');
    },
  };
}

/** Link notes to a touchpoint as evidence (or unlink them); linking twice changes nothing. */
export function linkResearchNotes(noteIds: readonly string[], touchpointId: string, linked = true): Command {
  return {
    type: linked ? 'link-research' : 'unlink-research',
    apply(draft, { now }) {
      find(draft.touchpoints, touchpointId, 'touchpoint');
      for (const noteId of noteIds) {
        const note = find(draft.researchNotes, noteId, 'research note');
        const has = note.touchpointIds.includes(touchpointId);
        if (has === linked) continue;
        if (linked && note.touchpointIds.length >= LIMITS.listItems)
          throw new CommandError(`a note links to at most ${LIMITS.listItems} touchpoints`);
        note.touchpointIds = linked
          ? [...note.touchpointIds, touchpointId]
          : note.touchpointIds.filter((t) => t !== touchpointId);
        note.updatedAt = now;
      }
    },
  };
}

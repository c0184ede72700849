import type { Annotation, AnnotationStatus, Reply } from '../model';
import { CommandError, find, remove, type Command } from './command';

export type NewAnnotation = Pick<Annotation, 'id' | 'targetType' | 'targetId' | 'kind' | 'text'> &
  Partial<Pick<Annotation, 'author' | 'priority'>>;

export function addAnnotation(input: NewAnnotation): Command {
  return {
    type: 'add-annotation',
    createdIds: [input.id],
    apply(draft, { now }) {
      const exists =
        input.targetType === 'journey'
          ? draft.id === input.targetId
          : input.targetType === 'touchpoint'
            ? draft.touchpoints.some((t) => t.id === input.targetId)
            : input.targetType === 'stage'
              ? draft.stages.some((s) => s.id === input.targetId)
              : draft.personas.some((p) => p.id === input.targetId);
      if (!exists) throw new CommandError(`no ${input.targetType} with id "${input.targetId}"`);
      draft.annotations.push({
        author: '',
        priority: 'medium',
        ...input,
        status: 'open',
        createdAt: now,
        updatedAt: now,
        replies: [],
      });
    },
  };
}

/** Resolve or reopen a note. */
export function setAnnotationStatus(id: string, status: AnnotationStatus): Command {
  return {
    type: status === 'resolved' ? 'resolve-annotation' : 'reopen-annotation',
    apply(draft, { now }) {
      const annotation = find(draft.annotations, id, 'annotation');
      annotation.status = status;
      annotation.updatedAt = now;
    },
  };
}

export function deleteAnnotation(id: string): Command {
  return {
    type: 'delete-annotation',
    apply(draft) {
      remove(draft.annotations, id, 'annotation');
    },
  };
}

export function addReply(annotationId: string, reply: Omit<Reply, 'createdAt'>): Command {
  return {
    type: 'add-reply',
    createdIds: [reply.id],
    apply(draft, { now }) {
      const annotation = find(draft.annotations, annotationId, 'annotation');
      annotation.replies.push({ ...reply, createdAt: now });
      annotation.updatedAt = now;
    },
  };
}

import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReactFlow } from '@xyflow/react';
import { ANNOTATION_KINDS, type Annotation, type Journey } from '../../src/model';
import { Replies } from '../inspector/AnnotationsList';
import { useEditor, type Selection } from '../state/editorStore';
import { Select, type Option } from '../ui/Select';

/** Where a note is pinned, as a selection and a canvas node to show. */
function targetOf(note: Annotation): { selection: Selection; nodeId: string } {
  switch (note.targetType) {
    case 'touchpoint':
      return { selection: { kind: 'touchpoints', ids: [note.targetId] }, nodeId: note.targetId };
    case 'stage':
      return { selection: { kind: 'stage', id: note.targetId }, nodeId: `stage:${note.targetId}` };
    case 'persona':
      return { selection: { kind: 'persona', id: note.targetId }, nodeId: `lane:${note.targetId}` };
    default:
      return { selection: { kind: 'journey' }, nodeId: '' };
  }
}

function stageOf(journey: Journey, note: Annotation): string | undefined {
  if (note.targetType === 'stage') return note.targetId;
  if (note.targetType === 'touchpoint')
    return journey.touchpoints.find((t) => t.id === note.targetId)?.stageId;
  return undefined;
}

function targetName(journey: Journey, note: Annotation): string {
  switch (note.targetType) {
    case 'touchpoint':
      return journey.touchpoints.find((t) => t.id === note.targetId)?.title ?? '';
    case 'stage':
      return journey.stages.find((s) => s.id === note.targetId)?.name ?? '';
    case 'persona':
      return journey.personas.find((p) => p.id === note.targetId)?.name ?? '';
    default:
      return journey.title;
  }
}

/** Every note of the map, filtered by kind, status, author and stage; a click shows its target. */
export function NotesPanel({ journey }: { journey: Journey }) {
  const { t } = useTranslation();
  const flow = useReactFlow();
  const [kind, setKind] = useState('');
  const [status, setStatus] = useState('open');
  const [author, setAuthor] = useState('');
  const [stage, setStage] = useState('');
  const authors = useMemo(
    () => [...new Set(journey.annotations.map((a) => a.author).filter(Boolean))].sort(),
    [journey.annotations],
  );
  const shown = journey.annotations.filter(
    (a) =>
      (!kind || a.kind === kind) &&
      (!status || a.status === status) &&
      (!author || a.author === author) &&
      (!stage || stageOf(journey, a) === stage),
  );
  const jump = (note: Annotation) => {
    const { selection, nodeId } = targetOf(note);
    useEditor.getState().select(selection);
    const node = nodeId ? flow.getNode(nodeId) : undefined;
    if (node) void flow.fitView({ nodes: [node], maxZoom: 1.2, duration: 300 });
  };
  const select = (label: string, value: string, set: (v: string) => void, options: Option<string>[]) => (
    <Select className="input" aria-label={label} value={value} options={options} onChange={set} />
  );
  return (
    <section aria-label={t('notesPanel.title')}>
      <div className="notes-filters">
        {select(t('notesPanel.kind'), kind, setKind, [
          ['', t('notesPanel.allKinds')],
          ...ANNOTATION_KINDS.map((k) => [k, t(`notes.kind.${k}`)] as [string, string]),
        ])}
        {select(t('notesPanel.status'), status, setStatus, [
          ['', t('notesPanel.allStatuses')],
          ['open', t('notesPanel.open')],
          ['resolved', t('notes.resolved')],
        ])}
        {select(t('notesPanel.author'), author, setAuthor, [
          ['', t('notesPanel.allAuthors')],
          ...authors.map((a) => [a, a] as [string, string]),
        ])}
        {select(t('notesPanel.stage'), stage, setStage, [
          ['', t('notesPanel.allStages')],
          ...journey.stages.map((s) => [s.id, s.name] as [string, string]),
        ])}
      </div>
      <p className="muted small">{t('notesPanel.count', { count: shown.length })}</p>
      <ul className="notes" aria-label={t('notesPanel.list')}>
        {shown.map((note) => (
          <li
            key={note.id}
            className={`note note-${note.kind}${note.status === 'resolved' ? ' is-resolved' : ''}`}
          >
            <button
              type="button"
              className="note-jump"
              onClick={() => jump(note)}
              aria-label={t('notesPanel.show', { text: note.text })}
            >
              <span className="note-head">
                <span>{t(`notes.kind.${note.kind}`)}</span>
                <span>{t(`notes.priority.${note.priority}`)}</span>
                <span>{note.author}</span>
              </span>
              <span className="note-text">{note.text}</span>
              <span className="muted small">→ {targetName(journey, note)}</span>
            </button>
            <Replies replies={note.replies} />
          </li>
        ))}
      </ul>
    </section>
  );
}

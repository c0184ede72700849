import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PanelSection } from '../ui/PanelSection';
import { Check, RotateCcw, Trash2 } from 'lucide-react';
import { addAnnotation, addReply, deleteAnnotation, setAnnotationStatus } from '../../src/commands';
import {
  ANNOTATION_KINDS,
  type AnnotationKind,
  LIMITS,
  newId,
  PRIORITIES,
  type Priority,
  type Reply,
  type TargetType,
} from '../../src/model';
import { useEditor } from '../state/editorStore';
import { useSettings } from '../state/settingsStore';
import { IconButton } from '../ui/IconButton';
import { Select } from '../ui/Select';

function ReplyForm({ annotationId, author }: { annotationId: string; author: string }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const send = () => {
    if (!text.trim()) return;
    useEditor.getState().dispatch(addReply(annotationId, { id: newId(), author, text: text.trim() }));
    setText('');
  };
  return (
    <div className="reply-form">
      <input
        className="input"
        aria-label={t('notes.replyText')}
        placeholder={t('notes.replyText')}
        value={text}
        maxLength={LIMITS.longText}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => e.key === 'Enter' && send()}
      />
      <button type="button" className="btn" disabled={!text.trim()} onClick={send}>
        {t('notes.reply')}
      </button>
    </div>
  );
}

/** A note's replies, oldest first, each with its author (the inspector and the Notes panel alike). */
export function Replies({ replies }: { replies: Reply[] }) {
  const { t } = useTranslation();
  if (replies.length === 0) return null;
  return (
    <ul className="replies" aria-label={t('notes.replies')}>
      {replies.map((reply) => (
        <li key={reply.id}>
          <strong>{reply.author || t('notes.anonymous')}</strong> {reply.text}
        </li>
      ))}
    </ul>
  );
}

/** The notes pinned to one target, with a form to add one. */
export function AnnotationsList({ targetType, targetId }: { targetType: TargetType; targetId: string }) {
  const { t } = useTranslation();
  const annotations = useEditor((s) => s.journey?.annotations);
  const notes = useMemo(() => annotations?.filter((a) => a.targetId === targetId), [annotations, targetId]);
  const author = useSettings((s) => s.author);
  const [kind, setKind] = useState<AnnotationKind>('pain-point');
  const [priority, setPriority] = useState<Priority>('medium');
  const [text, setText] = useState('');
  const textId = useId();
  const add = () => {
    if (!text.trim()) return;
    useEditor
      .getState()
      .dispatch(
        addAnnotation({ id: newId(), targetType, targetId, kind, text: text.trim(), author, priority }),
      );
    setText('');
  };
  return (
    <PanelSection title={t('notes.title')}>
      <ul className="notes">
        {notes?.map((note) => (
          <li
            key={note.id}
            className={`note note-${note.kind}${note.status === 'resolved' ? ' is-resolved' : ''}`}
          >
            <div className="note-head">
              <span className="note-kind">{t(`notes.kind.${note.kind}`)}</span>
              <span className="note-priority">{t(`notes.priority.${note.priority}`)}</span>
              {note.status === 'resolved' && <span className="note-status">{t('notes.resolved')}</span>}
            </div>
            <p className="note-text">{note.text}</p>
            <Replies replies={note.replies} />
            <ReplyForm annotationId={note.id} author={author} />
            <div className="note-foot">
              <span className="note-author">{note.author || t('notes.anonymous')}</span>
              <IconButton
                label={note.status === 'open' ? t('notes.resolve') : t('notes.reopen')}
                onClick={() =>
                  useEditor
                    .getState()
                    .dispatch(setAnnotationStatus(note.id, note.status === 'open' ? 'resolved' : 'open'))
                }
              >
                {note.status === 'open' ? <Check size={16} /> : <RotateCcw size={16} />}
              </IconButton>
              <IconButton
                label={t('notes.delete')}
                className="btn-danger"
                onClick={() => useEditor.getState().dispatch(deleteAnnotation(note.id))}
              >
                <Trash2 size={16} />
              </IconButton>
            </div>
          </li>
        ))}
      </ul>
      <div className="note-form">
        <div className="row">
          <Select
            aria-label={t('notes.kindLabel')}
            className="input"
            value={kind}
            options={ANNOTATION_KINDS.map((k) => [k, t(`notes.kind.${k}`)] as const)}
            onChange={setKind}
          />
          <Select
            aria-label={t('notes.priorityLabel')}
            className="input"
            value={priority}
            options={PRIORITIES.map((p) => [p, t(`notes.priority.${p}`)] as const)}
            onChange={setPriority}
          />
        </div>
        <label htmlFor={textId} className="sr-only">
          {t('notes.text')}
        </label>
        <textarea
          id={textId}
          className="input"
          rows={2}
          value={text}
          placeholder={t('notes.placeholder')}
          maxLength={LIMITS.longText}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) add();
          }}
        />
        <button type="button" className="btn" onClick={add} disabled={!text.trim()}>
          {t('notes.add')}
        </button>
      </div>
    </PanelSection>
  );
}

import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { filterResearch, type ResearchFilter } from '../../src/analytics';
import {
  addResearchNotes,
  clearResearchNoteField,
  deleteResearchNote,
  linkResearchNotes,
  updateResearchNote,
} from '../../src/commands';
import {
  EMOTION_SCORES,
  LIMITS,
  newId,
  RESEARCH_SOURCES,
  type Journey,
  type ResearchNote,
} from '../../src/model';
import { useEditor } from '../state/editorStore';
import { CheckField } from '../ui/Field';
import { Choice } from './Choice';
import { ImportResearchButton } from './ImportResearchDialog';
import { startResearchDrag } from './researchDrag';
import { useResearchView } from './researchView';
import './research.css';

/** One note per non-empty line of pasted or typed text, with the source and persona chosen. */
function notesFromLines(
  text: string,
  fields: Pick<ResearchNote, 'source'> & Partial<Pick<ResearchNote, 'personaId' | 'sentiment'>>,
) {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => ({
      id: newId(),
      kind: 'quote' as const,
      text: [...line].slice(0, LIMITS.longText).join(''),
      participant: '',
      touchpointIds: [],
      ...fields,
    }));
}

/** A sentiment from −3 to +3, or none: the select of a note or of the notes about to be added. */
function SentimentSelect({
  value,
  label,
  onChange,
}: {
  value: number | undefined;
  label: string;
  onChange: (sentiment: number | undefined) => void;
}) {
  const { t } = useTranslation();
  return (
    <Choice
      label={label}
      value={value === undefined ? '' : String(value)}
      empty={t('research.noSentiment')}
      options={EMOTION_SCORES.map((score) => [
        String(score),
        t('research.sentimentIs', { score: score > 0 ? `+${score}` : score }),
      ])}
      onChange={(v) => onChange(v === '' ? undefined : Number(v))}
    />
  );
}

/** A "Link to…" control: the keyboard's way to what dragging a note onto a card does. */
function LinkTo({ journey, note }: { journey: Journey; note: ResearchNote }) {
  const { t } = useTranslation();
  const stageName = new Map(journey.stages.map((s) => [s.id, s.name]));
  return (
    <Choice
      label={t('research.linkTo')}
      value=""
      empty={t('research.linkTo')}
      options={journey.touchpoints
        .filter((tp) => !note.touchpointIds.includes(tp.id))
        .map((tp) => [tp.id, `${tp.title} (${stageName.get(tp.stageId)})`])}
      onChange={(id) => id && useEditor.getState().dispatch(linkResearchNotes([note.id], id))}
    />
  );
}

/** The journey's research notes: filtered, pasted in by the line, linked to touchpoints by drag or by "Link to…". */
export function ResearchPanel({ journey }: { journey: Journey }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<ResearchFilter>({});
  const [text, setText] = useState('');
  const [source, setSource] = useState<ResearchNote['source']>('interview');
  const [personaId, setPersonaId] = useState('');
  const [sentiment, setSentiment] = useState<number | undefined>(undefined);
  const assumptionsOnly = useResearchView((s) => s.assumptionsOnly);
  const paste = useId();
  const sources = RESEARCH_SOURCES.map((v) => [v, t(`research.sources.${v}`)] as const);
  const personas = journey.personas.map((p) => [p.id, p.name] as const);
  const titleOf = new Map(journey.touchpoints.map((tp) => [tp.id, tp.title]));
  const personaOf = new Map(journey.personas.map((p) => [p.id, p.name]));
  const shown = filterResearch(journey.researchNotes, filter);
  const add = () => {
    const notes = notesFromLines(text, {
      source,
      ...(personaId ? { personaId } : {}),
      ...(sentiment !== undefined ? { sentiment } : {}),
    });
    if (notes.length && useEditor.getState().dispatch(addResearchNotes(notes))) setText('');
  };
  return (
    <section aria-label={t('research.title')} className="research">
      <h2>{t('research.title')}</h2>
      <ImportResearchButton journey={journey} />
      <div className="research-paste field">
        <label htmlFor={paste} className="field-label">
          {t('research.paste')}
        </label>
        <textarea
          id={paste}
          rows={3}
          value={text}
          placeholder={t('research.pasteHint')}
          onChange={(e) => setText(e.target.value)}
        />
        <div className="inline-fields">
          <Choice
            label={t('research.source')}
            value={source}
            options={sources}
            onChange={(v) => setSource(v as ResearchNote['source'])}
          />
          <Choice
            label={t('research.persona')}
            value={personaId}
            empty={t('research.anyPersona')}
            options={personas}
            onChange={setPersonaId}
          />
          <SentimentSelect value={sentiment} label={t('research.sentiment')} onChange={setSentiment} />
          <button type="button" className="btn" disabled={!text.trim()} onClick={add}>
            {t('research.add', { count: notesFromLines(text, { source }).length })}
          </button>
        </div>
      </div>
      <CheckField
        label={t('research.showAssumptions')}
        checked={assumptionsOnly}
        onChange={(on) => useResearchView.getState().setAssumptionsOnly(on)}
      />
      <div className="research-filters" role="group" aria-label={t('research.filters')}>
        <Choice
          label={t('research.filterSource')}
          value={filter.source ?? ''}
          empty={t('research.anySource')}
          options={sources}
          onChange={(v) => setFilter({ ...filter, source: (v || undefined) as ResearchFilter['source'] })}
        />
        <Choice
          label={t('research.filterPersona')}
          value={filter.personaId ?? ''}
          empty={t('research.anyPersona')}
          options={personas}
          onChange={(v) => setFilter({ ...filter, personaId: v || undefined })}
        />
        <Choice
          label={t('research.filterTouchpoint')}
          value={filter.touchpointId ?? ''}
          empty={t('research.anyTouchpoint')}
          options={journey.touchpoints.map((tp) => [tp.id, tp.title])}
          onChange={(v) => setFilter({ ...filter, touchpointId: v || undefined })}
        />
        <CheckField
          label={t('research.unlinked')}
          checked={filter.unlinked ?? false}
          onChange={(unlinked) => setFilter({ ...filter, unlinked: unlinked || undefined })}
        />
      </div>
      <p className="muted small" aria-live="polite">
        {t('research.count', { count: shown.length, total: journey.researchNotes.length })}
      </p>
      <ul className="research-list" aria-label={t('research.notes')}>
        {shown.slice(0, 200).map((note) => (
          <li
            key={note.id}
            className="research-note"
            draggable
            onDragStart={(e) => startResearchDrag(e, note.id)}
            title={t('research.dragHint')}
          >
            <blockquote>{note.text}</blockquote>
            <div className="research-meta">
              <span>{t(`research.sources.${note.source}`)}</span>
              {note.personaId && <span>{personaOf.get(note.personaId)}</span>}
              <SentimentSelect
                value={note.sentiment}
                label={t('research.sentimentOf', { text: note.text.slice(0, 40) })}
                onChange={(value) =>
                  useEditor
                    .getState()
                    .dispatch(
                      value === undefined
                        ? clearResearchNoteField(note.id, 'sentiment')
                        : updateResearchNote(note.id, { sentiment: value }),
                    )
                }
              />
              {note.touchpointIds.length === 0 ? (
                <span>{t('research.notLinked')}</span>
              ) : (
                <span>
                  {t('research.linkedTo', {
                    titles: note.touchpointIds.map((id) => titleOf.get(id)).join(', '),
                  })}
                </span>
              )}
              <LinkTo journey={journey} note={note} />
              <button
                type="button"
                className="btn"
                aria-label={t('research.delete', { text: note.text.slice(0, 40) })}
                onClick={() => useEditor.getState().dispatch(deleteResearchNote(note.id))}
              >
                {t('research.deleteShort')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

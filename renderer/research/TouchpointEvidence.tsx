import { useTranslation } from 'react-i18next';
import { evidenceByTouchpoint, suggestedEmotion } from '../../src/analytics';
import { linkResearchNotes, setEmotion } from '../../src/commands';
import type { Journey, Touchpoint } from '../../src/model';
import { useEditor } from '../state/editorStore';
import './research.css';
import { PanelSection } from '../ui/PanelSection';

/**
 * A touchpoint's evidence in the inspector: its level, its linked notes (each can be unlinked),
 * and the emotion they suggest, which the user may accept (one undo step), never applied silently.
 */
export function TouchpointEvidence({ journey, touchpoint }: { journey: Journey; touchpoint: Touchpoint }) {
  const { t } = useTranslation();
  const evidence = evidenceByTouchpoint({ ...journey, touchpoints: [touchpoint] }).get(touchpoint.id)!;
  const suggestion = suggestedEmotion(journey, touchpoint.id);
  const notes = journey.researchNotes.filter((n) => n.touchpointIds.includes(touchpoint.id));
  const signed = (n: number) => (n > 0 ? `+${n}` : String(n));
  return (
    <PanelSection title={t('research.evidence')} className="measures-section">
      <p>{t(`measures.evidence.${evidence.level}`)}</p>
      {suggestion && suggestion.score !== touchpoint.emotion && (
        <div className="suggestion" role="group" aria-label={t('research.suggestion')}>
          <p>
            {t('research.suggested', {
              score: signed(suggestion.score),
              emotion: t(`emotion.score.${suggestion.score}`),
              count: suggestion.from,
            })}
          </p>
          <button
            type="button"
            className="btn"
            onClick={() => useEditor.getState().dispatch(setEmotion([touchpoint.id], suggestion.score))}
          >
            {t('research.accept', { score: signed(suggestion.score) })}
          </button>
        </div>
      )}
      {notes.length > 0 && (
        <ul className="research-list" aria-label={t('research.linkedNotes')}>
          {notes.map((note) => (
            <li key={note.id} className="research-note">
              <blockquote>{note.text}</blockquote>
              <div className="research-meta">
                <span>{t(`research.sources.${note.source}`)}</span>
                {note.sentiment !== undefined && (
                  <span>{t('research.sentimentIs', { score: signed(note.sentiment) })}</span>
                )}
                <button
                  type="button"
                  className="btn"
                  aria-label={t('research.unlink', { text: note.text.slice(0, 40) })}
                  onClick={() =>
                    useEditor.getState().dispatch(linkResearchNotes([note.id], touchpoint.id, false))
                  }
                >
                  {t('research.unlinkShort')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </PanelSection>
  );
}

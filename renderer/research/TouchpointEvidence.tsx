import { useTranslation } from 'react-i18next';
import { evidenceLevel, suggestedEmotion } from '../../src/analytics';
import { linkResearchNotes, setEmotion } from '../../src/commands';
import type { Journey, Touchpoint } from '../../src/model';
import { useEditor } from '../state/editorStore';
import './research.css';
import { PanelSection } from '../ui/PanelSection';
import { notesByTouchpoint, valuesByTarget } from '../metrics/measuresView';

/**
 * A touchpoint's evidence in the inspector: its level, its linked notes (each can be unlinked),
 * and the emotion they suggest, which the user may accept (one undo step), never applied silently.
 */
export function TouchpointEvidence({ journey, touchpoint }: { journey: Journey; touchpoint: Touchpoint }) {
  const { t } = useTranslation();
  // From indexes kept per list: this renders at every edit, and a measured map has tens of thousands of values.
  const notes = notesByTouchpoint(journey.researchNotes).get(touchpoint.id) ?? [];
  const measured = valuesByTarget(journey.metricValues).touchpoint.has(touchpoint.id);
  const level = evidenceLevel(notes.length, measured);
  const suggestion = suggestedEmotion({ researchNotes: notes }, touchpoint.id);
  const signed = (n: number) => (n > 0 ? `+${n}` : String(n));
  return (
    <PanelSection title={t('research.evidence')} className="measures-section">
      <p>{t(`measures.evidence.${level}`)}</p>
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

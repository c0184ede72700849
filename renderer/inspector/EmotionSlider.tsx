import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { setEmotion } from '../../src/commands';
import { EMOTION_MAX, EMOTION_MIN } from '../../src/model';
import { useEditor } from '../state/editorStore';
import { EmotionFace } from '../ui/emotion';

export function EmotionSlider({ touchpointId, score }: { touchpointId: string; score: number }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {t('touchpoint.emotion')}
      </label>
      <div className="emotion-slider">
        <EmotionFace score={score} size={26} label={t(`emotion.score.${score}`)} />
        <input
          id={id}
          type="range"
          min={EMOTION_MIN}
          max={EMOTION_MAX}
          step={1}
          value={score}
          aria-valuetext={t(`emotion.score.${score}`)}
          onChange={(e) => useEditor.getState().dispatch(setEmotion([touchpointId], Number(e.target.value)))}
          onBlur={() => useEditor.getState().seal()}
        />
        <output htmlFor={id}>{t(`emotion.score.${score}`)}</output>
      </div>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { EMOTION_SCORES, type Journey } from '../../src/model';
import { ChannelIcon } from '../ui/channelIcon';
import { EmotionFace } from '../ui/emotion';
import { PanelSection } from '../ui/PanelSection';

/** What the faces, colours and channel chips mean. Also drawn into image exports. */
export function Legend({ journey }: { journey: Journey }) {
  const { t } = useTranslation();
  return (
    <PanelSection title={t('legend.title')} className="legend">
      <ul className="legend-emotions">
        {[...EMOTION_SCORES].reverse().map((score) => (
          <li key={score}>
            <EmotionFace score={score} size={16} label="" />
            <span>
              {score > 0 ? `+${score}` : score} {t(`emotion.score.${score}`)}
            </span>
          </li>
        ))}
      </ul>
      <ul className="legend-channels">
        {journey.channels.map((c) => (
          <li key={c.id} style={{ color: c.color }}>
            <ChannelIcon channel={c} size={14} /> <span>{c.name}</span>
          </li>
        ))}
      </ul>
    </PanelSection>
  );
}

import { Angry, Annoyed, Frown, Laugh, Meh, Smile, SmilePlus, type LucideIcon } from 'lucide-react';
import { valenceOf, type Valence } from '../../src/model';

/**
 * Emotion colours from the Okabe–Ito palette (safe for the common colour-vision deficiencies),
 * always paired with a face so that colour is never the only cue.
 */
export const VALENCE_COLOR: Record<Valence, string> = {
  positive: '#0072b2',
  neutral: '#6b7280',
  negative: '#d55e00',
};

const FACES: Record<number, LucideIcon> = {
  [-3]: Angry,
  [-2]: Frown,
  [-1]: Annoyed,
  0: Meh,
  1: Smile,
  2: SmilePlus,
  3: Laugh,
};

/** The face for an emotion score; named `label`, or decorative (hidden) when the label is beside it in text. */
export function EmotionFace({ score, size = 18, label }: { score: number; size?: number; label: string }) {
  const Face = FACES[score] ?? Meh;
  const name = label ? { role: 'img', 'aria-label': label } : { 'aria-hidden': true };
  return <Face size={size} color={VALENCE_COLOR[valenceOf(score)]} strokeWidth={2.25} {...name} />;
}

import { Angry, Annoyed, Frown, Laugh, Meh, Smile, SmilePlus, type LucideIcon } from 'lucide-react';
import { valenceOf } from '../../src/model';
import { VALENCE_COLOR } from '../../src/drawing/palette';

export { VALENCE_COLOR };

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

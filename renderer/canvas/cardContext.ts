import { createContext, useContext } from 'react';
import type { TFunction } from 'i18next';
import { EMOTION_SCORES, type Touchpoint } from '../../src/model';

/** Below this zoom cards show their title and emotion colour only. */
export const DETAIL_ZOOM = 0.45;

export interface CardContext {
  t: TFunction;
  /** Draw icons, chips and markers (zoomed in, or while exporting). */
  detailed: boolean;
}

/**
 * What every card needs from around it, read once by the canvas and handed down: a map holds thousands
 * of cards, and one `useTranslation` or store subscription each is most of the cost of opening it.
 */
export const CardContextValue = createContext<CardContext | null>(null);

export function useCardContext(): CardContext {
  const value = useContext(CardContextValue);
  if (!value) throw new Error('cards are drawn inside the canvas');
  return value;
}

/** A card's accessible name ("Signs the contract, Negative"), remembered per touchpoint object. */
export function cardNamer(t: TFunction): (touchpoint: Touchpoint) => string {
  const emotions = new Map<number, string>(
    EMOTION_SCORES.map((score) => [score, t(`emotion.score.${score}`)]),
  );
  const names = new WeakMap<Touchpoint, string>();
  return (touchpoint) => {
    let name = names.get(touchpoint);
    if (name === undefined) {
      name = t('canvas.card', { title: touchpoint.title, emotion: emotions.get(touchpoint.emotion) });
      names.set(touchpoint, name);
    }
    return name;
  };
}

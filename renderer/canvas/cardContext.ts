import { createContext, useContext } from 'react';
import type { TFunction } from 'i18next';

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

import { createContext, useContext, useEffect } from 'react';
import { useStoreApi, type ReactFlowState } from '@xyflow/react';
import type { TFunction } from 'i18next';
import { create } from 'zustand';
import { EMOTION_SCORES, type Touchpoint } from '../../src/model';
import { GEOMETRY } from './geometry';

/** Below this zoom cards show their title and emotion colour only. */
export const DETAIL_ZOOM = 0.45;

export interface CardContext {
  t: TFunction;
  /**
   * Which cards draw icons, chips and markers: on the canvas those around the view when zoomed in
   * ('view'); on an exported sheet every card ('all'), or none when the image is too small to read them.
   */
  detail: 'view' | 'all' | 'none';
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

/** A part of the map, in flow units. */
export interface FlowRect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Detail windows move in steps of this many flow units, so that panning changes them only now and then. */
const DETAIL_GRID = 1024;

/**
 * Where cards draw in full detail: zoomed in (at least DETAIL_ZOOM), the view and half a view around it,
 * snapped out to a coarse grid; zoomed out, nowhere. Icons and chips of cards far off screen would cost
 * the time of drawing thousands of them the moment the zoom crosses the threshold, for nothing.
 */
export function detailWindow(
  [x, y, zoom]: readonly [number, number, number],
  width: number,
  height: number,
): FlowRect | null {
  if (zoom < DETAIL_ZOOM) return null;
  const [w, h] = [width / zoom, height / zoom];
  const [left, top] = [-x / zoom, -y / zoom];
  const down = (v: number) => Math.floor(v / DETAIL_GRID) * DETAIL_GRID;
  const up = (v: number) => Math.ceil(v / DETAIL_GRID) * DETAIL_GRID;
  return {
    left: down(left - w / 2),
    top: down(top - h / 2),
    right: up(left + 1.5 * w),
    bottom: up(top + 1.5 * h),
  };
}

const sameRect = (a: FlowRect | null, b: FlowRect | null): boolean =>
  a === b ||
  (a !== null &&
    b !== null &&
    a.left === b.left &&
    a.top === b.top &&
    a.right === b.right &&
    a.bottom === b.bottom);

/** The canvas's current detail window (set by the canvas as its view moves). */
const useDetailWindow = create<{ window: FlowRect | null }>(() => ({ window: null }));

/** Keep the detail window on the canvas's view, without re-rendering the canvas: only cards entering or leaving it redraw. */
export function useDetailWindowFollowingView(): void {
  const flowStore = useStoreApi();
  useEffect(() => {
    const follow = ({ transform, width, height }: ReactFlowState) => {
      const next = detailWindow(transform, width, height);
      if (!sameRect(next, useDetailWindow.getState().window)) useDetailWindow.setState({ window: next });
    };
    follow(flowStore.getState());
    return flowStore.subscribe(follow);
  }, [flowStore]);
}

/** Whether the card whose top-left corner is at (x, y) draws in full detail. */
export function useCardDetail(x: number, y: number): boolean {
  const { detail } = useCardContext();
  const near = useDetailWindow(
    ({ window: w }) =>
      detail === 'view' &&
      w !== null &&
      x + GEOMETRY.cardWidth >= w.left &&
      x <= w.right &&
      y + GEOMETRY.cardHeight >= w.top &&
      y <= w.bottom,
  );
  return detail === 'all' || near;
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

import { useEffect, useMemo, useState } from 'react';
import type { CanvasNode } from './layout';

/** Cards handed to React Flow per step while a map opens. */
export const CARDS_PER_STEP = 1000;

/**
 * The nodes to give React Flow: every header, cell and curve at once, but the cards a thousand at a
 * time, one step per task, until all are there; from then on, all of them. A map of thousands of cards
 * then opens in steps of a few hundred milliseconds instead of freezing the window for seconds.
 */
const cardCount = (nodes: readonly CanvasNode[]) => nodes.filter((node) => node.type === 'touchpoint').length;

export function useProgressiveCards(nodes: CanvasNode[]): CanvasNode[] {
  const [limit, setLimit] = useState(() => (cardCount(nodes) <= CARDS_PER_STEP ? Infinity : CARDS_PER_STEP));
  // Counted only while cards are still arriving: afterwards `nodes` changes on every frame of a drag.
  const total = useMemo(() => (limit === Infinity ? 0 : cardCount(nodes)), [nodes, limit]);
  useEffect(() => {
    if (limit === Infinity) return;
    const step = setTimeout(() =>
      setLimit((l) => (l + CARDS_PER_STEP >= total ? Infinity : l + CARDS_PER_STEP)),
    );
    return () => clearTimeout(step);
  }, [limit, total]);
  return useMemo(() => {
    if (limit === Infinity) return nodes;
    let cards = 0;
    return nodes.filter((node) => node.type !== 'touchpoint' || cards++ < limit);
  }, [nodes, limit]);
}

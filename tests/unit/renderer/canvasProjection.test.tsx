// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { updateTouchpoint, execute } from '../../../src/commands';
import type { TFunction } from 'i18next';
import { cardNamer, detailWindow } from '../../../renderer/canvas/cardContext';
import { curveThroughCards } from '../../../renderer/canvas/curvePath';
import { layoutJourney, type CanvasNode } from '../../../renderer/canvas/layout';
import { CARDS_PER_STEP, useProgressiveCards } from '../../../renderer/canvas/progressiveCards';
import { reuseUnchanged } from '../../../renderer/canvas/stableNodes';
import { smallJourney } from '../helpers/smallJourney';

const cardCount = (nodes: CanvasNode[]) => nodes.filter((n) => n.type === 'touchpoint').length;

describe('emotional curve path', () => {
  it('runs from the middle of each card’s right side to the middle of the next card’s left side', () => {
    // Cards 176 × 88: the first at (0, 0), the next at (300, 100), the last at (600, 0).
    const path = curveThroughCards([0, 0, 300, 100, 600, 0]);
    const segments = path.split(' M').map((s) => (s.startsWith('M') ? s : `M${s}`));
    expect(segments).toHaveLength(2);
    expect(segments[0]).toMatch(/^M176,44 C.* 300,144$/);
    expect(segments[1]).toMatch(/^M476,144 C.* 600,44$/);
  });

  it('is empty for fewer than two cards', () => {
    expect(curveThroughCards([])).toBe('');
    expect(curveThroughCards([10, 20])).toBe('');
  });
});

describe('stable nodes across edits', () => {
  it('keeps the objects of every node an edit did not change', () => {
    const journey = smallJourney();
    const before = layoutJourney(journey, 'personas').nodes;
    const edited = execute(journey, updateTouchpoint('t2', { title: 'Renamed' }), {
      now: journey.updatedAt,
    }).journey;
    const after = reuseUnchanged(before, layoutJourney(edited, 'personas').nodes);
    const changed = after.filter((node, i) => node !== before[i]).map((n) => n.id);
    // Only the renamed card is new; its lane's and stage's headers, cells and curve are the same objects.
    expect(changed).toEqual(['t2']);
  });

  it('treats a moved or newly selected card as changed', () => {
    const before = layoutJourney(smallJourney(), 'personas').nodes;
    const next = before.map((n) =>
      n.id === 't1'
        ? { ...n, position: { x: 1, y: 2 } }
        : n.id === 't3'
          ? { ...n, selected: true }
          : { ...n },
    );
    const after = reuseUnchanged(before, next);
    expect(after.filter((node, i) => node !== before[i]).map((n) => n.id)).toEqual(['t1', 't3']);
  });
});

describe('card names', () => {
  it('names a card by its title and emotion, once per touchpoint object', () => {
    const t = vi.fn((key: string, options?: { title: string; emotion: string }) =>
      options ? `${options.title}, ${options.emotion}` : key.replace('emotion.score.', 'score '),
    );
    const name = cardNamer(t as unknown as TFunction);
    const [t1, t2] = smallJourney().touchpoints;
    const calls = t.mock.calls.length; // the seven emotion words
    expect(name(t1!)).toBe('T1, score 2');
    expect(name(t1!)).toBe('T1, score 2');
    expect(name({ ...t2!, title: 'Edited' })).toBe('Edited, score 1');
    expect(t.mock.calls.length - calls).toBe(2);
  });
});

describe('detail window', () => {
  it('is nowhere when zoomed out', () => {
    expect(detailWindow([0, 0, 0.44], 1600, 900)).toBeNull();
  });

  it('is the view and half a view around it, in flow units, snapped out to 1,024', () => {
    // At zoom 0.5 panned by (−2000, −1000) px, a 1,600 × 900 view shows flow x 4,000…7,200, y 2,000…3,800.
    // Half a view more each side: x 2,400…8,800, y 1,100…4,700; snapped out: 2,048…9,216, 1,024…5,120.
    expect(detailWindow([-2000, -1000, 0.5], 1600, 900)).toEqual({
      left: 2048,
      top: 1024,
      right: 9216,
      bottom: 5120,
    });
  });

  it('does not move while the view pans within a grid step', () => {
    expect(detailWindow([-2010, -1005, 0.5], 1600, 900)).toEqual(
      detailWindow([-2000, -1000, 0.5], 1600, 900),
    );
  });
});

describe('progressive cards', () => {
  afterEach(() => vi.useRealTimers());

  const bigMap = (cards: number): CanvasNode[] => {
    const [template] = layoutJourney(smallJourney(), 'personas').nodes.filter((n) => n.type === 'touchpoint');
    const others = layoutJourney(smallJourney(), 'personas').nodes.filter((n) => n.type !== 'touchpoint');
    return [...others, ...Array.from({ length: cards }, (_, i) => ({ ...template!, id: `c${i}` }))];
  };

  it('hands a large map over a thousand cards a step, headers and cells at once, until all are there', () => {
    vi.useFakeTimers();
    const nodes = bigMap(2 * CARDS_PER_STEP + 500);
    const { result } = renderHook(() => useProgressiveCards(nodes));
    expect(cardCount(result.current)).toBe(CARDS_PER_STEP);
    expect(result.current.filter((n) => n.type !== 'touchpoint')).toHaveLength(nodes.length - 2500);
    act(() => vi.advanceTimersToNextTimer());
    expect(cardCount(result.current)).toBe(2 * CARDS_PER_STEP);
    act(() => vi.advanceTimersToNextTimer());
    expect(result.current).toBe(nodes);
  });

  it('gives a small map at once, and keeps giving every card after the map grows', () => {
    let nodes = bigMap(10);
    const { result, rerender } = renderHook(() => useProgressiveCards(nodes));
    expect(result.current).toBe(nodes);
    nodes = bigMap(CARDS_PER_STEP + 10);
    rerender();
    expect(result.current).toBe(nodes);
  });
});

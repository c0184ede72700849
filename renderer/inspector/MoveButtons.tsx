import type { ReactNode } from 'react';

/**
 * Two buttons that move a thing one place back or forward in its list (a persona up or down, a
 * stage left or right); at either end of the list its button is disabled.
 */
export function MoveButtons({
  index,
  count,
  onMove,
  back,
  forward,
}: {
  index: number;
  count: number;
  onMove: (to: number) => void;
  /** What each button says (an arrow and a word). */
  back: ReactNode;
  forward: ReactNode;
}) {
  return (
    <div className="row">
      <button type="button" className="btn" disabled={index === 0} onClick={() => onMove(index - 1)}>
        {back}
      </button>
      <button type="button" className="btn" disabled={index === count - 1} onClick={() => onMove(index + 1)}>
        {forward}
      </button>
    </div>
  );
}

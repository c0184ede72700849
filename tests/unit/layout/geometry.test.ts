import { describe, expect, it } from 'vitest';
import { curveThroughBoxes, emotionAtTop } from '../../../src/layout/geometry';

describe('the emotional curve through cards (canvas, thumbnails and exports)', () => {
  // Cards 100 × 40: the curve leaves each card at the middle of its right side and enters the next at
  // the middle of its left side (here from (100, 20) to (200, 120) and on to (350, 70)).
  const a = { x: 0, y: 0, width: 100, height: 40 };
  const b = { x: 200, y: 100, width: 100, height: 40 };
  const c = { x: 350, y: 50, width: 100, height: 40 };

  it('pulls each gap into an S with handles half the gap long', () => {
    // Gap 100: handles 50 to the right of the start and to the left of the end; gap 50: handles 25.
    expect(curveThroughBoxes([a, b, c])).toBe(
      'M100,20 C150,20 150,120 200,120 M300,120 C325,120 325,70 350,70',
    );
  });

  it('loops out and back when the next card starts left of where the last one ends', () => {
    // Gap −64: handles 0.35 × 25 × √64 = 70 long, out to the right and in from the left.
    const behind = { x: 36, y: 100, width: 100, height: 40 };
    expect(curveThroughBoxes([a, behind])).toBe('M100,20 C170,20 -34,120 36,120');
  });

  it('draws nothing for fewer than two cards', () => {
    expect(curveThroughBoxes([])).toBe('');
    expect(curveThroughBoxes([a])).toBe('');
  });
});

describe('the emotion a card dropped in a lane stands for', () => {
  // A lane is 6 × 44 + 88 + 2 × 20 = 392 high: a card (88 high) whose top is at 196 − 44 = 152 sits on the midline.
  it('snaps to the nearest score and stops at −3 and +3', () => {
    // On the midline; 20 px above it (under half a step); two steps above; one and a half steps (rounds up).
    expect([152, 132, 152 - 88, 152 - 66].map(emotionAtTop)).toEqual([0, 0, 2, 2]);
    expect(emotionAtTop(-500)).toBe(3);
    expect(emotionAtTop(152 + 5 * 44)).toBe(-3);
  });
});

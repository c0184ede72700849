// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { GEOMETRY } from '../../../renderer/canvas/geometry';
import { layoutJourney } from '../../../renderer/canvas/layout';
import { Thumbnail } from '../../../renderer/library/Thumbnail';
import { smallJourney } from '../helpers/smallJourney';

afterEach(cleanup);

describe('library thumbnail', () => {
  it("draws each persona's curve from card centre to card centre, an S with its handles at mid-gap", () => {
    const journey = smallJourney();
    const { container } = render(<Thumbnail journey={journey} />);
    const drawn = [...container.querySelectorAll('path')].map((p) => p.getAttribute('d'));
    const centre = (id: string) => {
      const node = layoutJourney(journey, 'personas').nodes.find((n) => n.id === id)!;
      return [node.position.x + GEOMETRY.cardWidth / 2, node.position.y + GEOMETRY.cardHeight / 2] as const;
    };
    const s = (from: string, to: string) => {
      const [[ax, ay], [bx, by]] = [centre(from), centre(to)];
      const mid = (ax + bx) / 2;
      return `M${ax},${ay} C${mid},${ay} ${mid},${by} ${bx},${by}`;
    };
    // Laura: t1 → t2 → t3; Carlos: t4 → t5.
    expect(drawn).toEqual([`${s('t1', 't2')} ${s('t2', 't3')}`, s('t4', 't5')]);
  });
});

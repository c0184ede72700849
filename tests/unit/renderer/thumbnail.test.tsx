// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { curveThroughCards } from '../../../renderer/canvas/curvePath';
import { layoutJourney } from '../../../renderer/canvas/layout';
import { Thumbnail } from '../../../renderer/library/Thumbnail';
import { smallJourney } from '../helpers/smallJourney';

afterEach(cleanup);

describe('library thumbnail', () => {
  it("draws each persona's curve as the canvas does", () => {
    const journey = smallJourney();
    const { container } = render(<Thumbnail journey={journey} />);
    const drawn = [...container.querySelectorAll('path')].map((p) => p.getAttribute('d'));
    const layout = layoutJourney(journey, 'personas');
    const corners = (personaId: string) =>
      layout.nodes.flatMap((n) =>
        n.type === 'touchpoint' && n.data.touchpoint.personaId === personaId
          ? [n.position.x, n.position.y]
          : [],
      );
    // Laura's three cards and Carlos's two, the canvas's curve through each lane.
    expect(drawn).toEqual([curveThroughCards(corners('p1')), curveThroughCards(corners('p2'))]);
  });
});

// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { layoutJourney } from '../../../renderer/canvas/layout';
import { ExportMap } from '../../../renderer/files/ExportMap';
import { initI18n } from '../../../renderer/i18n';
import { smallJourney } from '../helpers/smallJourney';

beforeEach(() => initI18n('en'));
afterEach(cleanup);

describe('the exported map', () => {
  it('draws every node of the layout, each card in full detail, and one curve per persona', () => {
    const layout = layoutJourney(smallJourney(), 'personas');
    const { container } = render(<ExportMap layout={layout} detailed />);
    expect(container.querySelectorAll('.react-flow__node')).toHaveLength(layout.nodes.length);
    // Five cards, each with its channel chips and emotion face.
    expect(screen.getAllByRole('list', { name: 'Channels' })).toHaveLength(5);
    expect(screen.getAllByRole('img', { name: 'Positive' }).length).toBeGreaterThan(0);
    // The curves read their cards' positions from React Flow's store: t1 → t2 → t3, and t4 → t5.
    const curves = [...container.querySelectorAll('path.emotion-curve')].map((p) => p.getAttribute('d')!);
    expect(curves.map((d) => d.match(/C/g)?.length ?? 0)).toEqual([2, 1]);
  });

  it('draws cards as the canvas does zoomed out when the image is too small to read their detail', () => {
    const layout = layoutJourney(smallJourney(), 'personas');
    const { container } = render(<ExportMap layout={layout} detailed={false} />);
    expect(screen.queryAllByRole('list', { name: 'Channels' })).toHaveLength(0);
    expect(container.querySelectorAll('.card.is-light')).toHaveLength(5);
    expect(screen.getByText('T3')).toBeTruthy();
  });
});

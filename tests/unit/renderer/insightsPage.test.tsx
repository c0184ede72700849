// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Journey } from '../../../src/model';
import { InsightsPage } from '../../../renderer/files/InsightsPage';
import { insightsPageZoom } from '../../../renderer/files/printJourney';
import { initI18n } from '../../../renderer/i18n';
import { stageLabels, wrapLabel } from '../../../renderer/panels/EmotionChart';
import { smallJourney, T0 } from '../helpers/smallJourney';

beforeEach(() => initI18n('en'));
afterEach(cleanup);

const items = (list: HTMLElement) =>
  within(list)
    .getAllByRole('listitem')
    .map((item) => item.textContent!.trim());

const cells = (table: HTMLElement, row: RegExp) =>
  within(within(table).getByRole('row', { name: row }))
    .getAllByRole('cell')
    .map((cell) => cell.textContent);

/** The small journey with a second scenario, "Fixed", where Laura's purchase no longer hurts. */
function withFixedScenario(): Journey {
  const journey = smallJourney();
  return {
    ...journey,
    scenarios: [...journey.scenarios, { id: 'fixed', name: 'Fixed', description: '', updatedAt: T0 }],
    touchpoints: [
      ...journey.touchpoints,
      ...journey.touchpoints.map((t) => ({
        ...t,
        id: `${t.id}-fixed`,
        scenarioId: 'fixed',
        emotion: t.id === 't3' ? 1 : t.emotion,
      })),
    ],
  };
}

describe('the printed Insights page', () => {
  it('shows the figures of a small journey: averages, lowest moments, pain points, gaps, notes', () => {
    render(<InsightsPage journey={smallJourney()} scenarioId="today" title="Test journey" />);
    const page = screen.getByRole('region', { name: 'Insights' });
    expect(within(page).getByRole('heading', { level: 1 })).toHaveTextContent('Test journey');

    // Stage names, not numbers, under the chart.
    const chart = within(page).getByRole('img', { name: 'Average emotion per stage, one line per persona' });
    for (const stage of ['Awareness', 'Purchase', 'Loyalty']) expect(chart).toHaveTextContent(stage);
    expect(items(within(page).getByRole('list', { name: 'Personas' }))).toEqual(['Laura', 'Carlos']);

    const figures = within(page).getByRole('table', { name: 'Average emotion per stage and persona' });
    // Laura: (2 + 1) / 2 in Awareness, −2 in Purchase, nothing in Loyalty.
    expect(cells(figures, /^Laura/)).toEqual(['+1.5', '-2.0', '–']);
    expect(cells(figures, /^Carlos/)).toEqual(['–', '0.0', '+3.0']);
    expect(cells(figures, /^All personas/)).toEqual(['+1.5', '-1.0', '+3.0']);

    expect(items(within(page).getByRole('list', { name: 'Lowest moments' }))).toEqual([
      '-2 T3 (Laura, Purchase)',
    ]);

    // The open pain point on T3 (web) is hot; the opportunity does not count.
    const heat = within(page).getByRole('table', { name: 'Open pain points by stage and channel' });
    expect(cells(heat, /^Purchase/)).toEqual(['1', '']);
    expect(cells(heat, /^Awareness/)).toEqual(['', '']);

    // Every touchpoint is on the web: the phone column is all gaps.
    const coverage = within(page).getByRole('table', { name: 'Touchpoints by stage and channel' });
    expect(cells(coverage, /^Awareness/)).toEqual(['2', '–']);
    expect(within(coverage).getAllByRole('cell', { name: 'No touchpoint' })).toHaveLength(3);
    expect(page).toHaveTextContent('3 stage × channel pairs with no touchpoint (–).');

    expect(page).toHaveTextContent('2 open, 0 resolved');
    // One scenario: nothing to compare.
    expect(within(page).queryByRole('img', { name: 'All personas, one line per scenario' })).toBeNull();
  });

  it('is about the scenario asked for, and compares every scenario when there are several', () => {
    render(<InsightsPage journey={withFixedScenario()} scenarioId="fixed" title="Test journey — Fixed" />);
    const page = screen.getByRole('region', { name: 'Insights' });
    const figures = within(page).getByRole('table', { name: 'Average emotion per stage and persona' });
    expect(cells(figures, /^Laura/)).toEqual(['+1.5', '+1.0', '–']);
    expect(within(page).queryByRole('list', { name: 'Lowest moments' })).toBeNull();
    expect(page).toHaveTextContent('No negative moment.');
    expect(
      within(page).getByRole('img', { name: 'All personas, one line per scenario' }),
    ).toBeInTheDocument();
    expect(items(within(page).getByRole('list', { name: 'All personas, one line per scenario' }))).toEqual([
      'Today',
      'Fixed',
    ]);
    // The notes pinned to the other scenario's touchpoints are not this scenario's.
    expect(page).toHaveTextContent('1 open, 0 resolved');
  });

  it('speaks Spanish', () => {
    initI18n('es');
    render(<InsightsPage journey={smallJourney()} scenarioId="today" title="Test journey" />);
    const page = screen.getByRole('region', { name: 'Análisis' });
    expect(
      within(page).getByRole('table', { name: 'Emoción media por etapa y persona' }),
    ).toBeInTheDocument();
    expect(page).toHaveTextContent('2 abiertas, 0 resueltas');
  });
});

describe('stage names under the chart', () => {
  it('wraps a name in its column, on two lines at most, cutting what is left', () => {
    expect(wrapLabel('After-sales', 12)).toEqual(['After-sales']);
    expect(wrapLabel('Post-purchase support line', 13)).toEqual(['Post-purchase', 'support line']);
    expect(wrapLabel('One two three four five', 9)).toEqual(['One two', 'three fo…']);
    expect(wrapLabel('Consideration', 8, 1)).toEqual(['Conside…']);
  });

  it('staggers every other name when one would be cut in its column', () => {
    expect(stageLabels(['Awareness', 'Retention'], 10)).toEqual([
      { row: 0, lines: ['Awareness'] },
      { row: 0, lines: ['Retention'] },
    ]);
    expect(stageLabels(['Consideration', 'Comparison', 'Purchase'], 9)).toEqual([
      { row: 0, lines: ['Consideration'] },
      { row: 1, lines: ['Comparison'] },
      { row: 0, lines: ['Purchase'] },
    ]);
  });
});

describe('the Insights page on paper', () => {
  const mm = (length: number) => (length / 25.4) * 96;

  it('is laid out for A4 and grown to fill A3', () => {
    expect(insightsPageZoom('A4', 600)).toBe(1);
    expect(insightsPageZoom('A3', 600)).toBeCloseTo(400 / 277);
  });

  it('shrinks to stay on one page when its figures run long', () => {
    const tall = 1200;
    expect(insightsPageZoom('A4', tall) * tall).toBeLessThan(mm(190));
    expect(insightsPageZoom('A3', tall) * tall).toBeLessThan(mm(277));
    expect(insightsPageZoom('A4', tall)).toBeGreaterThan(0.55);
  });
});

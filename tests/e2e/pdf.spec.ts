import { expect, test, type Locator, type Page } from '@playwright/test';
import { capturePrint, fromMoreMenu, keepArtifact, openApp, openJourney, showPrinted, snap } from './helpers';

/** Choose PDF in the Export dialog, set it up with `setUp`, export, and show what was printed. */
async function printPdf(page: Page, setUp: (dialog: ReturnType<Page['getByRole']>) => Promise<void>) {
  await capturePrint(page);
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: 'PDF' }).check();
  await setUp(dialog);
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await showPrinted(page);
}

/** The figures in the row of `table` whose header matches `row`. */
const cells = (table: Locator, row: RegExp) => table.getByRole('row', { name: row }).getByRole('cell');

const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;

test.beforeEach(async ({ page }) => {
  await openApp(page);
  await openJourney(page, 'Buying a family car');
});

test('PDF export adds a light Insights page with the figures of the sample, also in dark theme', async ({
  page,
}) => {
  await fromMoreMenu(page, 'Dark theme', 'menuitemcheckbox');
  await printPdf(page, async (dialog) => {
    await dialog.getByRole('combobox', { name: 'Page size' }).selectOption('A4');
    // On by default.
    await expect(dialog.getByRole('checkbox', { name: 'Include an Insights page' })).toBeChecked();
    await snap(page, 'export-pdf-dialog');
  });

  const insights = page.getByRole('region', { name: 'Insights' });
  await expect(insights.getByRole('heading', { level: 1 })).toHaveText('Buying a family car — Today');
  // The map comes first, under the same title.
  await expect(page.getByRole('heading', { level: 1, name: 'Buying a family car — Today' })).toHaveCount(2);
  // Printed light although the app is dark: the page, the map's title, the Insights page.
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(255, 255, 255)');
  await expect(page.getByRole('heading', { level: 1 }).first()).toHaveCSS('color', 'rgb(17, 24, 39)');
  await expect(insights).toHaveCSS('background-color', 'rgb(255, 255, 255)');
  await expect(insights).toHaveCSS('color', 'rgb(0, 0, 0)');

  // Stage names under the curve, and the dip at Purchase in figures.
  const chart = insights.getByRole('img', { name: 'Average emotion per stage, one line per persona' });
  for (const stage of ['Consideration', 'Comparison', 'Purchase', 'After-sales', 'Loyalty'])
    await expect(chart).toContainText(stage);
  const figures = insights.getByRole('table', { name: 'Average emotion per stage and persona' });
  await expect(cells(figures, /^Laura/)).toHaveText(['+1.5', '+2.0', '-2.5', '+1.0', '+2.0']);
  await expect(cells(figures, /^All personas/).nth(2)).toHaveText('-2.3');
  await expect(insights.getByRole('list', { name: 'Personas', exact: true })).toContainText(
    'Carlos, fleet manager',
  );

  const lowest = insights.getByRole('list', { name: 'Lowest moments' }).getByRole('listitem');
  await expect(lowest).toHaveCount(4);
  await expect(lowest.first()).toContainText('-3 Delivery date slips');
  const heat = insights.getByRole('table', { name: 'Open pain points by stage and channel' });
  await expect(cells(heat, /^Purchase/)).toHaveText(['', '2', '1', '1', '', '']);
  const coverage = insights.getByRole('table', { name: 'Touchpoints by stage and channel' });
  await expect(
    cells(coverage, /^Loyalty/).and(page.getByRole('cell', { name: 'No touchpoint' })),
  ).toHaveCount(3);
  await expect(insights).toContainText('16 stage × channel pairs with no touchpoint');
  await expect(insights).toContainText('7 open, 2 resolved');
  await expect(insights.getByRole('img', { name: 'All personas, one line per scenario' })).toBeVisible();
  await expect(insights.getByRole('list', { name: 'All personas, one line per scenario' })).toContainText(
    'Best case',
  );

  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  expect(pageCount(pdf)).toBe(2);
  // A4 landscape, in points (842 × 595).
  expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 841\.9\d* 594\.9\d*\]/);
  keepArtifact('export-insights.pdf', pdf);
});

test('the Insights page is about the scenario on show', async ({ page }) => {
  await page.getByRole('combobox', { name: 'Scenario', exact: true }).selectOption({ label: 'Best case' });
  await printPdf(page, async () => {});
  const insights = page.getByRole('region', { name: 'Insights' });
  await expect(insights.getByRole('heading', { level: 1 })).toHaveText('Buying a family car — Best case');
  await expect(insights).toContainText('No negative moment.');
  const figures = insights.getByRole('table', { name: 'Average emotion per stage and persona' });
  await expect(cells(figures, /^All personas/).nth(2)).toHaveText('+0.7');
});

test('without the Insights page the PDF is the map alone', async ({ page }) => {
  await printPdf(page, async (dialog) => {
    await dialog.getByRole('checkbox', { name: 'Include an Insights page' }).uncheck();
  });
  await expect(page.getByRole('heading', { level: 1, name: 'Buying a family car — Today' })).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'Insights' })).toHaveCount(0);
  expect(pageCount(await page.pdf({ preferCSSPageSize: true }))).toBe(1);
});

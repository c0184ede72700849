import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { basename } from 'node:path';
import { englishOnScreen } from './catalogue';
import { axeViolations, card, exportAs, openFromDisk, openMap, reloadJourney, snap } from './helpers';

test.use({ viewport: { width: 1280, height: 720 } });

/** Pan the map sideways (the wheel pans) until the card is drawn: only cards in view are in the page. */
async function panTo(page: Page, title: string) {
  const canvas = page.getByRole('application').or(page.locator('.react-flow')).first();
  const box = (await canvas.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < 12 && (await card(page, title).count()) === 0; i++) {
    await page.mouse.wheel(300, 0);
    await page.waitForTimeout(100);
  }
  await expect(card(page, title)).toBeVisible();
}
const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true });

/** Import `file` from a side panel's tab: its preview dialog shows `headings` and names each line left out. */
async function previewImport(
  page: Page,
  [tabName, what]: ['Insights', 'metrics'] | ['Research', 'research'],
  file: string,
  { headings, leftOut }: { headings: string[]; leftOut: string[] },
) {
  await tab(page, tabName).click();
  await openFromDisk(page, file, `Import ${what}…`);
  const preview = page.getByRole('dialog', { name: `Import ${what} from ${basename(file)}` });
  for (const name of headings) await expect(preview.getByRole('heading', { name })).toBeVisible();
  for (const line of leftOut) await expect(preview).toContainText(line);
  return preview;
}

async function importMetrics(page: Page) {
  const preview = await previewImport(
    page,
    ['Insights', 'metrics'],
    'tests/fixtures/metrics/sample-values.csv',
    {
      headings: ['6 rows match the map', '2 rows do not match'],
      leftOut: [
        'Line 9: no stage called "Mars"',
        'Line 8: no touchpoint called "Flies to the moon" in Loyalty',
      ],
    },
  );
  await preview.getByRole('button', { name: 'Import 6 values' }).click();
  await expect(preview).toBeHidden();
}

test.beforeEach(async ({ page, locale }) => {
  if (locale === 'es-ES') return; // the Spanish test opens the Spanish sample itself
  await openMap(page, 'Buying a family car');
});

test('imported metrics show under the stages, on the cards, in Insights and in the PDF', async ({
  page,
}, info) => {
  await importMetrics(page);
  // The metrics row: Purchase's CSAT is the mean of 4.4 and 2.1, off its target of 4.
  const purchase = page.getByRole('list', { name: 'Metrics of Purchase' });
  await expect(purchase).toContainText('CSAT');
  await expect(purchase).toContainText('3.3');
  await expect(purchase).toContainText('off target');
  await panTo(page, 'Delivery date slips');
  // The card's badge says its value and its standing in words, not only in colour.
  await expect(card(page, 'Delivery date slips')).toContainText('CSAT 2.1');
  await expect(card(page, 'Delivery date slips')).toContainText('off target');
  await expect(card(page, 'Signs the contract')).toContainText('on target');
  // Insights: each metric per stage, and what is off target, worst first.
  await expect(page.getByRole('list', { name: 'CSAT per stage' })).toBeVisible();
  const off = page.getByRole('list', { name: 'Off target, worst first' });
  await expect(off.getByRole('listitem').first()).toContainText('Delivery date slips');
  // Saved (the library keeps a map's lists as columns), then read back whole after a reload.
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  await snap(page, 'metrics-row-and-badges');
  expect(await axeViolations(page, '.side-panel')).toEqual([]);
  await reloadJourney(page, 'Buying a family car');
  await expect(page.getByRole('list', { name: 'Metrics of Purchase' })).toContainText('3.3');
  await tab(page, 'Insights').click();
  await expect(page.getByRole('list', { name: 'CSAT per stage' })).toBeVisible();

  const path = info.outputPath('metrics.pdf');
  await exportAs(page, 'PDF', path);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-']).toString('utf8').replace(/\s+/g, ' ');
  expect(text).toContain('Metrics per stage (latest period)');
  expect(text).toContain('CSAT (2026-Q3)');
  expect(text).toContain('Purchase 3.3 (off target)');
  expect(text).toContain('CSAT 2.1 / 4 — Delivery date slips (Purchase) — off target');
});

test('pasted quotes become notes, linked by drag and by "Link to…", and suggest an emotion to accept and undo', async ({
  page,
}) => {
  await tab(page, 'Research').click();
  await page
    .getByRole('textbox', { name: 'Quotes or observations, one per line' })
    .fill('They moved my delivery twice\nNobody called me back\n\nI had to chase the dealer');
  await page
    .getByRole('combobox', { name: 'Sentiment of the new notes' })
    .selectOption({ label: 'Sentiment -1' });
  await page.getByRole('button', { name: 'Add 3 notes' }).click();
  const notes = page.getByRole('list', { name: 'Research notes' }).getByRole('listitem');
  await expect(notes).toHaveCount(3);
  expect(await axeViolations(page, '.side-panel')).toEqual([]);

  await panTo(page, 'Delivery date slips');
  // One by dragging it onto the card, two by the keyboard's "Link to…".
  // The drag as the browser sends it (dragstart, dragover, drop sharing one DataTransfer).
  const dataTransfer = await page.evaluateHandle(() => new DataTransfer());
  await notes.nth(0).dispatchEvent('dragstart', { dataTransfer });
  await card(page, 'Delivery date slips').locator('.card').dispatchEvent('dragover', { dataTransfer });
  await card(page, 'Delivery date slips').locator('.card').dispatchEvent('drop', { dataTransfer });
  await expect(notes.nth(0)).toContainText('Linked to Delivery date slips');
  for (const i of [1, 2])
    await notes
      .nth(i)
      .getByRole('combobox', { name: 'Link to…' })
      .selectOption({ label: 'Delivery date slips (Purchase)' });
  await expect(notes.filter({ hasText: 'Linked to Delivery date slips' })).toHaveCount(3);
  // Show assumptions: the cards without evidence stay bright, this one fades.
  await page.getByRole('checkbox', { name: 'Show assumptions (touchpoints without evidence)' }).check();
  await expect(card(page, 'Delivery date slips').locator('.card')).toHaveClass(/is-dimmed/);
  await expect(card(page, 'Signs the contract').locator('.card')).not.toHaveClass(/is-dimmed/);
  await page.getByRole('checkbox', { name: 'Show assumptions (touchpoints without evidence)' }).uncheck();

  await card(page, 'Delivery date slips').click();
  await tab(page, 'Inspector').click();
  await expect(page.getByText('Supported: three or more notes, or a metric')).toBeVisible();
  await expect(card(page, 'Delivery date slips').getByRole('img', { name: /^Supported/ })).toBeVisible();
  // The notes say −1; the card says −3: a suggestion, not applied until accepted.
  const suggestion = page.getByRole('group', { name: 'Suggested emotion' });
  await expect(suggestion).toContainText('Its research suggests -1');
  await expect(card(page, 'Delivery date slips')).toHaveAccessibleName(/Delivery date slips, Very negative/);
  await suggestion.getByRole('button', { name: 'Accept -1' }).click();
  await expect(card(page, 'Delivery date slips')).toHaveAccessibleName(
    /Delivery date slips, Slightly negative/,
  );
  await expect(suggestion).toBeHidden();
  await page.getByRole('button', { name: /^Undo/ }).click();
  await expect(card(page, 'Delivery date slips')).toHaveAccessibleName(/Delivery date slips, Very negative/);
  await expect(suggestion).toBeVisible();

  // Saved and read back after a reload: the three notes, each still linked.
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  await reloadJourney(page, 'Buying a family car');
  // The card's evidence, drawn from the notes as the library keeps them (columns, no note made yet).
  await panTo(page, 'Delivery date slips');
  await expect(card(page, 'Delivery date slips').getByRole('img', { name: /^Supported/ })).toBeVisible();
  await tab(page, 'Research').click();
  await expect(notes.filter({ hasText: 'Linked to Delivery date slips' })).toHaveCount(3);
  // Edited after the reload, and undone: the notes made from the stored ones are the map's notes.
  await card(page, 'Delivery date slips').click();
  await tab(page, 'Inspector').click();
  await page.getByRole('button', { name: 'Unlink "They moved my delivery twice"' }).click();
  await expect(card(page, 'Delivery date slips').getByRole('img', { name: /^Some evidence/ })).toBeVisible();
  await page.getByRole('button', { name: /^Undo/ }).click();
  await expect(card(page, 'Delivery date slips').getByRole('img', { name: /^Supported/ })).toBeVisible();
  await tab(page, 'Research').click();
  await expect(notes.filter({ hasText: 'Linked to Delivery date slips' })).toHaveCount(3);
});

test('research imported from a CSV is previewed, added as one step and undone', async ({ page }) => {
  const preview = await previewImport(
    page,
    ['Research', 'research'],
    'tests/fixtures/research/interviews.csv',
    {
      headings: ['4 notes to add', '6 rows left out'],
      leftOut: ['Line 6: no touchpoint called "Flies to the moon"', 'Line 7: no source called "rumour"'],
    },
  );
  await expect(
    preview.getByRole('row', { name: /Reads the family-car guide, Compares models online/ }),
  ).toBeVisible();
  await snap(page, 'research-import-preview');
  await preview.getByRole('button', { name: 'Import 4 notes' }).click();
  await expect(preview).toBeHidden();
  const notes = page.getByRole('list', { name: 'Research notes' }).getByRole('listitem');
  await expect(notes).toHaveCount(4);
  await expect(notes.filter({ hasText: 'Linked to Delivery date slips' })).toHaveCount(1);
  await snap(page, 'research-panel-imported');
  await page.getByRole('button', { name: /^Undo/ }).click();
  await expect(notes).toHaveCount(0);
});

test.describe('in Spanish', () => {
  test.use({ locale: 'es-ES' });
  test('the Research panel and the metrics of Análisis speak Spanish', async ({ page }) => {
    await page.goto('/#/');
    await page.getByRole('button', { name: 'Abrir Comprar un coche familiar' }).click();
    await tab(page, 'Investigación').click();
    await page
      .getByRole('textbox', { name: 'Citas u observaciones, una por línea' })
      .fill('Me cambiaron la fecha de entrega\nNadie me llamó');
    await page.getByRole('button', { name: 'Añadir 2 notas' }).click();
    const panel = page.getByRole('complementary');
    await expect(
      panel.getByRole('list', { name: 'Notas de investigación' }).getByRole('listitem'),
    ).toHaveCount(2);
    expect(await englishOnScreen(page, panel)).toEqual([]);
    await openFromDisk(page, 'tests/fixtures/research/entrevistas.csv', 'Importar investigación…');
    const preview = page.getByRole('dialog', { name: 'Importar investigación de entrevistas.csv' });
    await expect(preview.getByRole('heading', { name: '4 notas que añadir' })).toBeVisible();
    expect(await englishOnScreen(page, preview)).toEqual([]);
    await preview.getByRole('button', { name: 'Importar 4 notas' }).click();
    await expect(
      panel.getByRole('list', { name: 'Notas de investigación' }).getByRole('listitem'),
    ).toHaveCount(6);
    await tab(page, 'Análisis').click();
    await expect(panel.getByRole('button', { name: 'Importar métricas…' })).toBeVisible();
    expect(await englishOnScreen(page, panel)).toEqual([]);
  });
});

import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { exportAs, fromMoreMenu, keepArtifact, openMap, snap } from './helpers';

const text = (path: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-']).toString('utf8');
const info = (path: string) => execFileSync('pdfinfo', [path]).toString('utf8');

test.beforeEach(({ page }) => openMap(page, 'Buying a family car'));

test('the browser downloads a real PDF — no print dialog — with the map, personas, notes and Insights', async ({
  page,
}, info_) => {
  // Dark theme on screen; the PDF is printed light whatever the theme.
  await fromMoreMenu(page, 'Dark theme', 'menuitemcheckbox');
  let printed = false;
  await page.exposeFunction('markPrinted', () => (printed = true));
  await page.evaluate(
    () => (window.print = () => (window as unknown as { markPrinted(): void }).markPrinted()),
  );
  const path = info_.outputPath('map.pdf');
  await exportAs(page, 'PDF', path, {
    setUp: async (dialog) => {
      await dialog.getByRole('combobox', { name: 'Page size' }).selectOption('A4');
      await expect(dialog.getByRole('checkbox', { name: 'Include an Insights page' })).toBeChecked();
      await snap(page, 'export-pdf-dialog');
    },
  });
  expect(printed).toBe(false);
  // A4 landscape: title page, the map, personas, notes, Insights.
  expect(info(path)).toMatch(/Page size:\s+841\.89 x 595\.28 pts \(A4\)/);
  expect(info(path)).toMatch(/Title:\s+Buying a family car/);
  const all = text(path).replace(/\s+/g, ' ');
  for (const expected of [
    'Delivery date slips',
    'Satisfaction call and fleet plan',
    'Delivery dates are promised before stock is confirmed.',
    'Proactive delivery tracker with SMS updates.',
    'Carlos, fleet manager',
    'Insights — Today',
    'Lowest moments',
  ])
    expect(all).toContain(expected);
  const bytes = execFileSync('cat', [path]);
  keepArtifact('export.pdf', bytes);
  execFileSync('pdftoppm', [
    '-r',
    '50',
    '-png',
    '-f',
    '1',
    '-l',
    '2',
    path,
    'tests/e2e/__screenshots__/export-pdf',
  ]);
});

test('the PDF is about the scenario on show, and without the Insights page when asked', async ({
  page,
}, info_) => {
  await page.getByRole('combobox', { name: 'Scenario', exact: true }).selectOption({ label: 'Best case' });
  const path = info_.outputPath('best.pdf');
  await exportAs(page, 'PDF', path, {
    setUp: async (dialog) => {
      await dialog.getByRole('checkbox', { name: 'Include an Insights page' }).uncheck();
      await dialog.getByRole('combobox', { name: 'Page size' }).selectOption('letter');
      await dialog.getByRole('combobox', { name: 'Orientation' }).selectOption('portrait');
    },
  });
  expect(info(path)).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
  const all = text(path).replace(/\s+/g, ' ');
  expect(all).toContain('Scenario Best case');
  expect(all).not.toContain('Insights —');
});

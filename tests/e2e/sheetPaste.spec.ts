import { expect, test, type Page } from '@playwright/test';
import { card, expectCards, openMap, snap } from './helpers';

const ROWS = [
  'Sees an ad\tInstagram\t2',
  'Compares prices\tWeb\t0',
  'Calls the dealer\tPhone\t-2',
  'Drives it\tStore\t3',
  'Signs the order\tEmail; Store\t1',
];

async function putOnClipboard(page: Page, text: string) {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
}

test.beforeEach(async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openMap(page, 'Buying a family car');
});

test('five rows pasted from a spreadsheet become five touchpoints in the selected cell; one undo removes them', async ({
  page,
}) => {
  await card(page, 'Sees a family-car ad').click();
  await putOnClipboard(page, `${ROWS.join('\r\n')}\r\n`);
  await page.keyboard.press('Control+V');
  // In the selected card's cell.
  await expectCards(
    page,
    [
      ['Sees an ad', 'Positive', 'Instagram'],
      ['Compares prices', 'Neutral', 'Web'],
      ['Calls the dealer', 'Negative', 'Phone'],
      ['Drives it', 'Very positive', 'Store'],
      ['Signs the order', 'Slightly positive', 'Email'],
    ],
    'Laura, new parent in Consideration',
  );
  await snap(page, 'sheet-paste');
  await page.keyboard.press('Control+Z');
  await expect(card(page, 'Sees an ad')).toHaveCount(0);
  await expect(card(page, 'Signs the order')).toHaveCount(0);
  await expect(card(page, 'Sees a family-car ad')).toHaveCount(1);
  await page.keyboard.press('Control+Shift+Z');
  await expect(card(page, 'Drives it')).toBeVisible();
});

test('plain lines become one touchpoint each', async ({ page }) => {
  await card(page, 'Sees a family-car ad').click();
  await putOnClipboard(page, 'Parks the car\nWaits at reception\n');
  await page.keyboard.press('Control+V');
  await expect(card(page, 'Parks the car')).toHaveAccessibleName(/^Parks the car, Neutral/);
  await expect(card(page, 'Waits at reception')).toBeVisible();
});

test('copying touchpoints gives tab-separated rows; pasting them back keeps every field', async ({
  page,
}) => {
  await card(page, 'Sees a family-car ad').click();
  await page.keyboard.press('Control+C');
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text.split('\n')[0]).toBe('touchpoint\tchannels\tscore\tdescription\tstage\tpersona');
  expect(text.split('\n')[1]).toMatch(/^Sees a family-car ad\t/);
  await page.keyboard.press('Control+V');
  await expect(card(page, 'Sees a family-car ad')).toHaveCount(2);
});

import { expect, test, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { englishOnScreen } from './catalogue';
import {
  answerDialog,
  axeViolations,
  exportAs,
  fromMoreMenu,
  mergeCopy,
  openMap,
  snap,
  toolbarRows,
} from './helpers';

const inspector = (page: Page) => page.getByRole('complementary', { name: 'Inspector' });

type Doc = {
  journey: {
    touchpoints: { id: string; title: string; emotion: number; updatedAt: string }[];
    annotations: Record<string, unknown>[];
  };
};

/**
 * Ana's copy and Luis's copy of the sample, each with its own edit of "Reads the family-car guide":
 * Luis's copy is the exported file, edited the way his app would (a later time, a note of his).
 */
async function twoCopiesInConflict(page: Page, path: string) {
  await fromMoreMenu(page, 'Settings');
  await page.getByRole('dialog', { name: 'Settings' }).getByLabel('Your name (for notes)').fill('Ana');
  await page.getByRole('button', { name: 'Close' }).first().click();

  const doc = JSON.parse((await exportAs(page, 'Trayecto file (JSON)', path)).toString('utf8')) as Doc;
  await page.getByRole('alert').getByRole('button', { name: 'Dismiss' }).click();
  const later = new Date(Date.now() + 60_000).toISOString();
  const guide = doc.journey.touchpoints.find((t) => t.title === 'Reads the family-car guide')!;
  Object.assign(guide, { title: 'Reads the family-car guide twice', emotion: -2, updatedAt: later });
  doc.journey.annotations.push({
    id: 'luis-note-1',
    targetType: 'touchpoint',
    targetId: guide.id,
    kind: 'question',
    text: 'Why twice?',
    author: 'Luis',
    priority: 'medium',
    status: 'open',
    createdAt: later,
    updatedAt: later,
    replies: [],
  });
  writeFileSync(path, JSON.stringify(doc));

  await page.getByRole('button', { name: /^Reads the family-car guide, / }).click();
  await inspector(page).getByRole('textbox', { name: 'Title' }).fill('Reads the guide at home');
  await page.keyboard.press('Tab');

  await mergeCopy(page, path);
  await expect(page.getByRole('alert')).toContainText('1 conflict');
}

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openMap(page, 'Buying a family car');
});

test('a merge conflict shows each differing field in words, whose copy is whose, and keeps the one chosen', async ({
  page,
}, info) => {
  await twoCopiesInConflict(page, info.outputPath('luis.trayecto'));
  await page.getByRole('button', { name: '1 conflict' }).click();
  const dialog = page.getByRole('dialog', { name: 'Changed on both sides' });
  const table = dialog.getByRole('table', { name: 'Touchpoint “Reads the family-car guide twice”' });
  await expect(
    dialog.getByRole('heading', { name: /Touchpoint “Reads the family-car guide twice”/ }),
  ).toContainText('Laura, new parent · Consideration');

  const mine = table.getByRole('columnheader', { name: /^This copy/ });
  const theirs = table.getByRole('columnheader', { name: /^Teammate’s copy/ });
  await expect(mine).toContainText('Ana · changed');
  await expect(theirs).toContainText('Luis · changed');
  await expect(theirs).toContainText('kept now');

  await expect(table.getByRole('row', { name: /^Title/ })).toHaveText(
    'TitleReads the guide at homeReads the family-car guide twice',
  );
  await expect(table.getByRole('row', { name: /^Emotion/ })).toContainText('+2 Positive');
  await expect(table.getByRole('row', { name: /^Emotion/ })).toContainText('-2 Negative');
  // Only what differs is marked: the words both titles share are not.
  const marked = await table
    .getByRole('row', { name: /^Title/ })
    .locator('mark')
    .allTextContents();
  expect(marked).toEqual(['guide at home', 'family-car guide twice']);
  await expect(dialog).not.toContainText('Id:');
  await expect(dialog).not.toContainText('stageId');
  await expect(table.getByRole('row')).toHaveCount(4); // header, title, emotion, buttons
  await snap(page, 'conflict-dialog-1280');

  await dialog.getByRole('button', { name: 'Keep this copy’s “Reads the family-car guide twice”' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: '1 conflict' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Reads the guide at home, Positive/ })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(
    page.getByRole('button', { name: /^Reads the family-car guide twice, Negative/ }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: '1 conflict' })).toBeVisible();
});

test('"Keep both" keeps the teammate’s card and brings this copy’s back beside it, named a copy', async ({
  page,
}, info) => {
  await twoCopiesInConflict(page, info.outputPath('luis.trayecto'));
  await page.getByRole('button', { name: '1 conflict' }).click();
  await answerDialog(
    page,
    'Changed on both sides',
    'Keep both versions of “Reads the family-car guide twice”',
  );
  await expect(
    page.getByRole('button', { name: /^Reads the family-car guide twice, Negative/ }),
  ).toBeVisible();
  await expect(
    page.getByRole('button', { name: /^Reads the guide at home \(copy\), Positive/ }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: '1 conflict' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('button', { name: /^Reads the guide at home \(copy\)/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '1 conflict' })).toBeVisible();
});

test('the conflict dialog speaks Spanish in a Spanish interface', async ({ page }, info) => {
  await twoCopiesInConflict(page, info.outputPath('luis.trayecto'));
  await fromMoreMenu(page, 'Settings');
  await page.getByRole('dialog', { name: 'Settings' }).getByLabel('Interface language').selectOption('es');
  await page.getByRole('button', { name: 'Cerrar' }).first().click();
  // The conflicts button keeps the toolbar to one row, in Spanish too.
  expect(await toolbarRows(page)).toBe(1);
  await page.getByRole('button', { name: '1 conflicto' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cambiado en ambos lados' });
  const table = dialog.getByRole('table', { name: 'Punto de contacto «Reads the family-car guide twice»' });
  await expect(table.getByRole('columnheader', { name: /^Esta copia/ })).toContainText('Ana · cambiado el');
  await expect(table.getByRole('columnheader', { name: /^La otra copia/ })).toContainText('Luis');
  await expect(table.getByRole('row', { name: /^Título/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /^Emoción/ })).toContainText('-2 Negativa');
  // The map's own words are the teammates' (English here); the dialog's are the app's.
  expect(await englishOnScreen(page, dialog)).toEqual([]);
  await snap(page, 'conflict-dialog-es-1280');
  expect(await axeViolations(page)).toEqual([]);
  expect(readFileSync(info.outputPath('luis.trayecto'), 'utf8')).toContain('Why twice?');
});

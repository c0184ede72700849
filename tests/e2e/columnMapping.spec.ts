import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { axeViolations, card, expectCards, expectInCell, openApp, openFromDisk, snap } from './helpers';

test.use({ viewport: { width: 1280, height: 720 } });

const HEADERS = ['Fase', 'Cliente', 'Momento', 'Satisfacción (1-10)', 'Canal', 'Comentario'];
const ROWS = [
  ['Descubrimiento', 'Ana', 'Ve un anuncio', 8, 'Instagram', 'En el móvil'],
  ['Descubrimiento', 'Luis', 'Pregunta a un amigo', 5, 'Teléfono', ''],
  ['Compra', 'Ana', 'Paga en la web', 10, 'Web', 'Sin esperas'],
  ['Compra', 'Luis', 'Espera en la cola', 2, 'Tienda', 'Veinte minutos'],
];

/** A survey export as Excel writes it: a sheet of answers (numbers as numbers) and a summary sheet. */
async function surveyWorkbook(rows = ROWS): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const answers = workbook.addWorksheet('Respuestas');
  answers.addRow(HEADERS);
  for (const row of rows) answers.addRow(row);
  workbook.addWorksheet('Resumen').addRow(['Total', 'Media']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const openTable = (page: Page, name: string, buffer: Buffer, button?: string) =>
  openFromDisk(page, { name, mimeType: 'application/octet-stream', buffer }, button);

test.beforeEach(({ page }) => openApp(page));

test('an xlsx with Spanish headers imports through the mapping dialog, and the mapping is remembered', async ({
  page,
  context,
}) => {
  await openTable(page, 'Encuesta.xlsx', await surveyWorkbook());
  const dialog = page.getByRole('dialog', { name: 'Import the table Encuesta.xlsx' });
  await expect(dialog.getByRole('combobox', { name: 'Sheet' })).toHaveValue('Respuestas');
  await expect(dialog).toContainText('proposed from its header');
  const proposed = {
    Fase: 'stage',
    Cliente: 'persona',
    Momento: 'touchpoint',
    'Satisfacción (1-10)': 'emotion',
    Canal: 'channels',
    Comentario: '',
  };
  for (const [header, field] of Object.entries(proposed))
    await expect(dialog.getByRole('combobox', { name: header, exact: true })).toHaveValue(field);
  const scale = dialog.getByRole('combobox', { name: 'Emotion scale of “Satisfacción (1-10)”' });
  await expect(scale).toHaveValue('1-10');
  await expect(dialog).toContainText('Read as: 8 → +2, 5 → 0, 10 → +3, 2 → −2');
  // The first rows are shown under their columns.
  await expect(dialog.getByRole('cell', { name: 'Espera en la cola' })).toBeVisible();
  expect(await axeViolations(page, '[role="dialog"]')).toEqual([]);

  // Another sheet can be read instead; back to the answers.
  await dialog.getByRole('combobox', { name: 'Sheet' }).selectOption('Resumen');
  await expect(dialog.getByRole('combobox', { name: 'Total', exact: true })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Import' })).toBeDisabled();
  await expect(dialog).toContainText('Choose a column for: Stage, Persona, Touchpoint title.');
  await dialog.getByRole('combobox', { name: 'Sheet' }).selectOption('Respuestas');

  await dialog
    .getByRole('combobox', { name: 'Comentario', exact: true })
    .selectOption({ label: 'Description' });
  // Two columns cannot be the same field.
  await dialog.getByRole('combobox', { name: 'Canal', exact: true }).selectOption({ label: 'Stage' });
  await expect(dialog).toContainText('Only one column can be Stage: Fase, Canal.');
  await expect(dialog.getByRole('button', { name: 'Import' })).toBeDisabled();
  await dialog.getByRole('combobox', { name: 'Canal', exact: true }).selectOption({ label: 'Channels' });
  await snap(page, 'column-mapping');
  await dialog.getByRole('button', { name: 'Import' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Encuesta' })).toBeVisible();
  await expectCards(page, [
    ['Ve un anuncio', 'Positive', 'Instagram'],
    ['Pregunta a un amigo', 'Neutral', 'Teléfono'],
    ['Paga en la web', 'Very positive', 'Web'],
    ['Espera en la cola', 'Negative', 'Tienda'],
  ]);
  await expectInCell(page, 'Ve un anuncio', 'Ana in Descubrimiento');
  await expectInCell(page, 'Espera en la cola', 'Luis in Compra');
  await card(page, 'Espera en la cola').click();
  await expect(page.getByRole('textbox', { name: 'Description' })).toHaveValue('Veinte minutos');
  await snap(page, 'column-mapping-imported');

  // Rows pasted on the canvas under the same header row are read with the mapping chosen for it.
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const pasted = `${HEADERS.join('\t')}\nDescubrimiento\tAna\tComparte en redes\t9\tInstagram\tCon fotos\n`;
  await page.evaluate((text) => navigator.clipboard.writeText(text), pasted);
  await card(page, 'Ve un anuncio').click();
  await page.keyboard.press('Control+V');
  await expect(card(page, 'Comparte en redes')).toHaveAccessibleName(/^Comparte en redes, Positive/);
  await expect(page.getByRole('textbox', { name: 'Description' })).toHaveValue('Con fotos');
  await expectInCell(page, 'Comparte en redes', 'Ana in Descubrimiento');

  // After a reload, a file with the same headers gets the mapping chosen last time.
  await page.goto('/#/');
  await page.reload();
  await openTable(page, 'Encuesta de mayo.xlsx', await surveyWorkbook(ROWS.slice(0, 2)));
  const again = page.getByRole('dialog', { name: 'Import the table Encuesta de mayo.xlsx' });
  await expect(again).toContainText('the fields you chose last time');
  await expect(again.getByRole('combobox', { name: 'Comentario', exact: true })).toHaveValue('description');
  await expect(again.getByRole('combobox', { name: 'Fase', exact: true })).toHaveValue('stage');
  await again.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('list', { name: 'Your journeys' }).getByRole('listitem')).toHaveCount(2);
});

test('a CSV whose headers say nothing is mapped by hand; emoji faces are read; a bad row can be skipped', async ({
  page,
}) => {
  const csv =
    'Col A,Col B,Col C,Col D\nOnboarding,Ana,Signs up,😊\nOnboarding,Ana,Gets lost,😞\nUse,Ana,Invites a friend,🤷\n';
  await openTable(page, 'export.csv', Buffer.from(csv));
  const dialog = page.getByRole('dialog', { name: 'Import the table export.csv' });
  for (const header of ['Col A', 'Col B', 'Col C', 'Col D'])
    await expect(dialog.getByRole('combobox', { name: header })).toHaveValue('');
  await expect(dialog).toContainText('Choose a column for: Stage, Persona, Touchpoint title.');
  await expect(dialog.getByRole('button', { name: 'Import' })).toBeDisabled();
  await dialog.getByRole('combobox', { name: 'Col A' }).selectOption({ label: 'Stage' });
  await dialog.getByRole('combobox', { name: 'Col B' }).selectOption({ label: 'Persona' });
  await dialog.getByRole('combobox', { name: 'Col C' }).selectOption({ label: 'Touchpoint title' });
  await dialog.getByRole('combobox', { name: 'Col D' }).selectOption({ label: 'Emotion' });
  await expect(dialog.getByRole('combobox', { name: 'Emotion scale of “Col D”' })).toHaveValue('faces');
  await expect(dialog).toContainText('😊 → +2, 😞 → −2, 🤷 → not on this scale');
  expect(await axeViolations(page, '[role="dialog"]')).toEqual([]);
  await dialog.getByRole('button', { name: 'Import' }).click();

  const problems = page.getByRole('dialog', { name: '1 row of the CSV has a problem' });
  await expect(problems).toContainText('line 4: Col D "🤷" is not on the emotion scale');
  await problems.getByRole('button', { name: 'Import without that row' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'export' })).toBeVisible();
  await expect(card(page, 'Signs up')).toHaveAccessibleName(/^Signs up, Positive/);
  await expect(card(page, 'Gets lost')).toHaveAccessibleName(/^Gets lost, Negative/);
  await expect(card(page, 'Invites a friend')).toHaveCount(0);
});

test.describe('in Spanish', () => {
  test.use({ locale: 'es-ES' });

  test('the same workbook imports with the dialog in Spanish', async ({ page }) => {
    await openTable(page, 'Encuesta.xlsx', await surveyWorkbook(), 'Abrir archivo…');
    const dialog = page.getByRole('dialog', { name: 'Importar la tabla Encuesta.xlsx' });
    await expect(dialog.getByRole('combobox', { name: 'Hoja' })).toHaveValue('Respuestas');
    await expect(dialog.getByRole('combobox', { name: 'Fase', exact: true })).toHaveValue('stage');
    await expect(dialog.getByRole('combobox', { name: 'Momento', exact: true })).toHaveValue('touchpoint');
    await expect(
      dialog.getByRole('combobox', { name: 'Escala de emoción de «Satisfacción (1-10)»' }),
    ).toHaveValue('1-10');
    await expect(dialog.getByRole('combobox', { name: 'Comentario', exact: true })).toContainText(
      '— Dejar fuera —',
    );
    await dialog
      .getByRole('combobox', { name: 'Comentario', exact: true })
      .selectOption({ label: 'Descripción' });
    expect(await axeViolations(page, '[role="dialog"]')).toEqual([]);
    await snap(page, 'column-mapping-es');
    await dialog.getByRole('button', { name: 'Importar' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Encuesta' })).toBeVisible();
    await expect(card(page, 'Ve un anuncio')).toHaveAccessibleName(/^Ve un anuncio, Positiva/);
    await expect(card(page, 'Espera en la cola')).toHaveAccessibleName(/^Espera en la cola, Negativa/);
    await expectInCell(page, 'Espera en la cola', 'Luis en Compra');
  });
});

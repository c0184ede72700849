import { expect, test, type Locator } from '@playwright/test';
import { openApp, openFromDisk, snap } from './helpers';

// A Spanish system: the app starts in Spanish, as a Spanish user meets it.
test.use({ locale: 'es-ES' });

/** Words that only an English sentence would have: none may reach a Spanish user. */
const ENGLISH = /\b(the|is|not|line|row|rows|file|expected|found|valid|was|has|with|column)\b/i;

async function expectSpanishOnly(dialog: Locator) {
  const text = (await dialog.innerText()).replace(/"[^"]*"|«[^»]*»/g, '');
  expect(text).not.toMatch(ENGLISH);
}

test.beforeEach(async ({ page }) => {
  await openApp(page);
  await expect(page.getByRole('heading', { name: 'Tus trayectos' })).toBeVisible();
});

test('a bad CSV is explained in Spanish, naming its columns as the file does', async ({ page }) => {
  await openFromDisk(page, 'tests/fixtures/bad/spanish-bad-rows.csv', 'Abrir archivo…');
  const dialog = page.getByRole('dialog', { name: '2 filas del CSV tienen problemas' });
  await expect(dialog).toContainText('línea 3: Emoción «fatal» no es positiva, neutral, negativa');
  await expect(dialog).toContainText('línea 4: Persona está vacío');
  await snap(page, 'csv-errors-es');
  await expectSpanishOnly(dialog);
});

test('a JSON syntax error is located and explained in Spanish', async ({ page }) => {
  await openFromDisk(page, 'tests/fixtures/bad/trailing-comma.trayecto', 'Abrir archivo…');
  const dialog = page.getByRole('dialog', { name: 'No se pudo abrir trailing-comma.trayecto' });
  await expect(dialog).toContainText(
    'El archivo no es JSON válido: no se esperaba «}» en la línea 30, columna 7.',
  );
  await expect(dialog).toContainText('Tu biblioteca no ha cambiado.');
  await expectSpanishOnly(dialog);
});

test('a map that breaks its rules is explained in Spanish, fault by fault', async ({ page }) => {
  await openFromDisk(page, 'tests/fixtures/bad/bad-colour.trayecto', 'Abrir archivo…');
  const dialog = page.getByRole('dialog', { name: 'No se pudo abrir bad-colour.trayecto' });
  await expect(dialog).toContainText('El mapa tiene un error:');
  await expect(dialog).toContainText('journey.stages[0].color: debe ser un color como #1f6feb');
  await expectSpanishOnly(dialog);
});

test('a CSV in an encoding Trayecto cannot read asks, in Spanish, for CSV UTF-8', async ({ page }) => {
  await openFromDisk(page, 'tests/fixtures/bad/utf16-without-bom.csv', 'Abrir archivo…');
  const dialog = page.getByRole('dialog', { name: 'No se pudo abrir utf16-without-bom.csv' });
  await expect(dialog).toContainText('guárdalo como «CSV UTF-8 (delimitado por comas)»');
  await expectSpanishOnly(dialog);
});

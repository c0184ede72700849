import { expect, test, type Page } from '@playwright/test';
import { openApp, openFromDisk, snap } from './helpers';

// A Spanish system: the app starts in Spanish, as a Spanish user meets it.
test.use({ locale: 'es-ES' });

/** Words that only an English sentence would have: none may reach a Spanish user. */
const ENGLISH = /\b(the|is|not|line|row|rows|file|expected|found|valid|was|has|with|column)\b/i;

/** Open a bad file from the library: the dialog named `dialog` says each of `says`, and no English. */
async function refusedInSpanish(page: Page, file: string, dialog: string, says: string[]) {
  await openFromDisk(page, `tests/fixtures/bad/${file}`, 'Abrir archivo…');
  const refusal = page.getByRole('dialog', { name: dialog });
  for (const text of says) await expect(refusal).toContainText(text);
  const words = (await refusal.innerText()).replace(/"[^"]*"|«[^»]*»/g, '');
  expect(words).not.toMatch(ENGLISH);
}

test.beforeEach(async ({ page }) => {
  await openApp(page);
  await expect(page.getByRole('heading', { name: 'Tus trayectos' })).toBeVisible();
});

test('a bad CSV is explained in Spanish, naming its columns as the file does', async ({ page }) => {
  await refusedInSpanish(page, 'spanish-bad-rows.csv', '2 filas del CSV tienen problemas', [
    'línea 3: Emoción «fatal» no es positiva, neutral, negativa',
    'línea 4: Persona está vacío',
  ]);
  await snap(page, 'csv-errors-es');
});

test('a JSON syntax error is located and explained in Spanish', async ({ page }) => {
  await refusedInSpanish(page, 'trailing-comma.trayecto', 'No se pudo abrir trailing-comma.trayecto', [
    'El archivo no es JSON válido: no se esperaba «}» en la línea 30, columna 7.',
    'Tu biblioteca no ha cambiado.',
  ]);
});

test('a map that breaks its rules is explained in Spanish, fault by fault', async ({ page }) => {
  await refusedInSpanish(page, 'bad-colour.trayecto', 'No se pudo abrir bad-colour.trayecto', [
    'El mapa tiene un error:',
    'journey.stages[0].color: debe ser un color como #1f6feb',
  ]);
});

test('a CSV in an encoding Trayecto cannot read asks, in Spanish, for CSV UTF-8', async ({ page }) => {
  await refusedInSpanish(page, 'utf16-without-bom.csv', 'No se pudo abrir utf16-without-bom.csv', [
    'guárdalo como «CSV UTF-8 (delimitado por comas)»',
  ]);
});

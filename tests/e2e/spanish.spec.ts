import { expect, test } from '@playwright/test';
import { cutSelects, ENGLISH_ONLY, englishOnScreen } from './catalogue';
import { fromMoreMenu, snap } from './helpers';

test.use({ locale: 'es-ES', viewport: { width: 1280, height: 720 } });

const SAMPLE = 'Comprar un coche familiar';

test('walking the Spanish app — library, editor, every dialog and panel — shows no English', async ({
  page,
}, info) => {
  expect(ENGLISH_ONLY.length).toBeGreaterThan(200);
  const leaks: Record<string, string[]> = {};
  const cut: Record<string, string[]> = {};
  const look = async (view: string) => {
    const found = await englishOnScreen(page);
    if (found.length) leaks[view] = found;
    const narrow = await cutSelects(page);
    if (narrow.length) cut[view] = narrow;
  };
  const close = () => page.getByRole('dialog').getByRole('button', { name: 'Cerrar' }).first().click();

  await page.goto('/#/');
  await expect(page.getByRole('heading', { name: 'Tus trayectos' })).toBeVisible();
  await look('library');
  await expect(page.getByRole('listitem').filter({ hasText: SAMPLE })).toContainText(
    '5 etapas · 2 personas · 28 puntos de contacto en 2 escenarios',
  );
  await snap(page, 'es-library');

  await page.getByRole('button', { name: 'Nuevo trayecto' }).click();
  await expect(page.getByRole('dialog', { name: 'Nuevo trayecto' })).toBeVisible();
  await look('new journey dialog');
  await close();
  await page.getByRole('button', { name: 'Ajustes' }).click();
  await look('settings dialog');
  await close();
  await page.getByRole('button', { name: 'Renombrar' }).first().click();
  await look('rename dialog');
  await page.getByRole('dialog').getByRole('button', { name: 'Cancelar' }).click();

  await page.getByRole('button', { name: `Abrir ${SAMPLE}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: SAMPLE })).toBeVisible();
  await look('editor, journey inspector');
  await snap(page, 'es-editor');

  await page.getByRole('button', { name: /^Lee la guía de coches familiares, / }).click();
  await look('editor, touchpoint inspector');
  await snap(page, 'es-touchpoint');
  await page.getByRole('button', { name: /^Nombre de la etapa: Comparación/ }).click();
  await look('editor, stage inspector');
  await page.getByRole('button', { name: 'Eliminar etapa' }).click();
  await look('delete stage');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Añadir persona' }).click();
  await look('editor, new persona inspector');
  await page.getByRole('button', { name: 'Deshacer' }).click();

  await page.getByRole('tab', { name: 'Notas' }).click();
  await page
    .getByRole('tabpanel', { name: 'Notas' })
    .getByRole('combobox', { name: 'Filtrar por estado' })
    .selectOption('');
  await look('notes panel');
  await snap(page, 'es-notes');
  await page.getByRole('tab', { name: 'Análisis' }).click();
  await look('insights panel');
  await expect(page.getByRole('tabpanel', { name: 'Análisis' })).toContainText('7 abiertas, 2 resueltas');
  await snap(page, 'es-insights');
  const coverage = page.getByRole('table', { name: 'Puntos de contacto por etapa y canal' });
  await coverage.scrollIntoViewIfNeeded();
  await snap(page, 'es-insights-tables');

  await page.getByRole('button', { name: 'Filtros', exact: true }).click();
  await look('filters');
  await page.getByRole('button', { name: 'Filtros', exact: true }).click();
  await page.getByRole('button', { name: 'Canales', exact: true }).click();
  await look('channel view');
  await page.getByRole('button', { name: 'Personas', exact: true }).click();

  await fromMoreMenu(page, 'Nuevo escenario…');
  await page
    .getByRole('textbox', { name: 'Nombre del escenario' })
    .fill('Peor caso, con la red de talleres saturada');
  await look('new scenario dialog');
  await page.getByRole('dialog').getByRole('button', { name: 'Crear escenario' }).click();
  await fromMoreMenu(page, 'Comparar escenarios');
  await look('compare scenarios dialog');
  await snap(page, 'es-compare');
  await close();

  await fromMoreMenu(page, 'Versiones');
  await look('versions dialog');
  await close();
  await page.getByRole('button', { name: 'Exportar…' }).click();
  await look('export dialog');
  await snap(page, 'es-export');
  await close();

  await page.getByRole('button', { name: 'Taller', exact: true }).click();
  await look('workshop mode');
  await snap(page, 'es-workshop');
  await page.keyboard.press('Escape');

  const path = info.outputPath('mapa.trayecto');
  await page.getByRole('button', { name: 'Exportar…' }).click();
  await page.getByRole('radio', { name: 'Archivo de Trayecto (JSON)' }).check();
  const download = page.waitForEvent('download');
  await page.getByRole('dialog').getByRole('button', { name: 'Exportar', exact: true }).click();
  await (await download).saveAs(path);
  await expect(page.getByRole('alert')).toContainText('Se guardó');
  await look('export done');
  await page.getByRole('button', { name: 'Biblioteca' }).first().click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Abrir archivo…' }).click();
  await (await chooser).setFiles(path);
  await expect(page.getByRole('dialog', { name: `«${SAMPLE}» ya está en tu biblioteca` })).toBeVisible();
  await look('file already in the library');
  await page.getByRole('button', { name: 'Conservar ambos' }).click();
  await page.getByRole('button', { name: 'Biblioteca' }).first().click();
  await look('library with two maps');
  await page
    .getByRole('group', { name: `Acciones de ${SAMPLE} (copia)` })
    .getByRole('button', { name: 'Mover a la papelera' })
    .click();
  await page.getByRole('button', { name: 'Papelera (1)' }).click();
  await look('trash');
  await page.getByRole('button', { name: 'Papelera (1)' }).click();

  // (The invariants' own messages, e.g. a dangling stage, are still English: src/model, not this walk's.)
  for (const bad of ['binary-garbage.trayecto', 'bad-emotion-word.csv']) {
    const refused = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Abrir archivo…' }).click();
    await (await refused).setFiles(`tests/fixtures/bad/${bad}`);
    await expect(page.getByRole('dialog')).toBeVisible();
    await look(`opening ${bad}`);
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /^(Cerrar|Cancelar)$/ })
      .first()
      .click();
  }

  expect(leaks).toEqual({});
  // Every select shows its whole text.
  expect(cut).toEqual({});
});

test.describe('in English', () => {
  test.use({ locale: 'en-US' });

  test('the same search finds the English catalogue on an English screen', async ({ page }) => {
    await page.goto('/#/');
    await expect(page.getByRole('heading', { name: 'Your journeys' })).toBeVisible();
    expect(await englishOnScreen(page)).toEqual(
      expect.arrayContaining(['Your journeys', 'New journey', 'Search journeys by title', 'Move to trash']),
    );
  });
});

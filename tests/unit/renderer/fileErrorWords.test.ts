// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileErrorMessage } from '../../../renderer/i18n/fileErrorWords';
import { initI18n } from '../../../renderer/i18n';
import { en } from '../../../renderer/i18n/en';
import { es } from '../../../renderer/i18n/es';
import { FILE_ERROR_KEYS, readJourneyFile, type CsvError } from '../../../src/formats';

beforeAll(() => initI18n('en'));

describe('file errors in the UI language', () => {
  it('has every sentence in English and Spanish (plural ones in each form)', () => {
    for (const catalogue of [en.fileError, es.fileError]) {
      const keys = Object.keys(catalogue).map((k) => k.replace(/_(one|other)$/, ''));
      expect([...new Set(keys)].sort()).toEqual([...FILE_ERROR_KEYS].sort());
    }
  });

  it('words a Spanish CSV error in Spanish whatever the UI was, and the same error in English', () => {
    const bytes = new TextEncoder().encode('etapa;persona;punto de contacto\nA;;Uno\n');
    const result = readJourneyFile('x.csv', bytes, { language: 'es', now: '2026-01-01T00:00:00.000Z' });
    if (result.ok) throw new Error('accepted');
    expect(fileErrorMessage(result.error, 'es')).toBe('1 fila tiene un error:\nlínea 2: persona está vacío');
    expect(fileErrorMessage(result.error, 'en')).toBe('1 row has an error:\nline 2: persona is empty');
  });

  it('tells what is wrong in a map, by path, in Spanish', () => {
    const bytes = readFileSync('tests/fixtures/bad/dangling-stage.trayecto');
    const result = readJourneyFile('x.trayecto', bytes, { language: 'es', now: '2026-01-01T00:00:00.000Z' });
    if (result.ok) throw new Error('accepted');
    expect(fileErrorMessage(result.error, 'es')).toBe(
      'El mapa tiene un error:\njourney.touchpoints[1].stageId: no hay ninguna etapa con el id «ghost»',
    );
  });

  it('writes sizes as the language does', () => {
    const error = { kind: 'tooLarge', bytes: 52_500_000, limit: 52_428_800 } as const;
    expect(fileErrorMessage(error, 'es')).toBe(
      'El archivo ocupa 50,1 MB; el máximo es 50 MB. No se ha abierto.',
    );
    expect(fileErrorMessage(error, 'en')).toBe('The file is 50.1 MB; the limit is 50 MB. It was not opened.');
  });

  it('names columns missing from the file in the reader’s language, with plurals', () => {
    const error: CsvError = { kind: 'missingColumns', missing: ['stage', 'touchpoint'], found: ['title'] };
    expect(fileErrorMessage(error, 'es')).toBe(
      'Faltan columnas obligatorias: etapa, punto_de_contacto. Encontradas: title.',
    );
    expect(fileErrorMessage({ ...error, missing: ['stage'] }, 'en')).toBe(
      'A required column is missing: stage. Found: title.',
    );
  });
});

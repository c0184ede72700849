import { describe, expect, it } from 'vitest';
import {
  csvToJourney,
  fileErrorSentences,
  journeyToCsv,
  readJourneyFile,
  readTrayecto,
  type CsvError,
} from '../../../src/formats';
import { LIMITS } from '../../../src/model';
import { createSampleJourney } from '../../../src/templates';
import { fileErrorMessage } from '../helpers/fileErrorMessage';
import { smallJourney } from '../helpers/smallJourney';

const NOW = '2026-01-01T00:00:00.000Z';
const options = { language: 'en' as const, now: NOW };

describe('inputs too big to keep as fixtures', () => {
  it('reports JSON nested 100,000 deep as nested too deeply, where it goes too deep', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const result = readTrayecto(deep);
    expect(!result.ok && result.error).toEqual({
      kind: 'tooDeep',
      limit: LIMITS.jsonDepth,
      line: 1,
      column: 65,
    });
    expect(!result.ok && fileErrorMessage(result.error, 'en')).toBe(
      'The file is nested too deeply: more than 64 levels at line 1, column 65. It is not a Trayecto map.',
    );
    // Brackets inside strings are text, not nesting.
    const inString = JSON.stringify({ format: 'trayecto', version: 2, journey: { title: '['.repeat(1000) } });
    expect(
      !readTrayecto(inString).ok && (readTrayecto(inString) as { error: { kind: string } }).error.kind,
    ).toBe('invalid');
  });

  it('refuses a PNG over 50 MB like any other file, before reading it', () => {
    const png = new Uint8Array(LIMITS.fileBytes + 1);
    png.set([137, 80, 78, 71, 13, 10, 26, 10]);
    const result = readJourneyFile('huge.png', png, options);
    expect(!result.ok && result.error).toEqual({
      kind: 'tooLarge',
      bytes: LIMITS.fileBytes + 1,
      limit: LIMITS.fileBytes,
    });
  });
});

describe('line numbers', () => {
  it('counts CR-only, LF and CRLF line endings alike in JSON syntax errors', () => {
    for (const newline of ['\r', '\n', '\r\n']) {
      const result = readTrayecto(['{', '  "format": "trayecto",', '  "version": 2,,', '}'].join(newline));
      expect(!result.ok && result.error).toEqual({ kind: 'notJson', line: 3, column: 16, found: ',' });
    }
  });
});

describe('CSV keeps the map', () => {
  it("keeps the map's stage and persona order, even when the first rows belong to later ones", () => {
    const journey = smallJourney();
    // Only the last persona has touchpoints in the first stage: first appearance would reverse them.
    journey.touchpoints = journey.touchpoints.filter((t) => t.stageId !== journey.stages[0]!.id);
    journey.touchpoints.push({
      ...journey.touchpoints[0]!,
      id: 'first',
      personaId: journey.personas[1]!.id,
      stageId: journey.stages[0]!.id,
      order: 0,
    });
    const csv = journeyToCsv(journey);
    const back = csvToJourney(csv, { ...options, title: 'Back' });
    if (!back.ok) throw new Error(JSON.stringify(back.error));
    expect(back.value.journey.stages.map((s) => s.name)).toEqual(journey.stages.map((s) => s.name));
    expect(back.value.journey.personas.map((p) => p.name)).toEqual(journey.personas.map((p) => p.name));
  });

  it('writes a Spanish map with Spanish headers and words and ";", and reads it back', () => {
    const sample = createSampleJourney('es', { now: NOW });
    const csv = journeyToCsv(sample);
    expect(csv.split('\r\n')[0]).toBe(
      '\uFEFFetapa;persona;punto_de_contacto;descripción;canales;emoción;puntuación;puntos_de_dolor;oportunidades;momento_de_la_verdad;escenario;orden_etapa;orden_persona;capa;responsable',
    );
    expect(csv).toMatch(/;negativa;-3;/);
    expect(csv).toMatch(/;sí;/);
    const back = csvToJourney(csv, { language: 'es', now: NOW, title: 'Vuelta' });
    if (!back.ok) throw new Error(JSON.stringify(back.error));
    expect(back.value.journey.touchpoints).toHaveLength(sample.touchpoints.length);
    expect(back.value.journey.stages.map((s) => s.name)).toEqual(sample.stages.map((s) => s.name));
  });

  it('names a bad column as the file names it, in both languages', () => {
    const bad = csvToJourney('Etapa;Persona;Punto de contacto;Emoción\nA;Ana;Uno;feliz\nA;Ana;Dos;\n', {
      ...options,
      title: 'x',
    });
    expect(!bad.ok && bad.error).toEqual({
      kind: 'badRows',
      rows: [{ line: 2, problem: { kind: 'badEmotion', column: 'Emoción', value: 'feliz' } }],
    });
    expect(!bad.ok && fileErrorMessage(bad.error, 'en')).toContain('line 2: Emoción "feliz" is not positive');
    expect(!bad.ok && fileErrorMessage(bad.error, 'es')).toContain('línea 2: Emoción «feliz» no es positiva');
  });
});

describe('file errors in words', () => {
  it('gets Spanish and English plurals right and names missing columns in the reader’s language', () => {
    const missing: CsvError = {
      kind: 'missingColumns',
      missing: ['persona', 'touchpoint'],
      found: ['stage'],
    };
    expect(fileErrorMessage(missing, 'es')).toBe(
      'Faltan columnas obligatorias: persona, punto_de_contacto. Encontradas: stage.',
    );
    expect(fileErrorMessage({ ...missing, missing: ['touchpoint'] }, 'en')).toBe(
      'A required column is missing: touchpoint. Found: stage.',
    );
    const rows = (n: number) => ({
      kind: 'badRows' as const,
      rows: Array.from({ length: n }, (_, i) => ({
        line: i + 2,
        problem: { kind: 'unclosedQuote' as const },
      })),
    });
    expect(fileErrorMessage(rows(1), 'es').split('\n')[0]).toBe('1 fila tiene un error:');
    expect(fileErrorMessage(rows(10), 'es').split('\n')).toEqual([
      '10 filas tienen errores:',
      ...Array.from({ length: 8 }, (_, i) => `línea ${i + 2}: un campo entre comillas no se cierra`),
      '… y 2 más',
    ]);
    expect(fileErrorSentences(rows(10), 'en').at(-1)).toEqual({ key: 'more', params: { count: 2 } });
  });
});

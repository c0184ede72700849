import { describe, expect, it } from 'vitest';
import { csvToJourney, guessChannelKind, journeyToCsv, type CsvImportOptions } from '../../../src/formats';
import { checkInvariants, journeySchema, LIMITS } from '../../../src/model';
import { createSampleJourney } from '../../../src/templates';
import { fileErrorMessage } from '../helpers/fileErrorMessage';

const options: CsvImportOptions = { language: 'en', now: '2026-01-01T00:00:00.000Z', title: 'Imported' };
function imported(text: string, extra: Partial<CsvImportOptions> = {}) {
  const result = csvToJourney(text, { ...options, ...extra });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  expect(checkInvariants(result.value.journey)).toEqual([]);
  return result.value;
}

describe('CSV export', () => {
  it('writes one row per touchpoint with the documented columns, with a BOM', () => {
    const sample = createSampleJourney('en', { now: options.now });
    const csv = journeyToCsv(sample);
    expect(
      csv.startsWith(
        '\uFEFFstage,persona,touchpoint,description,channels,emotion,score,pain_points,opportunities,moment_of_truth,scenario,stage_order,persona_order,layer,owner\r\n',
      ),
    ).toBe(true);
    const { journey } = imported(csv);
    expect(journey.touchpoints).toHaveLength(sample.touchpoints.length);
    expect(csv).toContain('Purchase,"Laura, new parent",Delivery date slips,');
    expect(csv).toContain(
      'Email; Phone,negative,-3,Delivery dates are promised before stock is confirmed.,Proactive delivery tracker with SMS updates.,yes',
    );
  });

  it('round-trips: CSV → journey → CSV gives the same rows', () => {
    const first = journeyToCsv(createSampleJourney('es', { now: options.now }));
    const second = journeyToCsv(imported(first, { language: 'es' }).journey);
    expect(second).toBe(first);
  });
});

describe('CSV import', () => {
  it('creates stages, personas and channels in order of first appearance', () => {
    const { journey } = imported(
      'stage,persona,touchpoint,channels,emotion\nCompare,Ana,Reads reviews,Web; App,positive\nAware,Ana,Sees ad,Social,neutral\nCompare,Luis,Calls,Phone,-3\n',
    );
    expect(journey.stages.map((s) => s.name)).toEqual(['Compare', 'Aware']);
    expect(journey.personas.map((p) => p.name)).toEqual(['Ana', 'Luis']);
    expect(journey.channels.map((c) => [c.name, c.kind])).toEqual([
      ['Web', 'web'],
      ['App', 'app'],
      ['Social', 'social'],
      ['Phone', 'phone'],
    ]);
    expect(journey.touchpoints.map((t) => [t.title, t.emotion])).toEqual([
      ['Reads reviews', 2],
      ['Sees ad', 0],
      ['Calls', -3],
    ]);
  });

  it('accepts Spanish headers and emotion words, ";" delimiters, accents and quoted newlines', () => {
    const { journey } = imported(
      '\uFEFFEtapa;Persona;Punto de contacto;Descripción;Canales;Emoción;Puntos de dolor;Oportunidades\n' +
        'Compra;Laura;Firma;"Contrato largo\ncon letra pequeña";Tienda;negativa;"Cargos ocultos\nPresión";Firma digital\n' +
        'Postventa;Laura;Entrega;;Tienda;Positiva;;\n',
      { language: 'es' },
    );
    expect(journey.touchpoints.map((t) => [t.title, t.emotion, t.description])).toEqual([
      ['Firma', -2, 'Contrato largo\ncon letra pequeña'],
      ['Entrega', 2, ''],
    ]);
    expect(journey.channels.map((c) => [c.name, c.kind])).toEqual([['Tienda', 'in-person']]);
    expect(journey.annotations.map((a) => [a.kind, a.text])).toEqual([
      ['pain-point', 'Cargos ocultos'],
      ['pain-point', 'Presión'],
      ['opportunity', 'Firma digital'],
    ]);
  });

  it('reports bad rows by their line in the file (quoted newlines counted) and refuses the whole import', () => {
    const text =
      'stage,persona,touchpoint,description,emotion\nA,Ana,One,"two\nlines",happy\nA,Ana,Two,,neutral\nB,,Three,,neutral\n';
    const result = csvToJourney(text, options);
    expect(result).toEqual({
      ok: false,
      error: {
        kind: 'badRows',
        rows: [
          { line: 2, problem: { kind: 'badEmotion', column: 'emotion', value: 'happy' } },
          { line: 5, problem: { kind: 'emptyFields', columns: ['persona'] } },
        ],
      },
    });
  });

  it('imports the good rows when asked to skip the bad ones', () => {
    const value = imported('stage,persona,touchpoint,emotion\nA,Ana,One,happy\nA,Ana,Two,neutral\n', {
      skipBadRows: true,
    });
    expect(value.journey.touchpoints.map((t) => t.title)).toEqual(['Two']);
    expect(value.skippedRows).toMatchObject([{ line: 2, problem: { kind: 'badEmotion', value: 'happy' } }]);
  });

  it('guesses channel kinds from names in both languages', () => {
    expect(
      ['Correo electrónico', 'Teléfono', 'Concesionario', 'Instagram', 'WhatsApp', 'Carta', 'Kiosk'].map(
        guessChannelKind,
      ),
    ).toEqual(['email', 'phone', 'in-person', 'social', 'chat', 'mail', 'other']);
  });
});

describe('CSV edge cases', () => {
  it('takes the score when the emotion word agrees with it, and refuses a row where they disagree', () => {
    const text =
      'stage,persona,touchpoint,emotion,score\nA,Ana,One,negative,-3\nA,Ana,Two,2,2\nA,Ana,Three,positive,-1\n';
    const result = csvToJourney(text, { ...options, skipBadRows: true });
    expect(result.ok && result.value.journey.touchpoints.map((t) => t.emotion)).toEqual([-3, 2]);
    expect(result.ok && result.value.skippedRows).toMatchObject([
      { line: 4, problem: { kind: 'emotionMismatch', emotion: 'positive', score: -1 } },
    ]);
  });

  it('does not take words from Object.prototype for emotions or columns', () => {
    const result = csvToJourney(
      'stage,persona,touchpoint,constructor,emotion\nA,Ana,One,x,constructor\n',
      options,
    );
    expect(result.ok ? result.value : result.error).toMatchObject({
      kind: 'badRows',
      rows: [{ line: 2, problem: { kind: 'badEmotion', value: 'constructor' } }],
    });
  });

  it('keeps cells a spreadsheet would run as formulas as text, and round-trips them', () => {
    const sample = createSampleJourney('en', { now: options.now });
    sample.touchpoints[0]!.title = '=HYPERLINK("http://evil.example","Click")';
    sample.touchpoints[0]!.description = '-2+3';
    const csv = journeyToCsv(sample);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""Click"")","'-2+3",`);
    expect(csv).toContain(',negative,-3,');
    const back = imported(csv).journey;
    expect(back.touchpoints.find((t) => t.title.startsWith('=HYPERLINK'))?.description).toBe('-2+3');
    expect(journeyToCsv(back)).toBe(csv);
  });

  it('refuses rows past the model limits, so the journey that comes out is always valid', () => {
    const longDescription = `A,Ana,Long,${'x'.repeat(LIMITS.longText + 1)}`;
    const stages = Array.from({ length: LIMITS.stages + 1 }, (_, i) => `S${i},Ana,T${i},`);
    const text = ['stage,persona,touchpoint,description', longDescription, ...stages].join('\n');
    const result = csvToJourney(text, { ...options, skipBadRows: true });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value.skippedRows).toMatchObject([
      { line: 2, problem: { kind: 'tooLong', column: 'description', limit: LIMITS.longText } },
      { line: LIMITS.stages + 3, problem: { kind: 'tooMany', what: 'stages', limit: LIMITS.stages } },
    ]);
    expect(result.value.journey.stages).toHaveLength(LIMITS.stages);
    expect(journeySchema.safeParse(result.value.journey).success).toBe(true);
  });

  it('gives ids from makeId and explains bad rows in Spanish', () => {
    let n = 0;
    const value = imported('stage,persona,touchpoint\nA,Ana,One\n', { makeId: () => `id${n++}` });
    expect([value.journey.id, value.journey.stages[0]!.id, value.journey.touchpoints[0]!.id]).toEqual([
      'id4',
      'id1',
      'id3',
    ]);
    const bad = csvToJourney('etapa;persona;punto de contacto;emoción\nA;Ana;Uno;feliz\n', options);
    expect(!bad.ok && fileErrorMessage(bad.error, 'es')).toBe(
      '1 fila tiene un error:\nlínea 2: emoción «feliz» no es positiva, neutral, negativa ni una puntuación de -3 a 3',
    );
  });

  it('names the missing columns and the headers it found', () => {
    const result = csvToJourney('Stage, Heading ,Notes\nA,B,C\n', options);
    expect(result).toEqual({
      ok: false,
      error: {
        kind: 'missingColumns',
        missing: ['persona', 'touchpoint'],
        found: ['Stage', 'Heading', 'Notes'],
      },
    });
  });
});

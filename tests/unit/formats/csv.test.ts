import { describe, expect, it } from 'vitest';
import { csvToJourney, guessChannelKind, journeyToCsv, type CsvImportOptions } from '../../../src/formats';
import { checkInvariants } from '../../../src/model';
import { createSampleJourney } from '../../../src/templates';

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
        '\uFEFFstage,persona,touchpoint,description,channels,emotion,score,pain_points,opportunities,moment_of_truth\r\n',
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
          { line: 2, reason: expect.stringContaining('emotion "happy"') },
          { line: 5, reason: 'empty persona' },
        ],
      },
    });
  });

  it('imports the good rows when asked to skip the bad ones', () => {
    const value = imported('stage,persona,touchpoint,emotion\nA,Ana,One,happy\nA,Ana,Two,neutral\n', {
      skipBadRows: true,
    });
    expect(value.journey.touchpoints.map((t) => t.title)).toEqual(['Two']);
    expect(value.skippedRows).toEqual([{ line: 2, reason: expect.stringContaining('happy') }]);
  });

  it('guesses channel kinds from names in both languages', () => {
    expect(
      ['Correo electrónico', 'Teléfono', 'Concesionario', 'Instagram', 'WhatsApp', 'Carta', 'Kiosk'].map(
        guessChannelKind,
      ),
    ).toEqual(['email', 'phone', 'in-person', 'social', 'chat', 'mail', 'other']);
  });
});

import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  emotionOnScale,
  fieldOfHeader,
  headerKey,
  headerSetKey,
  isTrayectoCsvHeader,
  mappingFromFile,
  mappingToFile,
  openJourneyFile,
  proposeEmotionScale,
  proposeMapping,
  readMappingFile,
  readWorkbookRows,
  sheetRowsToClip,
  tableToJourney,
  type EmotionScale,
} from '../../../src/formats';

const options = { language: 'en' as const, now: '2026-03-01T09:00:00.000Z', title: 'Survey' };
const scores = (scale: EmotionScale, values: (string | number)[]) =>
  values.map((v) => emotionOnScale(String(v), scale));

describe('header matching', () => {
  it('ignores case, accents, punctuation and units in parentheses or brackets', () => {
    expect(headerKey('Satisfacción (1-10)')).toBe('satisfaccion');
    expect(headerKey('  SATISFACCIÓN [%] ')).toBe('satisfaccion');
    expect(headerKey('Punto_de-contacto')).toBe('punto de contacto');
    expect(headerKey('Touch point')).toBe('touch point');
  });

  it('knows the fields by their English and Spanish names', () => {
    const named: [string, string | undefined][] = [
      ['Fase', 'stage'],
      ['Etapa', 'stage'],
      ['PHASE', 'stage'],
      ['Cliente', 'persona'],
      ['Persona', 'persona'],
      ['Momento', 'touchpoint'],
      ['Punto de contacto', 'touchpoint'],
      ['punto_de_contacto', 'touchpoint'],
      ['Satisfacción (1-10)', 'emotion'],
      ['Emoción', 'emotion'],
      ['Canal', 'channels'],
      ['Channels', 'channels'],
      ['Qué piensa', 'thinking'],
      ['Doing', 'doing'],
      ['Momento de la verdad', 'moment_of_truth'],
      ['Puntos de dolor', 'pain_points'],
      ['Puntuación', 'score'],
      ['Favourite colour', undefined],
    ];
    expect(named.map(([header]) => [header, fieldOfHeader(header)])).toEqual(named);
  });

  it("recognises Trayecto's own CSV headers in either language, and nothing else", () => {
    expect(isTrayectoCsvHeader(['stage', 'persona', 'touchpoint', 'emotion'])).toBe(true);
    expect(isTrayectoCsvHeader(['Etapa', 'Persona', 'Punto de contacto', 'Emoción'])).toBe(true);
    expect(isTrayectoCsvHeader(['Fase', 'Cliente', 'Momento'])).toBe(false);
    expect(isTrayectoCsvHeader([])).toBe(false);
  });

  it('remembers a mapping under its set of headers, whatever their order, case or accents', () => {
    expect(headerSetKey(['Fase', 'Cliente'])).toBe(headerSetKey(['cliente', 'FASE']));
    expect(headerSetKey(['Fase', 'Cliente'])).not.toBe(headerSetKey(['Fase', 'Cliente', 'Canal']));
  });
});

describe('emotion scales, each onto −3..3 (linear, nearest whole score, halves away from zero)', () => {
  it('−3..3 is read as it is; −2..2 is stretched by 1.5', () => {
    expect(scores('-3..3', [-3, -1, 0, 2, 3, '1,4', -4])).toEqual([-3, -1, 0, 2, 3, 1, undefined]);
    expect(scores('-2..2', [-2, -1, 0, 1, 2, 3])).toEqual([-3, -2, 0, 2, 3, undefined]);
  });

  it('1–5 gives Mermaid’s mapping: 1 → −3, 2 → −2, 3 → 0, 4 → 2, 5 → 3', () => {
    expect(scores('1-5', [1, 2, 3, 4, 5, 0, 6])).toEqual([-3, -2, 0, 2, 3, undefined, undefined]);
  });

  it('1–10 and 0–10: each step of the scale to the nearest score', () => {
    expect(scores('1-10', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toEqual([-3, -2, -2, -1, 0, 0, 1, 2, 2, 3]);
    expect(scores('1-10', ['7,5', '8,5', 0, 11])).toEqual([1, 2, undefined, undefined]);
    expect(scores('0-10', [0, 5, 10, 7])).toEqual([-3, 0, 3, 1]);
  });

  it('0–100 takes percentages; 25 and 75 are halves, rounded away from zero', () => {
    expect(scores('0-100', [0, 25, 50, 75, 100, '80%', 101])).toEqual([-3, -2, 0, 2, 3, 2, undefined]);
  });

  it('words in English or Spanish (and a whole score, as Trayecto writes it); anything else is not on the scale', () => {
    expect(
      scores('words', [
        'Positive',
        'positiva',
        'NEUTRO',
        'negativo',
        'muy positivo',
        'Very negative',
        '-3',
        'happy',
      ]),
    ).toEqual([2, 2, 0, -2, 3, -3, -3, undefined]);
  });

  it('emoji faces, with or without the emoji variation selector', () => {
    expect(scores('faces', ['😡', '😞', '☹️', '🙁', '😐', '🙂', '😊', '😄', '🤷'])).toEqual([
      -3,
      -2,
      -2,
      -1,
      0,
      1,
      2,
      3,
      undefined,
    ]);
  });

  it('proposes the scale a header names, else the one its values fit', () => {
    expect(proposeEmotionScale(['3', '4'], 'Satisfacción (1-10)')).toBe('1-10');
    expect(proposeEmotionScale(['30'], 'NPS [0–100]')).toBe('0-100');
    expect(proposeEmotionScale(['0.5'], 'Share %')).toBe('0-100');
    expect(proposeEmotionScale(['1', '5', '3'])).toBe('1-5');
    expect(proposeEmotionScale(['-2', '3', '0'])).toBe('-3..3');
    expect(proposeEmotionScale(['0', '3'])).toBe('-3..3');
    expect(proposeEmotionScale(['9', '1'])).toBe('1-10');
    expect(proposeEmotionScale(['0', '9'])).toBe('0-10');
    expect(proposeEmotionScale(['45', '90'])).toBe('0-100');
    expect(proposeEmotionScale(['positivo', 'negativo', '-1'])).toBe('words');
    expect(proposeEmotionScale(['😊', '😞', '🤷'])).toBe('faces');
    expect(proposeEmotionScale(['', ''])).toBe('words');
  });
});

describe('column mapping', () => {
  const header = ['Fase', 'Cliente', 'Momento', 'Satisfacción (1-10)', 'Canal', 'Notas internas'];
  const rows = [
    ['Descubrimiento', 'Ana', 'Ve un anuncio', '8', 'Instagram', 'x'],
    ['Compra', 'Luis', 'Paga', '2', 'Web', 'y'],
  ];

  it('is proposed by header names, an unknown column left out, with the scale its header names', () => {
    expect(proposeMapping(header, rows)).toEqual({
      fields: ['stage', 'persona', 'touchpoint', 'emotion', 'channels', null],
      emotionScale: '1-10',
    });
  });

  it('goes to a file and back by header names; a file naming a missing column is refused', () => {
    const mapping = { ...proposeMapping(header, rows), sheet: 'Respuestas' };
    const file = mappingToFile(header, mapping);
    expect(file).toEqual({
      sheet: 'Respuestas',
      columns: {
        Fase: 'stage',
        Cliente: 'persona',
        Momento: 'touchpoint',
        'Satisfacción (1-10)': 'emotion',
        Canal: 'channels',
        'Notas internas': null,
      },
      emotionScale: '1-10',
    });
    expect(mappingFromFile(file, header, rows)).toEqual({ ok: true, value: mapping });
    // Headers are matched as the dialog matches them; columns the file leaves out are left out.
    const short = mappingFromFile(
      { columns: { fase: 'stage', MOMENTO: 'touchpoint', cliente: 'persona' } },
      header,
      rows,
    );
    expect(short.ok && short.value.fields).toEqual(['stage', 'persona', 'touchpoint', null, null, null]);
    expect(mappingFromFile({ columns: { Región: 'stage' } }, header, rows)).toEqual({
      ok: false,
      error: { kind: 'mappingUnknownColumn', column: 'Región', found: header },
    });
  });

  it('reads a mapping file, naming what is wrong in it', () => {
    expect(readMappingFile('{"columns":{"Fase":"stage","X":null},"emotionScale":"1-5"}')).toEqual({
      ok: true,
      value: { columns: { Fase: 'stage', X: null }, emotionScale: '1-5' },
    });
    expect(readMappingFile('{"columns": ')).toEqual({ ok: false, error: { kind: 'mappingNotJson' } });
    const badField = readMappingFile('{"columns":{"Fase":"etapa"}}');
    expect(!badField.ok && badField.error).toMatchObject({ kind: 'mappingInvalid', path: 'columns.Fase' });
    expect(!badField.ok && badField.error.kind === 'mappingInvalid' && badField.error.options).toContain(
      'stage',
    );
    const badScale = readMappingFile('{"columns":{},"emotionScale":"1-7"}');
    expect(!badScale.ok && badScale.error).toMatchObject({ kind: 'mappingInvalid', path: 'emotionScale' });
  });

  it('builds the map with the chosen fields and scale, reporting rows off the scale by line', () => {
    const table = {
      header,
      rows: [
        { line: 2, cells: rows[0]!, unclosedQuote: false },
        { line: 3, cells: rows[1]!, unclosedQuote: false },
        { line: 4, cells: ['Compra', 'Ana', 'Se queja', '12', '', ''], unclosedQuote: false },
      ],
    };
    const fields = ['stage', 'persona', 'touchpoint', 'emotion', 'channels', 'thinking'] as const;
    const refused = tableToJourney(table, {
      ...options,
      mapping: { fields: [...fields], emotionScale: '1-10' },
    });
    expect(refused).toEqual({
      ok: false,
      error: {
        kind: 'badRows',
        rows: [
          {
            line: 4,
            problem: { kind: 'offScale', column: 'Satisfacción (1-10)', value: '12', scale: '1-10' },
          },
        ],
      },
    });
    const made = tableToJourney(table, {
      ...options,
      skipBadRows: true,
      mapping: { fields: [...fields], emotionScale: '1-10' },
    });
    const journey = made.ok ? made.value.journey : undefined;
    expect(journey?.stages.map((s) => s.name)).toEqual(['Descubrimiento', 'Compra']);
    expect(journey?.personas.map((p) => p.name)).toEqual(['Ana', 'Luis']);
    expect(journey?.touchpoints.map((t) => [t.title, t.emotion, t.thinking])).toEqual([
      ['Ve un anuncio', 2, 'x'],
      ['Paga', -2, 'y'],
    ]);
    expect(journey?.channels.map((c) => c.name)).toEqual(['Instagram', 'Web']);
  });

  it('refuses a mapping without a stage, persona and title, or with one field twice', () => {
    const table = { header, rows: [{ line: 2, cells: rows[0]!, unclosedQuote: false }] };
    const none = tableToJourney(table, {
      ...options,
      mapping: { fields: header.map(() => null), emotionScale: 'words' },
    });
    expect(!none.ok && none.error).toEqual({
      kind: 'missingColumns',
      missing: ['stage', 'persona', 'touchpoint'],
      found: header,
    });
    const twice = tableToJourney(table, {
      ...options,
      mapping: { fields: ['stage', 'persona', 'touchpoint', null, 'stage', null], emotionScale: 'words' },
    });
    expect(!twice.ok && twice.error).toEqual({ kind: 'duplicateColumns', columns: ['Fase', 'Canal'] });
  });
});

describe('pasted rows with a header row', () => {
  let n = 0;
  const makeId = () => `id${++n}`;

  it('are mapped as a file with those headers is, the scale included', () => {
    const text = 'Momento\tSatisfacción (1-10)\tCanal\nVe un anuncio\t10\tInstagram\nLlama\t1\tTeléfono\n';
    const clip = sheetRowsToClip(text, options.now, makeId);
    expect(clip?.touchpoints.map((t) => [t.title, t.emotion])).toEqual([
      ['Ve un anuncio', 3],
      ['Llama', -3],
    ]);
    expect(clip?.channels.map((c) => c.name)).toEqual(['Instagram', 'Teléfono']);
  });

  it('take the mapping remembered for their headers', () => {
    const text = 'A\tB\nVe un anuncio\t50\n';
    const remembered = (header: string[]) =>
      header.join() === 'A,B'
        ? { fields: ['touchpoint' as const, 'emotion' as const], emotionScale: '0-100' as const }
        : undefined;
    expect(
      sheetRowsToClip(text, options.now, makeId, remembered)?.touchpoints.map((t) => [t.title, t.emotion]),
    ).toEqual([['Ve un anuncio', 0]]);
  });
});

describe('xlsx worksheets as rows of text', () => {
  it('reads numbers, dates, percentages, rich text, formulas, links and merged cells as a person sees them', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Hidden', { state: 'hidden' }).addRow(['secret']);
    const sheet = workbook.addWorksheet('Datos');
    sheet.addRow([]);
    sheet.addRow(['Fase', 'Número', 'Fecha', 'Porcentaje', 'Texto', 'Fórmula', 'Enlace']);
    sheet.addRow([
      'Compra',
      0.1 + 0.2,
      new Date(Date.UTC(2026, 2, 1)),
      0.75,
      { richText: [{ text: 'Muy ' }, { font: { bold: true }, text: 'bien' }] },
      { formula: 'B3*10', result: 3 },
      { text: 'web', hyperlink: 'https://example.com' },
    ]);
    sheet.getCell('D3').numFmt = '0%';
    sheet.addRow(['', 7, new Date(Date.UTC(2026, 2, 1, 9, 30)), '', '', '', '']);
    sheet.mergeCells('A3:A4');
    workbook.addWorksheet('Otra').addRow(['x']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());

    const read = await readWorkbookRows(bytes);
    expect(read.ok && read.value.sheets).toEqual(['Datos', 'Otra']);
    expect(read.ok && read.value.rows).toEqual([
      {
        line: 2,
        cells: ['Fase', 'Número', 'Fecha', 'Porcentaje', 'Texto', 'Fórmula', 'Enlace'],
        unclosedQuote: false,
      },
      {
        line: 3,
        cells: ['Compra', '0.3', '2026-03-01', '75%', 'Muy bien', '3', 'web'],
        unclosedQuote: false,
      },
      { line: 4, cells: ['Compra', '7', '2026-03-01 09:30', '', '', '', ''], unclosedQuote: false },
    ]);
    const other = await readWorkbookRows(bytes, 'Otra');
    expect(other.ok && other.value.rows.map((r) => r.cells)).toEqual([['x']]);
    expect(await readWorkbookRows(bytes, 'Hidden')).toEqual({
      ok: false,
      error: { kind: 'noSuchSheet', sheet: 'Hidden', found: ['Datos', 'Otra'] },
    });
  });

  it('opens an xlsx that is not Trayecto’s through the proposed mapping, with row numbers as lines', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Respuestas');
    sheet.addRow(['Fase', 'Cliente', 'Momento', 'Satisfacción (1-10)']);
    sheet.addRow(['Compra', 'Ana', 'Paga', 9]);
    sheet.addRow(['Compra', 'Ana', '', 4]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const refused = await openJourneyFile('Encuesta.xlsx', bytes, options);
    expect(!refused.ok && refused.error).toEqual({
      kind: 'badRows',
      rows: [{ line: 3, problem: { kind: 'emptyFields', columns: ['Momento'] } }],
    });
    const opened = await openJourneyFile('Encuesta.xlsx', bytes, { ...options, skipBadRows: true });
    expect(opened.ok && opened.value.journey.title).toBe('Encuesta');
    expect(opened.ok && opened.value.journey.touchpoints.map((t) => [t.title, t.emotion])).toEqual([
      ['Paga', 2],
    ]);
    expect(opened.ok && opened.value.mapping).toEqual({
      sheet: 'Respuestas',
      columns: { Fase: 'stage', Cliente: 'persona', Momento: 'touchpoint', 'Satisfacción (1-10)': 'emotion' },
      emotionScale: '1-10',
    });
  });
});

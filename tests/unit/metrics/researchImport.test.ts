import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { addResearchNotes, emptyHistory, execute, record, undo } from '../../../src/commands';
import { previewResearchNotes, readResearchSheet } from '../../../src/formats';
import { checkInvariants, type Journey } from '../../../src/model';
import { createSampleJourney } from '../../../src/templates';

const NOW = '2026-01-01T00:00:00.000Z';
const sampleIn = (language: 'en' | 'es'): Journey => createSampleJourney(language, { now: NOW });
let counter = 0;
const makeId = () => `note-${++counter}`;

async function previewOf(journey: Journey, name: string, content: Uint8Array) {
  const sheet = await readResearchSheet(name, content);
  if (!sheet.ok) throw new Error(JSON.stringify(sheet.error));
  return previewResearchNotes(journey, sheet.value, { makeId });
}
const titleOf = (journey: Journey, id: string) => journey.touchpoints.find((t) => t.id === id)?.title;

describe('importing research notes', () => {
  it('matches personas and touchpoints by name, ignoring case and accents, and says why rows are left out', async () => {
    const journey = sampleIn('en');
    const before = structuredClone(journey);
    const preview = await previewOf(
      journey,
      'i.csv',
      await readFile('tests/fixtures/research/interviews.csv'),
    );
    expect(journey).toEqual(before);
    expect(
      preview.matched.map((r) => [r.line, r.source, r.persona ?? '', r.touchpoints, r.sentiment]),
    ).toEqual([
      [2, 'interview', 'Laura, new parent', ['Sees a family-car ad'], 2],
      [3, 'support-ticket', '', ['Delivery date slips'], -3],
      [4, 'survey', '', ['Reads the family-car guide', 'Compares models online'], 1],
      [5, 'support-ticket', '', ['Waits weeks for a repair slot'], -2],
    ]);
    expect(preview.unmatched.map((r) => [r.line, r.reason])).toEqual([
      [6, { kind: 'noTouchpoint', touchpoint: 'Flies to the moon' }],
      [7, { kind: 'unknownSource', source: 'rumour' }],
      [8, { kind: 'emptyQuote' }],
      [9, { kind: 'noPersona', persona: 'Pedro' }],
      [10, { kind: 'badSentiment', text: '5' }],
      [11, { kind: 'badDate', text: '11/03/2026' }],
    ]);
    const [first] = preview.notes;
    expect(first).toMatchObject({
      text: 'The ad showed exactly our life, two kids and a dog',
      participant: 'P1',
      personaId: journey.personas[0]!.id,
      date: '2026-03-04',
      kind: 'quote',
    });
  });

  it('reads Spanish headers, sources and a semicolon-separated file with a BOM', async () => {
    const journey = sampleIn('es');
    const preview = await previewOf(
      journey,
      'e.csv',
      await readFile('tests/fixtures/research/entrevistas.csv'),
    );
    expect(preview.unmatched).toEqual([]);
    expect(
      preview.notes.map((n) => [
        n.source,
        n.kind,
        n.sentiment,
        n.touchpointIds.map((id) => titleOf(journey, id)),
      ]),
    ).toEqual([
      ['interview', 'quote', 2, ['Firma el contrato']],
      ['support-ticket', 'quote', -2, ['Espera semanas una cita de taller']],
      ['observation', 'observation', undefined, []],
      ['analytics', 'quote', -1, ['Papeleo de ida y vuelta']],
    ]);
    expect(preview.notes[0]!.text).toBe('Firmar fue rápido, ¡por fin!');
  });

  it('adds the notes as one undo step, and a second import of the same file adds nothing', async () => {
    const journey = sampleIn('en');
    const file = await readFile('tests/fixtures/research/interviews.csv');
    const preview = await previewOf(journey, 'i.csv', file);
    const result = execute(journey, addResearchNotes(preview.notes), { now: NOW });
    const after = result.journey;
    expect(after.researchNotes.length - journey.researchNotes.length).toBe(4);
    expect(checkInvariants(after)).toEqual([]);
    const again = await previewOf(after, 'i.csv', file);
    expect(again.notes).toEqual([]);
    expect(again.unmatched.filter((r) => r.reason.kind === 'alreadyThere').map((r) => r.line)).toEqual([
      2, 3, 4, 5,
    ]);
    const history = record(emptyHistory(), 'add-research-notes', result, 0);
    expect(undo(history, after)?.journey.researchNotes).toEqual(journey.researchNotes);
  });

  it('reads the first sheet of a workbook', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Notas');
    sheet.addRow(['Cita', 'Fuente', 'Punto de contacto', 'Fecha']);
    sheet.addRow([
      'Me perdí en la web',
      'Encuesta',
      'Compara modelos en la web',
      new Date(Date.UTC(2026, 2, 5)),
    ]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const journey = sampleIn('es');
    const preview = await previewOf(journey, 'notas.xlsx', bytes);
    expect(
      preview.notes.map((n) => [n.text, n.source, n.date, n.touchpointIds.map((id) => titleOf(journey, id))]),
    ).toEqual([['Me perdí en la web', 'survey', '2026-03-05', ['Compara modelos en la web']]]);
  });

  it('refuses a file without a quote column, naming what it found', async () => {
    const sheet = await readResearchSheet(
      'x.csv',
      new TextEncoder().encode('texte,source\nbonjour,interview\n'),
    );
    expect(sheet).toEqual({
      ok: false,
      error: { kind: 'missingColumns', missing: ['quote'], found: ['texte', 'source'] },
    });
  });
});

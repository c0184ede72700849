import { describe, expect, it } from 'vitest';
import { sheetRowsToClip, touchpointsToTsv } from '../../../src/formats';
import { createSampleJourney } from '../../../src/templates';

const NOW = '2026-01-01T00:00:00.000Z';
let n = 0;
const makeId = () => `id${++n}`;

/** Each pasted touchpoint as "title | channels | emotion | description". */
function pasted(text: string): string[] {
  const clip = sheetRowsToClip(text, NOW, makeId);
  if (!clip) return [];
  const name = (id: string) => clip.channels.find((c) => c.id === id)!.name;
  return clip.touchpoints.map((t) =>
    [t.title, t.channelIds.map(name).join('+'), t.emotion, t.description].join(' | '),
  );
}

describe('rows pasted from a spreadsheet', () => {
  it('reads five tab-separated rows without a header by what their columns hold', () => {
    const rows = [
      'Sees an ad\tInstagram\t2\tOn the bus',
      'Compares prices\tWeb\t0\t',
      'Calls the dealer\tPhone\t-2\tOn hold for ten minutes',
      'Test drive\tStore\t3\tLoves it',
      'Signs the contract\tEmail; Store\t1\t',
    ].join('\r\n');
    expect(pasted(`${rows}\r\n`)).toEqual([
      'Sees an ad | Instagram | 2 | On the bus',
      'Compares prices | Web | 0 | ',
      'Calls the dealer | Phone | -2 | On hold for ten minutes',
      'Test drive | Store | 3 | Loves it',
      'Signs the contract | Email+Store | 1 | ',
    ]);
  });

  it('takes a header row in English or Spanish, in any order, and emotion words', () => {
    expect(
      pasted('Emoción\tPunto de contacto\tCanales\nnegativa\tPaga\tWeb\npositiva\tRecoge\tTienda\n'),
    ).toEqual(['Paga | Web | -2 | ', 'Recoge | Tienda | 2 | ']);
    expect(pasted('touchpoint\tscore\nWaits\t-3\n')).toEqual(['Waits |  | -3 | ']);
  });

  it('makes one touchpoint per plain line and ignores blank lines', () => {
    expect(pasted('Arrives\n\n  Parks the car  \nLeaves\n')).toEqual([
      'Arrives |  | 0 | ',
      'Parks the car |  | 0 | ',
      'Leaves |  | 0 | ',
    ]);
    expect(sheetRowsToClip('\n \n', NOW, makeId)).toBeUndefined();
  });

  it('copies touchpoints as rows that come back the same, quotes, tabs and line breaks included', () => {
    const journey = createSampleJourney('es', { now: NOW });
    const [first, second] = journey.touchpoints;
    first!.title = 'Dice "hola"\tal entrar';
    first!.description = 'Línea uno\nlínea dos';
    const text = touchpointsToTsv(journey, [first!.id, second!.id]);
    expect(text.split('\n')[0]).toBe('punto_de_contacto\tcanales\tpuntuación\tdescripción\tetapa\tpersona');
    const back = sheetRowsToClip(text, NOW, makeId)!;
    const channelNames = (ids: string[], list: { id: string; name: string }[]) =>
      ids.map((id) => list.find((c) => c.id === id)!.name);
    expect(
      back.touchpoints.map((t) => [
        t.title,
        t.description,
        t.emotion,
        channelNames(t.channelIds, back.channels),
      ]),
    ).toEqual(
      [first!, second!].map((t) => [
        t.title,
        t.description,
        t.emotion,
        channelNames(t.channelIds, journey.channels),
      ]),
    );
  });
});

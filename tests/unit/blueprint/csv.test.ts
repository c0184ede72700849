import { describe, expect, it } from 'vitest';
import { csvToJourney, journeyToCsv, planToCsv } from '../../../src/formats';
import { fileErrorMessage } from '../helpers/fileErrorMessage';
import { checkInvariants } from '../../../src/model';
import { blueprintJourney } from '../helpers/blueprintJourney';
import { csvRows } from '../helpers/csvRows';

const options = { language: 'en' as const, now: '2026-01-01T00:00:00.000Z', title: 'Imported' };

describe('CSV layer and owner columns', () => {
  it('writes a blueprint item as a row with its layer and owner and no persona, and reads it back', () => {
    const csv = journeyToCsv(blueprintJourney());
    expect(csv).toContain('Purchase,,b2,,,,,,,no,,2,,backstage,Operations\r\n');
    const read = csvToJourney(csv, options);
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    const { journey } = read.value;
    expect(checkInvariants(journey)).toEqual([]);
    expect(journey.blueprintLayers.map((l) => [l.kind, l.name])).toEqual([
      ['frontstage', 'Frontstage'],
      ['backstage', 'Backstage'],
      ['support', 'Support processes'],
    ]);
    expect(journey.owners.map((o) => o.name)).toEqual(['Sales', 'Operations']);
    const b2 = journey.blueprintItems.find((b) => b.title === 'b2')!;
    expect(journey.owners.find((o) => o.id === b2.ownerId)!.name).toBe('Operations');
    expect(journey.stages.find((s) => s.id === b2.stageId)!.name).toBe('Purchase');
    expect(journey.touchpoints).toHaveLength(5);
  });

  it('reads Spanish `capa` and `responsable` words; a bad layer word is named', () => {
    const read = csvToJourney(
      'etapa;persona;punto_de_contacto;capa;responsable\nCompra;Ana;Firma;;\nCompra;;Revisar stock;interno;Operaciones\n',
      { ...options, language: 'es' },
    );
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    expect(read.value.journey.blueprintItems).toMatchObject([{ title: 'Revisar stock' }]);
    expect(read.value.journey.blueprintLayers[0]).toMatchObject({ kind: 'backstage', name: 'Interno' });
    const bad = csvToJourney(
      'stage,persona,touchpoint,layer\nBuy,Ana,Signs,\nBuy,,Check,offstage\n',
      options,
    );
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(fileErrorMessage(bad.error, 'en')).toContain(
      'line 3: layer "offstage" is not frontstage, backstage or support',
    );
  });
});

describe('the action plan as CSV', () => {
  it('writes the ranked plan with quadrant, owner, due date, status and pain relieved, in Spanish', () => {
    const rows = csvRows(planToCsv(blueprintJourney(), 'es'));
    expect(rows).toEqual([
      'orden;oportunidad;sobre;impacto;esfuerzo;cuadrante;responsable;fecha_límite;estado;puntos_de_dolor_abiertos',
      '1;o-ratio5;T4;5;1;Victoria rápida;;;Hecha;0',
      '2;o-ratio2b;T3;2;1;Complemento;Operations;2027-01-31;En curso;2',
      '3;o-ratio2a;T1;4;2;Victoria rápida;;;Planificada;1',
      '4;o-ratio1;Purchase;2;2;Complemento;;;Idea;1',
      '5;o-unscored;T3;3;;;;;Idea;2',
    ]);
  });
});

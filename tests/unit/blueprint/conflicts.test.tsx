// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { blueprintFieldLabel } from '../../../renderer/blueprint/conflictFieldLabel';
import { initI18n } from '../../../renderer/i18n';
import { ConflictsDialog } from '../../../renderer/merge/ConflictsDialog';
import { useEditor } from '../../../renderer/state/editorStore';
import { describeConflict } from '../../../src/commands';
import { BLUEPRINT_SCHEMAS, type Journey } from '../../../src/model';
import { blueprintJourney } from '../helpers/blueprintJourney';
import { mergedSoundly } from '../helpers/mergedSoundly';

const NOW = '2026-05-05T00:00:00.000Z';
const LATER = '2026-03-01T00:00:00.000Z';

afterEach(cleanup);

/** Two copies of the blueprint journey that changed a layer, a loop, a branch and a plan differently. */
function merged(): Journey {
  const mine = blueprintJourney();
  const theirs = blueprintJourney();
  mine.loops[0] = { ...mine.loops[0]!, label: 'Next car', share: 40 };
  theirs.loops[0] = { ...theirs.loops[0]!, fromType: 'touchpoint', fromId: 't5', updatedAt: LATER };
  theirs.blueprintLayers[1] = {
    ...theirs.blueprintLayers[1]!,
    kind: 'support',
    hidden: true,
    updatedAt: LATER,
  };
  mine.branches[0] = { ...mine.branches[0]!, toTouchpointId: 't2' };
  theirs.branches[0] = { ...theirs.branches[0]!, label: 'Gives up', updatedAt: LATER };
  theirs.plan[0] = {
    ...theirs.plan[0]!,
    status: 'done',
    ownerId: 'sales',
    due: '2027-03-01',
    updatedAt: LATER,
  };
  return mergedSoundly(mine, theirs, { now: NOW }).journey;
}

/** A field that differs: its key, and its value in our copy and in theirs. */
const differs = (key: string, mine: object, theirs: object) => ({ key, mine, theirs });
const text = (value: string) => ({ kind: 'text', text: value });

describe('a blueprint conflict in the words of the map', () => {
  const journey = merged();
  const about = (itemType: string) =>
    describeConflict(
      journey,
      journey.conflicts!.find((c) => c.itemType === itemType)!,
    );

  it('names stages and touchpoints, the kind of a loop start, a layer kind and a plan status by key', () => {
    expect(about('loop').fields).toEqual([
      differs(
        'fromType',
        { kind: 'itemType', itemType: 'stage' },
        { kind: 'itemType', itemType: 'touchpoint' },
      ),
      differs('fromId', text('Loyalty'), text('T5')),
      differs('share', text('40'), text('30')),
      differs('label', text('Next car'), text('')),
    ]);
    expect(about('blueprintLayer').fields).toEqual([
      differs(
        'kind',
        { kind: 'layerKind', layerKind: 'backstage' },
        { kind: 'layerKind', layerKind: 'support' },
      ),
      differs('hidden', { kind: 'flag', on: false }, { kind: 'flag', on: true }),
    ]);
    expect(about('branch').fields).toEqual([
      differs('toTouchpointId', text('T2'), text('T3')),
      differs('label', text('Abandons'), text('Gives up')),
    ]);
    expect(about('plan').fields).toEqual([
      differs('status', { kind: 'planStatus', status: 'planned' }, { kind: 'planStatus', status: 'done' }),
      differs('ownerId', text(''), text('Sales')),
      differs('due', text(''), text('2027-03-01')),
    ]);
  });
});

describe('the conflicts dialog on blueprint items', () => {
  it('has a label for every field of every blueprint type, in English and in Spanish', () => {
    for (const language of ['en', 'es'] as const) {
      const { t } = initI18n(language);
      for (const schema of Object.values(BLUEPRINT_SCHEMAS))
        for (const key of Object.keys(schema.shape).filter((k) => k !== 'id' && k !== 'updatedAt')) {
          const label = blueprintFieldLabel(t, key);
          expect(label, `${language} ${key}`).not.toBe(key);
          expect(label, `${language} ${key}`).not.toMatch(/^blueprint\./);
        }
    }
  });

  it('shows each field by its label and each value in words, in Spanish', () => {
    initI18n('es');
    const journey = merged();
    useEditor.getState().load(journey);
    render(<ConflictsDialog conflicts={journey.conflicts!} onClose={() => {}} />);
    const rows = (name: RegExp) =>
      within(screen.getByRole('table', { name }))
        .getAllByRole('row')
        .slice(1, -1)
        .map((row) => row.textContent);
    expect(rows(/^Bucle/)).toEqual([
      'Empieza desdeEtapaPunto de contacto',
      'InicioLoyaltyT5',
      'Porcentaje de clientes (%)4030',
      'Qué ocurreNext car(vacío)',
    ]);
    expect(rows(/^Capa del blueprint/)).toEqual(['Tipo de capaInternoProcesos de soporte', 'OcultaNoSí']);
    expect(rows(/^Plan/)).toEqual([
      'EstadoPlanificadaHecha',
      expect.stringMatching(/^Responsable.*Sales$/),
      expect.stringMatching(/^Fecha límite.*2027-03-01$/),
    ]);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeInsights } from '../../../src/analytics';
import { formatInsightsText } from '../../../src/cli/statsReport';
import {
  addScenario,
  addTouchpoint,
  CommandError,
  deleteAxisItem,
  execute,
  moveAxisItem,
  moveTouchpoints,
  updateScenario,
  type Command,
} from '../../../src/commands';
import { csvToJourney, journeyToCsv, mergeJourneys, readTrayecto } from '../../../src/formats';
import { migrate } from '../../../src/formats/migrations';
import {
  checkInvariants,
  cloneWithNewIds,
  resolveScenario,
  scenarioView,
  type Journey,
} from '../../../src/model';
import { createJourneyFromTemplate, createSampleJourney } from '../../../src/templates';
import { mergedSoundly } from '../helpers/mergedSoundly';
import { appliedExactly } from '../helpers/appliedExactly';
import { smallJourney } from '../helpers/smallJourney';

const NOW = '2026-02-02T10:00:00.000Z';
let counter = 0;
const makeId = () => `id${++counter}`;

const applied = (command: Command, start: Journey = smallJourney()) => appliedExactly(command, start, NOW);

/** smallJourney() plus "Best case": a copy of today's layer (t1..t5 → b1..b5) right after it. */
function withBestCase(): Journey {
  let n = 0;
  return applied(addScenario({ id: 'best', name: 'Best case', description: '' }, 'today', () => `b${++n}`));
}

describe('scenario commands', () => {
  it('adds a scenario as a copy of another layer: same cells, orders and emotions, new ids, no notes', () => {
    const j = withBestCase();
    expect(j.scenarios.map((s) => s.name)).toEqual(['Today', 'Best case']);
    const best = j.touchpoints.filter((t) => t.scenarioId === 'best');
    expect(best.map((t) => [t.id, t.title, t.personaId, t.stageId, t.order, t.emotion])).toEqual([
      ['b1', 'T1', 'p1', 's1', 0, 2],
      ['b2', 'T2', 'p1', 's1', 1, 1],
      ['b3', 'T3', 'p1', 's2', 0, -2],
      ['b4', 'T4', 'p2', 's2', 0, 0],
      ['b5', 'T5', 'p2', 's3', 0, 3],
    ]);
    expect(j.touchpoints.filter((t) => t.scenarioId === 'today')).toHaveLength(5);
    // The notes were about today's moments: none is copied.
    expect(j.annotations.map((a) => a.id)).toEqual(['a1', 'a2']);
  });

  it('asked to, copies the notes on the copied touchpoints, with their replies, under new ids', () => {
    const start = smallJourney();
    start.annotations[0]!.replies = [
      { id: 'r1', author: 'Luis', text: 'Agreed', createdAt: start.createdAt },
    ];
    let n = 0;
    const command = addScenario(
      { id: 'best', name: 'Best case', description: '' },
      'today',
      () => `b${++n}`,
      {
        withNotes: true,
      },
    );
    const j = execute(start, command, { now: NOW }).journey;
    expect(checkInvariants(j)).toEqual([]);
    expect(
      j.annotations.map((a) => [a.id, a.targetId, a.text, a.replies.map((r) => [r.id, r.text])]),
    ).toEqual([
      ['a1', 't3', 'Too much paperwork', [['r1', 'Agreed']]],
      ['a2', 's2', 'Digital signature', []],
      ['b6', 'b3', 'Too much paperwork', [['b7', 'Agreed']]],
    ]);
  });

  it('adds an empty scenario at the end', () => {
    const j = applied(addScenario({ id: 'worst', name: 'Worst case', description: '' }, null, makeId));
    expect(j.scenarios.map((s) => s.id)).toEqual(['today', 'worst']);
    expect(j.touchpoints.every((t) => t.scenarioId === 'today')).toBe(true);
  });

  it('refuses a copy of a scenario that does not exist, and more than 20 scenarios', () => {
    const copy = addScenario({ id: 'x', name: 'X', description: '' }, 'nope', makeId);
    expect(() => execute(smallJourney(), copy, { now: NOW })).toThrow(CommandError);
    let j = smallJourney();
    for (let i = 1; i < 20; i++)
      j = execute(j, addScenario({ id: `s-${i}`, name: `S${i}`, description: '' }, null, makeId), {
        now: NOW,
      }).journey;
    const oneTooMany = addScenario({ id: 'last', name: 'Last', description: '' }, null, makeId);
    expect(() => execute(j, oneTooMany, { now: NOW })).toThrow('at most 20 scenarios');
  });

  it('renames and reorders scenarios', () => {
    const renamed = applied(updateScenario('best', { name: 'Ideal' }), withBestCase());
    expect(renamed.scenarios[1]).toMatchObject({ name: 'Ideal', updatedAt: NOW });
    const moved = applied(moveAxisItem('scenarios', 'best', 0), withBestCase());
    expect(moved.scenarios.map((s) => s.id)).toEqual(['best', 'today']);
  });

  it('deletes a scenario with its touchpoints and their notes, but never the last one', () => {
    const j = withBestCase();
    const deleted = applied(deleteAxisItem('scenarios', 'today'), j);
    expect(deleted.scenarios.map((s) => s.id)).toEqual(['best']);
    expect(deleted.touchpoints.map((t) => t.id)).toEqual(['b1', 'b2', 'b3', 'b4', 'b5']);
    // a1 was pinned to today's t3; a2 is on a stage, which every scenario shares.
    expect(deleted.annotations.map((a) => a.id)).toEqual(['a2']);
    expect(() => execute(deleted, deleteAxisItem('scenarios', 'best'), { now: NOW })).toThrow(
      'at least one scenario',
    );
  });

  it('keeps orders dense per scenario: adding in one layer does not renumber the other', () => {
    const j = applied(
      addTouchpoint({ id: 'tx', scenarioId: 'best', personaId: 'p1', stageId: 's1', title: 'X' }, 0),
      withBestCase(),
    );
    const cell = (scenarioId: string) =>
      j.touchpoints
        .filter((t) => t.scenarioId === scenarioId && t.personaId === 'p1' && t.stageId === 's1')
        .map((t) => [t.id, t.order]);
    expect(cell('best')).toEqual([
      ['b1', 1],
      ['b2', 2],
      ['tx', 0],
    ]);
    expect(cell('today')).toEqual([
      ['t1', 0],
      ['t2', 1],
    ]);
  });

  it('moves touchpoints within their scenario and refuses a move across scenarios', () => {
    const j = applied(moveTouchpoints(['b1'], 'p2', 's3', 0), withBestCase());
    expect(j.touchpoints.find((t) => t.id === 'b1')).toMatchObject({
      scenarioId: 'best',
      personaId: 'p2',
      stageId: 's3',
      order: 0,
    });
    expect(() => execute(withBestCase(), moveTouchpoints(['t1', 'b2'], 'p2', 's3', 0), { now: NOW })).toThrow(
      'within one scenario',
    );
  });

  it('refuses a touchpoint in a scenario that does not exist', () => {
    const add = addTouchpoint({ id: 'tx', scenarioId: 'nope', personaId: 'p1', stageId: 's1', title: 'X' });
    expect(() => execute(smallJourney(), add, { now: NOW })).toThrow(CommandError);
  });
});

describe('the scenario view', () => {
  it('is the journey itself when there is one scenario', () => {
    const j = smallJourney();
    expect(scenarioView(j, 'today')).toBe(j);
  });

  it('shows one layer with its notes, and the shared stages, personas, channels and their notes', () => {
    const j = withBestCase();
    const best = scenarioView(j, 'best');
    expect(best.scenarios.map((s) => s.id)).toEqual(['best']);
    expect(best.touchpoints.map((t) => t.id)).toEqual(['b1', 'b2', 'b3', 'b4', 'b5']);
    expect(best.annotations.map((a) => a.id)).toEqual(['a2']);
    expect(best.stages).toBe(j.stages);
    expect(checkInvariants(best)).toEqual([]);
    expect(scenarioView(j, 'today').annotations.map((a) => a.id)).toEqual(['a1', 'a2']);
  });

  it('falls back to the first scenario when the wanted one is gone', () => {
    const j = withBestCase();
    expect(resolveScenario(j, 'best').id).toBe('best');
    expect(resolveScenario(j, 'deleted').id).toBe('today');
    expect(resolveScenario(j, null).id).toBe('today');
  });
});

describe('invariants', () => {
  it('require every touchpoint to be in an existing scenario, and ids unique across scenarios', () => {
    const j = smallJourney();
    j.touchpoints[0]!.scenarioId = 'gone';
    j.scenarios.push({ id: 's1', name: 'Clash', description: '', updatedAt: NOW });
    expect(checkInvariants(j)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          path: 'touchpoints[0].scenarioId',
          kind: 'noSuchTarget',
          target: 'scenario',
          id: 'gone',
        }),
        expect.objectContaining({
          path: 'stages[0].id',
          kind: 'duplicateId',
          id: 's1',
          firstPath: 'scenarios[1].id',
        }),
      ]),
    );
  });

  it('clone with new ids follows scenario references', () => {
    const copy = cloneWithNewIds(withBestCase(), makeId);
    expect(checkInvariants(copy)).toEqual([]);
    expect(copy.scenarios.map((s) => s.id)).not.toContain('best');
    expect(new Set(copy.touchpoints.map((t) => t.scenarioId))).toEqual(
      new Set(copy.scenarios.map((s) => s.id)),
    );
  });
});

describe('format v1 → v2', () => {
  const v1 = () => JSON.parse(readFileSync('tests/fixtures/good/gym-v1.trayecto', 'utf8')).journey;

  it('puts every touchpoint in a first scenario, "Today", and the scenario text becomes the situation', () => {
    const read = readTrayecto(readFileSync('tests/fixtures/good/gym-v1.trayecto'));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.situation).toBe('Joining a gym');
    expect(read.value.scenarios).toEqual([
      { id: 'today', name: 'Today', description: '', updatedAt: '2026-03-01T09:00:00.000Z' },
    ]);
    expect(read.value.touchpoints.every((t) => t.scenarioId === 'today')).toBe(true);
    expect('scenario' in read.value).toBe(false);
  });

  it('names it "Hoy" in a Spanish map and picks an id no other item uses', () => {
    const raw = { ...v1(), language: 'es' };
    raw.stages[0].id = 'today';
    raw.touchpoints.forEach((t: { stageId: string }) => {
      if (t.stageId === 's1') t.stageId = 'today';
    });
    const migrated = migrate(raw, 1) as unknown as Journey;
    expect(migrated.scenarios).toMatchObject([{ id: 'today-2', name: 'Hoy' }]);
  });

  it('gives two copies of the same v1 file the same scenario, so they merge into one', () => {
    const mine = readTrayecto(readFileSync('tests/fixtures/good/gym-v1.trayecto'));
    const theirs = readTrayecto(readFileSync('tests/fixtures/good/gym-v1.trayecto'));
    if (!mine.ok || !theirs.ok) throw new Error('fixture unreadable');
    const result = mergeJourneys(mine.value, theirs.value, { now: NOW });
    expect(result.ok && result.value.journey.scenarios).toHaveLength(1);
    expect(result.ok && result.value.summary.conflicts).toBe(0);
  });
});

describe('merging scenarios', () => {
  it('keeps a scenario a teammate added, with its touchpoints, and settles one renamed on both sides', () => {
    const base = withBestCase();
    const theirs = execute(
      execute(
        base,
        addScenario({ id: 'worst', name: 'Worst case', description: '' }, 'today', () => `w${++counter}`),
        {
          now: '2026-03-01T00:00:00.000Z',
        },
      ).journey,
      updateScenario('best', { name: 'Ideal' }),
      { now: '2026-03-01T00:00:00.000Z' },
    ).journey;
    const mine = execute(base, updateScenario('best', { name: 'Dream' }), {
      now: '2026-02-15T00:00:00.000Z',
    }).journey;
    const { journey, summary } = mergedSoundly(mine, theirs, { now: NOW });
    // Their new scenario sits where they put it: right after the one it copied.
    expect(journey.scenarios.map((s) => s.name)).toEqual(['Today', 'Worst case', 'Ideal']);
    expect(journey.touchpoints.filter((t) => t.scenarioId === 'worst')).toHaveLength(5);
    expect(summary.newItems).toMatchObject({ scenarios: 1, touchpoints: 5 });
    expect(journey.conflicts).toEqual([
      expect.objectContaining({
        itemType: 'scenario',
        itemId: 'best',
        kept: 'theirs',
        mine: expect.objectContaining({ name: 'Dream' }),
      }),
    ]);
  });
});

describe('CSV with scenarios', () => {
  it('writes a scenario column and reads it back into the same layers', () => {
    const sample = createSampleJourney('en', { now: NOW });
    const csv = journeyToCsv(sample);
    const back = csvToJourney(csv, { language: 'en', now: NOW, title: 'Back' });
    if (!back.ok) throw new Error('CSV refused');
    const { journey } = back.value;
    expect(journey.scenarios.map((s) => s.name)).toEqual(['Today', 'Best case']);
    const count = (j: Journey, name: string) => {
      const id = j.scenarios.find((s) => s.name === name)!.id;
      return j.touchpoints.filter((t) => t.scenarioId === id).length;
    };
    expect(count(journey, 'Best case')).toBe(count(sample, 'Best case'));
    expect(journeyToCsv(journey)).toBe(csv);
  });

  it('puts rows without a scenario in "Hoy" in Spanish, and reads the Spanish header', () => {
    const csv = 'etapa;persona;punto de contacto;escenario\nA;Ana;Uno;Peor caso\nA;Ana;Dos;\n';
    const result = csvToJourney(csv, { language: 'es', now: NOW, title: 'Prueba' });
    if (!result.ok) throw new Error('CSV refused');
    const { journey } = result.value;
    expect(journey.scenarios.map((s) => s.name)).toEqual(['Hoy', 'Peor caso']);
    expect(journey.touchpoints.map((t) => [t.title, t.order])).toEqual([
      ['Uno', 0],
      ['Dos', 0],
    ]);
    expect(checkInvariants(journey)).toEqual([]);
  });
});

describe('insights per scenario', () => {
  /*
   * withBestCase() with the best case's t3 copy (b3, Laura, Purchase) raised from −2 to +1, by hand:
   *   Today, all personas:  Awareness (2+1)/2 = 1.5 · Purchase (−2+0)/2 = −1 · Loyalty 3
   *   Best case:            Awareness 1.5          · Purchase (1+0)/2 = 0.5 · Loyalty 3
   */
  function compared(): Journey {
    const j = structuredClone(withBestCase());
    j.touchpoints.find((t) => t.id === 'b3')!.emotion = 1;
    return j;
  }

  it('computes one scenario (default: the first) and lists every scenario’s curve', () => {
    const today = computeInsights(compared());
    expect(today.scenario).toBe('Today');
    expect(today.lowestMoments.map((m) => m.touchpointId)).toEqual(['t3']);
    expect(today.scenarios.map((s) => [s.scenario, s.overallByStage.map((a) => a.average)])).toEqual([
      ['Today', [1.5, -1, 3]],
      ['Best case', [1.5, 0.5, 3]],
    ]);
    expect(today.scenarios[1]!.emotionByStage[0]!.stages.map((a) => a.average)).toEqual([1.5, 1, null]);
    const best = computeInsights(compared(), 'best');
    expect(best.scenario).toBe('Best case');
    expect(best.lowestMoments).toEqual([]);
    // The pain point a1 is on today's t3 only.
    expect(best.painPoints.find((p) => p.stage === 'Purchase')?.total).toBe(0);
  });

  it('prints the comparison in the text report', () => {
    const text = formatInsightsText(computeInsights(compared(), 'best'), compared());
    expect(text).toContain('Scenario: Best case');
    expect(text).toContain('  Today: Awareness 1.5 · Purchase -1.0 · Loyalty 3.0');
    expect(text).toContain('  Best case: Awareness 1.5 · Purchase 0.5 · Loyalty 3.0');
  });
});

describe('templates', () => {
  it('start every new journey with one scenario, "Today" / "Hoy"', () => {
    expect(createJourneyFromTemplate('lifecycle', 'en', { now: NOW }).scenarios).toMatchObject([
      { name: 'Today' },
    ]);
    expect(createJourneyFromTemplate('blank', 'es', { now: NOW }).scenarios).toMatchObject([{ name: 'Hoy' }]);
  });

  it('give the sample a best case that lifts every negative moment and keeps the others', () => {
    const sample = createSampleJourney('es', { now: NOW });
    expect(sample.scenarios.map((s) => s.name)).toEqual(['Hoy', 'Mejor caso']);
    const [today, best] = sample.scenarios;
    const layer = (id: string) => sample.touchpoints.filter((t) => t.scenarioId === id);
    expect(layer(best!.id).map((t) => t.title)).toEqual(layer(today!.id).map((t) => t.title));
    layer(today!.id).forEach((t, i) => {
      const lifted = layer(best!.id)[i]!.emotion;
      expect(lifted).toBe(t.emotion < 0 ? t.emotion + 3 : t.emotion);
    });
  });
});

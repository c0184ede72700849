import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { execute, resolveConflict } from '../../../src/commands';
import { FORMAT_VERSION, readTrayecto, writeTrayecto } from '../../../src/formats';
import { migrationStep } from '../../../src/formats/migrations';
import { checkInvariants, type Journey } from '../../../src/model';
import { blueprintJourney } from '../helpers/blueprintJourney';
import { mergedSoundly } from '../helpers/mergedSoundly';

const NOW = '2026-05-05T00:00:00.000Z';
const LATER = '2026-03-01T00:00:00.000Z';

const merged = (local: Journey, theirs: Journey) =>
  mergedSoundly(local, theirs, { now: NOW, theirsFrom: 'Marta' });
/** The lists format v4 added, empty in a map made before them. */
const V4_LISTS = ['owners', 'blueprintLayers', 'blueprintItems', 'loops', 'branches', 'plan'] as const;

describe('merging the blueprint of a teammate’s copy', () => {
  it('unites owners, layers, items, loops, branches and plan entries by id', () => {
    const mine = blueprintJourney();
    const theirs = blueprintJourney();
    mine.owners.push({ id: 'admin', name: 'Administration', color: '#7c3aed', updatedAt: LATER });
    theirs.owners.push({ id: 'after', name: 'After-sales', color: '#0d9488', updatedAt: LATER });
    theirs.blueprintLayers.push({ id: 'it', kind: 'support', name: 'IT', hidden: false, updatedAt: LATER });
    theirs.blueprintItems.push({
      id: 'b9',
      layerId: 'it',
      stageId: 's3',
      title: 'CRM',
      description: '',
      ownerId: 'after',
      touchpointIds: ['t5'],
      updatedAt: LATER,
    });
    theirs.loops.push({
      id: 'l2',
      fromType: 'touchpoint',
      fromId: 't4',
      toStageId: 's1',
      label: '',
      updatedAt: LATER,
    });
    theirs.branches.push({ id: 'f2', touchpointId: 't3', toTouchpointId: 't4', label: '', updatedAt: LATER });
    mine.plan = mine.plan.filter((p) => p.id !== 'o-ratio1');
    const { journey } = merged(mine, theirs);
    expect(journey.owners.map((o) => o.id)).toEqual(['sales', 'ops', 'after', 'admin']); // theirs after the one it follows there;
    expect(journey.blueprintLayers.map((l) => l.id)).toEqual(['front', 'back', 'support', 'it']);
    expect(journey.blueprintItems.at(-1)!.id).toBe('b9');
    expect(journey.loops.map((l) => l.id)).toEqual(['loop', 'l2']);
    expect(journey.branches.map((b) => b.id)).toEqual(['fork', 'f2']);
    expect(journey.plan.map((p) => p.id).sort()).toEqual([
      'o-ratio1',
      'o-ratio2a',
      'o-ratio2b',
      'o-ratio5',
      'o-unscored',
    ]);
  });

  it('shows the same item changed on both sides as a conflict, the newer kept, and settles it', () => {
    const mine = blueprintJourney();
    const theirs = blueprintJourney();
    mine.plan[0] = { ...mine.plan[0]!, impact: 5, updatedAt: '2026-02-01T00:00:00.000Z' };
    theirs.plan[0] = { ...theirs.plan[0]!, impact: 1, updatedAt: LATER };
    mine.blueprintItems[1] = { ...mine.blueprintItems[1]!, ownerId: 'sales', updatedAt: LATER };
    theirs.blueprintItems[1] = {
      ...theirs.blueprintItems[1]!,
      title: 'Factory call',
      updatedAt: '2026-02-01T00:00:00.000Z',
    };
    const { journey, summary } = merged(mine, theirs);
    expect(summary.conflicts).toBe(2);
    expect(journey.conflicts!.map((c) => [c.itemType, c.itemId, c.kept])).toEqual([
      ['blueprintItem', 'b2', 'mine'],
      ['plan', 'o-ratio2a', 'theirs'],
    ]);
    expect(journey.plan[0]!.impact).toBe(1);
    const planConflict = journey.conflicts!.find((c) => c.itemType === 'plan')!;
    const settled = execute(journey, resolveConflict(planConflict.id, 'mine'), { now: NOW }).journey;
    expect(settled.plan[0]!.impact).toBe(5);
    expect(checkInvariants(settled)).toEqual([]);
  });
});

describe('format v3 → v4 (the blueprint)', () => {
  const V3 = 'tests/fixtures/good/sample-v3.trayecto';

  it('reads the frozen v3 file: everything kept, its measures too, the blueprint lists empty', () => {
    const raw = JSON.parse(readFileSync(V3, 'utf8')) as { version: number; journey: Journey };
    expect(raw.version).toBe(3);
    const read = readTrayecto(readFileSync(V3, 'utf8'));
    if (!read.ok) throw new Error('refused');
    const journey = read.value;
    for (const list of V4_LISTS) expect(journey[list]).toEqual([]);
    expect(journey.touchpoints).toHaveLength(raw.journey.touchpoints.length);
    expect(journey.annotations).toHaveLength(raw.journey.annotations.length);
    expect(journey.metrics).toEqual(raw.journey.metrics);
    expect(journey.researchNotes).toEqual(raw.journey.researchNotes);
    expect(JSON.parse(writeTrayecto(journey)).version).toBe(FORMAT_VERSION);
  });

  it('the step only adds, and keeps lists a newer writer already put there', () => {
    const up = migrationStep(3);
    expect(up({ title: 'x' })).toEqual({
      title: 'x',
      ...Object.fromEntries(V4_LISTS.map((list) => [list, []])),
    });
    expect(up({ owners: ['kept'] }).owners).toEqual(['kept']);
  });

  it('writes and reads back a journey with a blueprint unchanged', () => {
    const journey = blueprintJourney();
    const read = readTrayecto(writeTrayecto(journey));
    expect(read.ok && read.value).toEqual(journey);
  });
});

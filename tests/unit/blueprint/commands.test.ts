import { describe, expect, it } from 'vitest';
import {
  addBlueprintEntry,
  clearBlueprintField,
  CommandError,
  deleteAnnotation,
  deleteBlueprintEntry,
  deleteAxisItem,
  deleteTouchpoints,
  execute,
  linkBlueprintItem,
  moveBlueprintEntry,
  setPlan,
  updateBlueprintEntry,
  type BlueprintList,
  type Command,
} from '../../../src/commands';
import type { Journey } from '../../../src/model';
import { appliedExactly } from '../helpers/appliedExactly';
import { blueprintJourney } from '../helpers/blueprintJourney';

const ctx = { now: '2026-02-02T10:00:00.000Z' };

const roundTrip = (command: Command, start: Journey = blueprintJourney()) =>
  appliedExactly(command, start, ctx.now);

/** Add a blueprint entry, with the same round trip. */
const added = <L extends BlueprintList>(
  list: L,
  entry: Parameters<typeof addBlueprintEntry<L>>[1],
  index?: number,
): Journey => roundTrip(addBlueprintEntry(list, entry, index));

/** A new card in the backstage of stage s2, owned by nobody and linked to nothing. */
const NEW_ITEM = { id: 'x', layerId: 'back', stageId: 's2', title: 'X', description: '', touchpointIds: [] };

describe('blueprint commands apply, undo and redo exactly', () => {
  it('adds, renames and deletes an owner; its items and plans are left unowned', () => {
    let j = added('owners', { id: 'admin', name: 'Administration', color: '#7c3aed' });
    expect(j.owners.map((o) => o.name)).toEqual(['Sales', 'Operations', 'Administration']);
    j = roundTrip(updateBlueprintEntry('owners', 'ops', { name: 'Operaciones' }));
    expect(j.owners[1]).toMatchObject({ name: 'Operaciones', updatedAt: ctx.now });
    j = roundTrip(deleteBlueprintEntry('owners', 'ops'));
    expect(j.blueprintItems.find((b) => b.id === 'b2')!.ownerId).toBeUndefined();
    expect(j.plan.find((p) => p.id === 'o-ratio2b')!.ownerId).toBeUndefined();
  });

  it('adds a layer, hides, reorders and deletes one with its items', () => {
    let j = added('blueprintLayers', { id: 'it', kind: 'support', name: 'IT', hidden: false }, 1);
    expect(j.blueprintLayers.map((l) => l.id)).toEqual(['front', 'it', 'back', 'support']);
    j = roundTrip(updateBlueprintEntry('blueprintLayers', 'back', { hidden: true }));
    expect(j.blueprintLayers[1]!.hidden).toBe(true);
    j = roundTrip(moveBlueprintEntry('blueprintLayers', 'support', 0));
    expect(j.blueprintLayers.map((l) => l.id)).toEqual(['support', 'front', 'back']);
    j = roundTrip(deleteBlueprintEntry('blueprintLayers', 'back'));
    expect(j.blueprintItems.map((b) => b.id)).toEqual(['b1', 'b4', 'b5']);
  });

  it('adds a blueprint item, edits it, links and unlinks a touchpoint, clears its owner', () => {
    let j = added('blueprintItems', {
      ...NEW_ITEM,
      id: 'b9',
      title: 'Confirm delivery date with the factory',
      ownerId: 'ops',
    });
    expect(j.blueprintItems.at(-1)).toMatchObject({ id: 'b9', ownerId: 'ops', updatedAt: ctx.now });
    j = roundTrip(
      updateBlueprintEntry('blueprintItems', 'b2', { title: 'Track the order', ownerId: 'sales' }),
    );
    expect(j.blueprintItems[1]).toMatchObject({ title: 'Track the order', ownerId: 'sales' });
    j = roundTrip(linkBlueprintItem('b3', 't3', true));
    expect(j.blueprintItems[2]!.touchpointIds).toEqual(['t3']);
    j = roundTrip(linkBlueprintItem('b1', 't1', false));
    expect(j.blueprintItems[0]!.touchpointIds).toEqual(['t2']);
    j = roundTrip(clearBlueprintField('blueprintItems', 'b2', 'ownerId'));
    expect(j.blueprintItems[1]!.ownerId).toBeUndefined();
  });

  it('refuses an item in a layer, stage or owner that does not exist', () => {
    for (const wrong of [
      { layerId: 'nope' },
      { stageId: 'nope' },
      { ownerId: 'nope' },
      { touchpointIds: ['nope'] },
    ])
      expect(() =>
        execute(blueprintJourney(), addBlueprintEntry('blueprintItems', { ...NEW_ITEM, ...wrong }), ctx),
      ).toThrow(CommandError);
  });

  it('adds a loop back to an earlier stage with a share, and refuses one going forward', () => {
    const j = added('loops', {
      id: 'return',
      fromType: 'touchpoint',
      fromId: 't5',
      toStageId: 's2',
      share: 12,
      label: '',
    });
    expect(j.loops.at(-1)).toMatchObject({ fromId: 't5', toStageId: 's2', share: 12 });
    expect(() =>
      execute(
        blueprintJourney(),
        addBlueprintEntry('loops', { id: 'f', fromType: 'stage', fromId: 's1', toStageId: 's3', label: '' }),
        ctx,
      ),
    ).toThrow(/earlier stage/);
    expect(roundTrip(clearBlueprintField('loops', 'loop', 'share')).loops[0]!.share).toBeUndefined();
    expect(roundTrip(deleteBlueprintEntry('loops', 'loop')).loops).toEqual([]);
  });

  it('adds and edits a branch', () => {
    let j = added('branches', {
      id: 'b',
      touchpointId: 't3',
      toTouchpointId: 't5',
      label: 'Buys',
      share: 80,
    });
    expect(j.branches).toHaveLength(2);
    j = roundTrip(updateBlueprintEntry('branches', 'fork', { share: 35 }));
    expect(j.branches[0]!.share).toBe(35);
  });

  it('scores, owns, dates and moves an opportunity along the plan; clears a field with null', () => {
    let j = roundTrip(
      setPlan('o-unscored', { effort: 4, ownerId: 'sales', due: '2027-03-01', status: 'planned' }),
    );
    expect(j.plan.find((p) => p.id === 'o-unscored')).toMatchObject({
      impact: 3,
      effort: 4,
      ownerId: 'sales',
      due: '2027-03-01',
      status: 'planned',
    });
    j = roundTrip(setPlan('o-ratio2b', { due: null }));
    expect(j.plan.find((p) => p.id === 'o-ratio2b')!.due).toBeUndefined();
    const fresh = blueprintJourney();
    fresh.plan = [];
    j = roundTrip(setPlan('o-ratio1', { impact: 5 }), fresh);
    expect(j.plan).toEqual([{ id: 'o-ratio1', impact: 5, status: 'idea', updatedAt: ctx.now }]);
    expect(() => execute(blueprintJourney(), setPlan('pain-s2', { impact: 1 }), ctx)).toThrow(CommandError);
  });
});

describe('what the blueprint points at goes with what is deleted', () => {
  it('a deleted touchpoint leaves its links, branches and loops', () => {
    const j = roundTrip(deleteTouchpoints(['t1', 't3']));
    expect(j.blueprintItems[0]!.touchpointIds).toEqual(['t2']);
    expect(j.blueprintItems[1]!.touchpointIds).toEqual([]);
    expect(j.branches).toEqual([]);
  });

  it('a deleted stage takes its items and loops', () => {
    const j = roundTrip(deleteAxisItem('stages', 's3'));
    expect(j.blueprintItems.map((b) => b.id)).toEqual(['b1', 'b2', 'b3', 'b4']);
    expect(j.loops).toEqual([]);
  });

  it('a deleted opportunity leaves the plan', () => {
    expect(roundTrip(deleteAnnotation('o-ratio5')).plan.map((p) => p.id)).not.toContain('o-ratio5');
  });
});

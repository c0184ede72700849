import { describe, expect, it } from 'vitest';
import { checkInvariants } from '../../../src/model';
import { blueprintJourney } from '../helpers/blueprintJourney';

describe("the blueprint's references in a journey's invariants", () => {
  it('names each one that does not resolve, with its path, and nothing else', () => {
    const j = blueprintJourney();
    j.blueprintItems[1] = { ...j.blueprintItems[1]!, layerId: 'gone-layer', touchpointIds: ['t3', 'gone-t'] };
    j.blueprintItems[4] = { ...j.blueprintItems[4]!, ownerId: 'gone-owner' };
    j.loops[0] = { ...j.loops[0]!, toStageId: 'gone-stage' };
    j.branches[0] = { ...j.branches[0]!, toTouchpointId: 'gone-t' };
    j.plan[0] = { ...j.plan[0]!, id: 'gone-opportunity' };
    expect(checkInvariants(j).map((v) => (v.kind === 'noSuchTarget' ? [v.path, v.id] : v.kind))).toEqual([
      ['blueprintItems[1].layerId', 'gone-layer'],
      ['blueprintItems[1].touchpointIds[1]', 'gone-t'],
      ['blueprintItems[4].ownerId', 'gone-owner'],
      ['loops[0].toStageId', 'gone-stage'],
      ['branches[0].toTouchpointId', 'gone-t'],
      ['plan[0].id', 'gone-opportunity'],
    ]);
  });
});

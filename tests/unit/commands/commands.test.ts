import { describe, expect, it } from 'vitest';
import type { Journey } from '../../../src/model';
import {
  addAnnotation,
  addChannel,
  addPersona,
  addReply,
  addStage,
  addTouchpoint,
  batch,
  CommandError,
  deleteAnnotation,
  deleteAxisItem,
  deleteChannel,
  deleteTouchpoints,
  deletionImpact,
  duplicateTouchpoints,
  execute,
  moveStage,
  movePersona,
  moveTouchpoint,
  moveTouchpoints,
  pasteTouchpoints,
  renameStage,
  setAnnotationStatus,
  replaceJourney,
  setChannels,
  setEmotion,
  updateChannel,
  updateJourneyMeta,
  updatePersona,
  updateTouchpoint,
  type Command,
} from '../../../src/commands';
import { appliedExactly } from '../helpers/appliedExactly';
import { smallJourney } from '../helpers/smallJourney';

const NOW = '2026-02-02T10:00:00.000Z';
const ctx = { now: NOW };
let counter = 0;
const makeId = () => `new${++counter}`;

function cellTitles(journey: Journey, personaId: string, stageId: string): string[] {
  return journey.touchpoints
    .filter((t) => t.personaId === personaId && t.stageId === stageId)
    .sort((a, b) => a.order - b.order)
    .map((t) => t.title);
}

const roundTrip = (command: Command, start: Journey = smallJourney()) => appliedExactly(command, start, NOW);

describe('commands apply, undo and redo exactly', () => {
  it('adds a stage at an index', () => {
    const j = roundTrip(
      addStage({ id: 'sx', name: 'Compare', description: '', color: '#aabbcc', suggestions: [] }, 1),
    );
    expect(j.stages.map((s) => s.name)).toEqual(['Awareness', 'Compare', 'Purchase', 'Loyalty']);
    expect(j.updatedAt).toBe(NOW);
  });

  it('renames a stage and stamps it', () => {
    const j = roundTrip(renameStage('s2', 'Compra'));
    expect(j.stages[1]).toMatchObject({ name: 'Compra', updatedAt: NOW });
  });

  it('reorders stages and personas', () => {
    expect(roundTrip(moveStage('s3', 0)).stages.map((s) => s.id)).toEqual(['s3', 's1', 's2']);
    expect(roundTrip(movePersona('p1', 5)).personas.map((p) => p.id)).toEqual(['p2', 'p1']);
  });

  it('adds and updates a persona', () => {
    const persona = {
      id: 'p3',
      name: 'Marta',
      role: 'Student',
      summary: '',
      goals: '',
      needs: '',
      frustrations: '',
      quote: '',
      avatar: '🎓',
      color: '#16a34a',
    };
    expect(roundTrip(addPersona(persona)).personas.at(-1)?.name).toBe('Marta');
    expect(roundTrip(updatePersona('p2', { quote: 'I need it fast' })).personas[1]?.quote).toBe(
      'I need it fast',
    );
  });

  it('deletes a stage with its touchpoints and their notes, and says how many first', () => {
    const start = smallJourney();
    expect(deletionImpact(start, 'stages', 's2')).toEqual({ touchpoints: 2, annotations: 2 });
    const j = roundTrip(deleteAxisItem('stages', 's2'));
    expect(j.stages.map((s) => s.id)).toEqual(['s1', 's3']);
    expect(j.touchpoints.map((t) => t.id)).toEqual(['t1', 't2', 't5']);
    expect(j.annotations).toEqual([]);
  });

  it('deletes a persona with its touchpoints', () => {
    expect(deletionImpact(smallJourney(), 'personas', 'p1')).toEqual({ touchpoints: 3, annotations: 1 });
    const j = roundTrip(deleteAxisItem('personas', 'p1'));
    expect(j.touchpoints.map((t) => t.id)).toEqual(['t4', 't5']);
  });

  it('adds a touchpoint at the end of a cell or at an index', () => {
    const end = roundTrip(
      addTouchpoint({ id: 'tx', scenarioId: 'today', personaId: 'p1', stageId: 's1', title: 'X' }),
    );
    expect(cellTitles(end, 'p1', 's1')).toEqual(['T1', 'T2', 'X']);
    const first = roundTrip(
      addTouchpoint(
        { id: 'tx', scenarioId: 'today', personaId: 'p1', stageId: 's1', title: 'X', emotion: -1 },
        0,
      ),
    );
    expect(cellTitles(first, 'p1', 's1')).toEqual(['X', 'T1', 'T2']);
    expect(first.touchpoints.find((t) => t.id === 'tx')?.emotion).toBe(-1);
  });

  it('refuses a touchpoint in a cell that does not exist', () => {
    expect(() =>
      execute(
        smallJourney(),
        addTouchpoint({ id: 'tx', scenarioId: 'today', personaId: 'nope', stageId: 's1', title: 'X' }),
        ctx,
      ),
    ).toThrow(CommandError);
  });

  it('edits touchpoint fields', () => {
    const j = roundTrip(updateTouchpoint('t1', { title: 'See an ad', momentOfTruth: true }));
    expect(j.touchpoints[0]).toMatchObject({ title: 'See an ad', momentOfTruth: true, updatedAt: NOW });
  });

  it('moves a touchpoint to another stage and persona, keeping both cells dense', () => {
    const j = roundTrip(moveTouchpoint('t1', 'p2', 's2', 0));
    expect(cellTitles(j, 'p2', 's2')).toEqual(['T1', 'T4']);
    expect(cellTitles(j, 'p1', 's1')).toEqual(['T2']);
    expect(j.touchpoints.find((t) => t.id === 't2')?.order).toBe(0);
  });

  it('reorders inside a cell', () => {
    const j = roundTrip(moveTouchpoint('t1', 'p1', 's1', 1));
    expect(cellTitles(j, 'p1', 's1')).toEqual(['T2', 'T1']);
  });

  it('moves several touchpoints at once, keeping their sequence', () => {
    const j = roundTrip(moveTouchpoints(['t3', 't1'], 'p2', 's3', 1));
    expect(cellTitles(j, 'p2', 's3')).toEqual(['T5', 'T3', 'T1']);
  });

  it('sets the emotion, clamped to -3..+3', () => {
    const j = roundTrip(setEmotion(['t1', 't4'], -7));
    expect(j.touchpoints.filter((t) => t.emotion === -3).map((t) => t.id)).toEqual(['t1', 't4']);
  });

  it('sets channels, refusing unknown ones', () => {
    expect(roundTrip(setChannels('t1', ['phone', 'web', 'phone'])).touchpoints[0]?.channelIds).toEqual([
      'phone',
      'web',
    ]);
    expect(() => execute(smallJourney(), setChannels('t1', ['fax']), ctx)).toThrow(/no channel/);
  });

  it('duplicates touchpoints right after their originals, without notes', () => {
    const command = duplicateTouchpoints(['t1', 't3'], makeId);
    const j = roundTrip(command);
    const [copyOfT1, copyOfT3] = command.createdIds!;
    expect(cellTitles(j, 'p1', 's1')).toEqual(['T1', 'T1', 'T2']);
    expect(j.touchpoints.find((t) => t.id === copyOfT1)?.order).toBe(1);
    expect(j.touchpoints.find((t) => t.id === copyOfT3)?.stageId).toBe('s2');
    expect(j.annotations.filter((a) => a.targetId === copyOfT3)).toEqual([]);
  });

  it('deletes touchpoints with their notes and renumbers the cell', () => {
    const j = roundTrip(deleteTouchpoints(['t1', 't3']));
    expect(j.touchpoints.find((t) => t.id === 't2')?.order).toBe(0);
    expect(j.annotations.map((a) => a.id)).toEqual(['a2']);
  });

  it('pastes touchpoints from another map, matching channels by name and creating missing ones', () => {
    const source = smallJourney();
    const clip = {
      touchpoints: [{ ...source.touchpoints[0]!, channelIds: ['their-web', 'their-chat'] }],
      channels: [
        { ...source.channels[0]!, id: 'their-web', name: 'WEB ' },
        {
          id: 'their-chat',
          name: 'Chat',
          kind: 'chat' as const,
          color: '#111111',
          icon: 'chat',
          updatedAt: source.updatedAt,
        },
      ],
    };
    const command = pasteTouchpoints(clip, { scenarioId: 'today', personaId: 'p2', stageId: 's1' }, makeId);
    const j = roundTrip(command);
    const pasted = j.touchpoints.find((t) => t.id === command.createdIds![0]);
    const chat = j.channels.find((c) => c.name === 'Chat');
    expect(pasted?.channelIds).toEqual(['web', chat?.id]);
    expect(pasted).toMatchObject({ personaId: 'p2', stageId: 's1', order: 0 });
  });

  it('adds, renames and deletes channels; deleting one removes it from touchpoints', () => {
    roundTrip(addChannel({ id: 'mail', name: 'Mail', kind: 'mail', color: '#000000', icon: 'mail' }));
    expect(roundTrip(updateChannel('web', { name: 'Website' })).channels[0]?.name).toBe('Website');
    const j = roundTrip(deleteChannel('web'));
    expect(j.touchpoints.every((t) => t.channelIds.length === 0)).toBe(true);
  });

  it('adds, edits, resolves, reopens and deletes notes, with replies', () => {
    const added = roundTrip(
      addAnnotation({
        id: 'a3',
        targetType: 'touchpoint',
        targetId: 't1',
        kind: 'idea',
        text: 'Video',
        author: 'Luis',
      }),
    );
    expect(added.annotations.at(-1)).toMatchObject({ status: 'open', createdAt: NOW, priority: 'medium' });
    const resolved = roundTrip(setAnnotationStatus('a1', 'resolved'));
    expect(resolved.annotations[0]?.status).toBe('resolved');
    expect(roundTrip(setAnnotationStatus('a1', 'open'), resolved).annotations[0]?.status).toBe('open');
    expect(roundTrip(deleteAnnotation('a2')).annotations.map((a) => a.id)).toEqual(['a1']);
    const replied = roundTrip(addReply('a1', { id: 'r1', author: 'Luis', text: 'Agreed' }));
    expect(replied.annotations[0]?.replies).toEqual([
      { id: 'r1', author: 'Luis', text: 'Agreed', createdAt: NOW },
    ]);
  });

  it('refuses a note on a missing target', () => {
    const command = addAnnotation({
      id: 'a9',
      targetType: 'stage',
      targetId: 'ghost',
      kind: 'comment',
      text: '',
    });
    expect(() => execute(smallJourney(), command, ctx)).toThrow(/no stage/);
  });

  it('edits journey metadata', () => {
    const j = roundTrip(updateJourneyMeta({ title: 'Family car', language: 'es' }));
    expect(j).toMatchObject({ title: 'Family car', language: 'es', updatedAt: NOW });
  });

  it('replaces the whole journey as one step but keeps its id', () => {
    const other = { ...smallJourney(), id: 'other', title: 'Restored', touchpoints: [], annotations: [] };
    const j = roundTrip(replaceJourney(other));
    expect(j.id).toBe('journey');
    expect(j.title).toBe('Restored');
    expect(j.touchpoints).toEqual([]);
  });

  it('runs a batch as one step', () => {
    const j = roundTrip(batch('workshop', [renameStage('s1', 'A'), setEmotion(['t1'], -1)]));
    expect(j.stages[0]?.name).toBe('A');
    expect(j.touchpoints[0]?.emotion).toBe(-1);
  });

  it('leaves the journey untouched (same object, no patches) when nothing changes', () => {
    const start = smallJourney();
    const result = execute(start, setEmotion(['t1'], 2), ctx);
    expect(result.patches).toEqual([]);
    expect(result.journey).toBe(start);
  });
});

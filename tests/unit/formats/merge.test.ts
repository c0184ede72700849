import { describe, expect, it } from 'vitest';
import { execute, resolveConflict } from '../../../src/commands';
import { emptySummary, mergeJourneys, mergeNotes, readNotesFile, writeNotesFile } from '../../../src/formats';
import { checkInvariants, type Journey } from '../../../src/model';
import { mergedSoundly } from '../helpers/mergedSoundly';
import { smallJourney } from '../helpers/smallJourney';

const NOW = '2026-05-05T00:00:00.000Z';
const LATER = '2026-03-01T00:00:00.000Z';
const EARLIER = '2026-02-01T00:00:00.000Z';

const merged = (local: Journey, theirs: Journey) => mergedSoundly(local, theirs, { now: NOW });

const note = (id: string, targetId: string, author: string, text: string) => ({
  id,
  targetType: 'touchpoint' as const,
  targetId,
  kind: 'pain-point' as const,
  text,
  author,
  priority: 'medium' as const,
  status: 'open' as const,
  createdAt: LATER,
  updatedAt: LATER,
  replies: [],
});

describe('merging a teammate’s copy', () => {
  it('keeps what each side added', () => {
    const mine = smallJourney();
    const theirs = smallJourney();
    mine.stages.push({ ...mine.stages[0]!, id: 'mine-stage', name: 'Mine' });
    theirs.stages.splice(1, 0, { ...theirs.stages[0]!, id: 'their-stage', name: 'Theirs' });
    theirs.personas.push({ ...theirs.personas[0]!, id: 'p3', name: 'Marta' });
    theirs.touchpoints.push({
      ...theirs.touchpoints[0]!,
      id: 't9',
      personaId: 'p3',
      stageId: 'their-stage',
      order: 0,
    });
    const { journey, summary } = merged(mine, theirs);
    expect(journey.stages.map((s) => s.id)).toEqual(['s1', 'their-stage', 's2', 's3', 'mine-stage']);
    expect(journey.personas.map((p) => p.id)).toEqual(['p1', 'p2', 'p3']);
    expect(journey.touchpoints.map((t) => t.id)).toContain('t9');
    expect(summary.newItems).toMatchObject({
      scenarios: 0,
      stages: 1,
      personas: 1,
      channels: 0,
      touchpoints: 1,
    });
    expect(summary.conflicts).toBe(0);
  });

  it('keeps both sides’ notes on the same touchpoint, and says whose they are', () => {
    const mine = smallJourney();
    const theirs = smallJourney();
    mine.annotations.push(note('n-mine', 't1', 'Luis', 'Queue'));
    theirs.annotations.push(
      note('n-ana1', 't1', 'Ana', 'Noise'),
      note('n-ana2', 't2', 'Ana', 'Price'),
      note('n-bea', 't1', 'Bea', 'Light'),
    );
    const { journey, summary } = merged(mine, theirs);
    expect(
      journey.annotations
        .filter((a) => a.targetId === 't1')
        .map((a) => a.id)
        .sort(),
    ).toEqual(['n-ana1', 'n-bea', 'n-mine']);
    expect(summary.newAnnotations).toEqual([
      { author: 'Ana', count: 2 },
      { author: 'Bea', count: 1 },
    ]);
  });

  it('the same touchpoint edited on both sides: the newer wins, the other is a conflict either can pick', () => {
    const mine = smallJourney();
    const theirs = smallJourney();
    mine.touchpoints[0] = { ...mine.touchpoints[0]!, title: 'Mine', updatedAt: EARLIER };
    theirs.touchpoints[0] = { ...theirs.touchpoints[0]!, title: 'Theirs', emotion: -1, updatedAt: LATER };
    const { journey, summary } = merged(mine, theirs);
    expect(journey.touchpoints[0]).toMatchObject({ title: 'Theirs', emotion: -1 });
    expect(summary).toMatchObject({ conflicts: 1, updatedItems: 1 });
    const [conflict] = journey.conflicts!;
    expect(conflict).toMatchObject({
      itemType: 'touchpoint',
      itemId: 't1',
      kept: 'theirs',
      mine: { title: 'Mine' },
      theirs: { title: 'Theirs' },
    });

    const pickMine = execute(journey, resolveConflict(conflict!.id, 'mine'), { now: NOW }).journey;
    expect(pickMine.touchpoints.find((t) => t.id === 't1')).toMatchObject({ title: 'Mine', emotion: 2 });
    expect(pickMine.conflicts).toBeUndefined();
    expect(checkInvariants(pickMine)).toEqual([]);
    const pickTheirs = execute(journey, resolveConflict(conflict!.id, 'theirs'), { now: NOW }).journey;
    expect(pickTheirs.touchpoints.find((t) => t.id === 't1')).toMatchObject({ title: 'Theirs' });
  });

  it('a deletion on one side never loses the other side’s edit', () => {
    const mine = smallJourney();
    mine.touchpoints = mine.touchpoints.filter((t) => t.id !== 't3');
    mine.annotations = mine.annotations.filter((a) => a.targetId !== 't3');
    const theirs = smallJourney();
    theirs.touchpoints[2] = {
      ...theirs.touchpoints[2]!,
      title: 'Edited while you deleted it',
      updatedAt: LATER,
    };
    const { journey } = merged(mine, theirs);
    expect(journey.touchpoints.find((t) => t.id === 't3')?.title).toBe('Edited while you deleted it');
    expect(journey.annotations.map((a) => a.id)).toContain('a1');
  });

  it('unites the replies of a note', () => {
    const mine = smallJourney();
    const theirs = smallJourney();
    const reply = (id: string, at: string) => ({ id, author: id, text: id, createdAt: at });
    mine.annotations[0]!.replies = [reply('r-mine', LATER)];
    theirs.annotations[0]!.replies = [reply('r-theirs', EARLIER)];
    const { journey, summary } = merged(mine, theirs);
    expect(journey.annotations[0]!.replies.map((r) => r.id)).toEqual(['r-theirs', 'r-mine']);
    expect(summary.newReplies).toBe(1);
  });

  it('merging the same copy twice changes nothing the second time', () => {
    const mine = smallJourney();
    const theirs = smallJourney();
    mine.touchpoints[0] = { ...mine.touchpoints[0]!, title: 'Mine', updatedAt: LATER };
    theirs.touchpoints[0] = { ...theirs.touchpoints[0]!, title: 'Theirs', updatedAt: EARLIER };
    theirs.annotations.push(note('n-ana', 't2', 'Ana', 'Noise'));
    const once = merged(mine, theirs).journey;
    const twice = merged(once, theirs);
    expect(twice.journey).toEqual(once);
    expect(twice.summary).toEqual(emptySummary());
  });

  it('refuses another journey', () => {
    expect(mergeJourneys(smallJourney(), { ...smallJourney(), id: 'other' }, { now: NOW })).toEqual({
      ok: false,
      error: { kind: 'differentJourney', localId: 'journey', theirId: 'other' },
    });
  });
});

describe('notes-only files', () => {
  it('round-trip and merge into another copy; notes on a deleted target are pinned to the journey', () => {
    const commenter = smallJourney();
    commenter.annotations.push(note('n1', 't1', 'Ana', 'Slow'), note('n2', 't5', 'Ana', 'Great'));
    const text = writeNotesFile(commenter);
    const read = readNotesFile(text);
    expect(read.ok && read.value.annotations).toHaveLength(4);
    const mine = smallJourney();
    mine.touchpoints = mine.touchpoints.filter((t) => t.id !== 't5');
    const result = mergeNotes(mine, read.ok ? read.value : (undefined as never));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(checkInvariants(result.value.journey)).toEqual([]);
    expect(result.value.journey.annotations.find((a) => a.id === 'n2')).toMatchObject({
      targetType: 'journey',
      targetId: 'journey',
    });
    expect(result.value.summary).toMatchObject({
      newAnnotations: [{ author: 'Ana', count: 2 }],
      repinned: 1,
    });
  });

  it('refuses a notes file that is not one, or is broken', () => {
    expect(readNotesFile('{"format":"trayecto"}')).toEqual({ ok: false, error: { kind: 'notTrayecto' } });
    const broken = readNotesFile(
      '{"format":"trayecto-notes","version":1,"journeyId":"j","annotations":[{"id":5}]}',
    );
    expect(!broken.ok && broken.error).toMatchObject({
      kind: 'invalid',
      problems: expect.arrayContaining([{ path: 'notes.annotations[0].id', kind: 'expected', type: 'text' }]),
    });
  });
});

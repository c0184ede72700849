import { describe, expect, it } from 'vitest';
import { describeConflict, differingSpan, execute, keepBothVersions } from '../../../src/commands';
import { checkInvariants } from '../../../src/model';
import { teammateName } from '../../../src/formats';
import { measureConflicts } from '../helpers/measureConflicts';
import { mergedSoundly } from '../helpers/mergedSoundly';
import { smallJourney } from '../helpers/smallJourney';

const NOW = '2026-05-05T00:00:00.000Z';
const LATER = '2026-03-01T00:00:00.000Z';

function conflictOnT1(theirsFrom?: string) {
  const mine = smallJourney();
  const theirs = smallJourney();
  mine.touchpoints[0] = { ...mine.touchpoints[0]!, title: 'Reads the guide at home' };
  theirs.touchpoints[0] = {
    ...theirs.touchpoints[0]!,
    title: 'Reads the guide twice',
    stageId: 's2',
    channelIds: ['web', 'phone'],
    momentOfTruth: true,
    updatedAt: LATER,
  };
  return mergedSoundly(mine, theirs, { now: NOW, theirsFrom }).journey;
}

describe('describeConflict', () => {
  it('names the item, where it sits, and only the fields that differ, as values people know', () => {
    const journey = conflictOnT1('Luis');
    const conflict = journey.conflicts![0]!;
    expect(conflict.theirsFrom).toBe('Luis');
    const about = describeConflict(journey, conflict);
    expect(about).toMatchObject({
      itemType: 'touchpoint',
      name: 'Reads the guide twice',
      place: ['Laura', 'Purchase'],
      theirsAt: LATER,
    });
    expect(about.fields).toEqual([
      {
        key: 'title',
        mine: { kind: 'text', text: 'Reads the guide at home' },
        theirs: { kind: 'text', text: 'Reads the guide twice' },
      },
      {
        key: 'stageId',
        mine: { kind: 'text', text: 'Awareness' },
        theirs: { kind: 'text', text: 'Purchase' },
      },
      {
        key: 'channelIds',
        mine: { kind: 'list', items: ['Web'] },
        theirs: { kind: 'list', items: ['Web', 'Phone'] },
      },
      { key: 'momentOfTruth', mine: { kind: 'flag', on: false }, theirs: { kind: 'flag', on: true } },
    ]);
  });
});

describe('describeConflict of a persona', () => {
  it('shows a picture avatar as a picture, never as its data URL text', () => {
    const mine = smallJourney();
    const theirs = smallJourney();
    const picture = 'data:image/png;base64,iVBORw0KGgo=';
    theirs.personas[0] = { ...theirs.personas[0]!, avatar: picture, role: 'Teacher', updatedAt: LATER };
    const { journey } = mergedSoundly(mine, theirs, { now: NOW });
    const about = describeConflict(journey, journey.conflicts![0]!);
    expect(about).toMatchObject({ itemType: 'persona', name: 'Laura', place: [] });
    expect(about.fields).toEqual([
      { key: 'role', mine: { kind: 'text', text: '' }, theirs: { kind: 'text', text: 'Teacher' } },
      { key: 'avatar', mine: { kind: 'text', text: '🙂' }, theirs: { kind: 'picture', src: picture } },
    ]);
  });
});

describe('keepBothVersions', () => {
  it('keeps the kept version and brings the other back as a new card in its own cell', () => {
    const journey = conflictOnT1();
    const conflict = journey.conflicts![0]!;
    const copy = { id: 'copy', title: 'Reads the guide at home (copy)' };
    const after = execute(journey, keepBothVersions(conflict.id, copy), { now: NOW }).journey;
    expect(checkInvariants(after)).toEqual([]);
    expect(after.conflicts).toBeUndefined();
    expect(after.touchpoints.find((t) => t.id === 't1')).toMatchObject({
      title: 'Reads the guide twice',
      stageId: 's2',
    });
    expect(after.touchpoints.find((t) => t.id === 'copy')).toMatchObject({
      title: 'Reads the guide at home (copy)',
      stageId: 's1',
      personaId: 'p1',
      order: 1,
      updatedAt: NOW,
    });
  });

  it('is refused for anything but a touchpoint', () => {
    const mine = smallJourney();
    const theirs = { ...smallJourney(), title: 'Theirs', updatedAt: LATER };
    const { journey } = mergedSoundly(mine, theirs, { now: NOW });
    const conflict = journey.conflicts![0]!;
    expect(conflict.itemType).toBe('journey');
    expect(() =>
      execute(journey, keepBothVersions(conflict.id, { id: 'x', title: 'x' }), { now: NOW }),
    ).toThrow(/only a touchpoint/);
  });
});

describe('differingSpan', () => {
  it('marks whole words, from the first that differs to the last', () => {
    const a = 'Reads the guide at home';
    const b = 'Reads the family-car guide twice';
    expect(differingSpan(a, b)).toEqual({ head: 'Reads the '.length, tail: 0 });
    expect(differingSpan('Pays by card online', 'Pays by phone online')).toEqual({ head: 8, tail: 7 });
    expect(differingSpan('same', 'same')).toEqual({ head: 0, tail: 0 });
    expect(differingSpan('', 'new')).toEqual({ head: 0, tail: 0 });
  });
});

describe('teammateName', () => {
  it('is the one author of the notes only their copy has, else their journey author if it differs', () => {
    const mine = smallJourney();
    const theirs = smallJourney();
    expect(teammateName(mine, theirs)).toBeUndefined();
    theirs.author = 'Marta';
    expect(teammateName(mine, theirs)).toBe('Marta');
    theirs.annotations.push({ ...theirs.annotations[0]!, id: 'new', author: 'Luis' });
    expect(teammateName(mine, theirs)).toBe('Luis');
  });
});

describe('describeConflict of metrics, their values and research notes', () => {
  const { journey, conflicts } = measureConflicts();
  const fields = (about: ReturnType<typeof describeConflict>) =>
    Object.fromEntries(about.fields.map((f) => [f.key, [f.mine, f.theirs]]));

  it('gives a metric’s kind and good direction as words from their lists', () => {
    const about = describeConflict(journey, conflicts.metric);
    expect(about.name).toBe('CSAT');
    expect(fields(about)).toEqual({
      kind: [
        { kind: 'word', list: 'metricKind', word: 'score' },
        { kind: 'word', list: 'metricKind', word: 'percentage' },
      ],
      good: [
        { kind: 'word', list: 'goodDirection', word: 'higher' },
        { kind: 'word', list: 'goodDirection', word: 'lower' },
      ],
      target: [
        { kind: 'text', text: '4' },
        { kind: 'text', text: '80' },
      ],
    });
  });

  it('names a value by its metric, where it was measured and its period, and shows NPS counts', () => {
    const about = describeConflict(journey, conflicts.metricValue);
    expect([about.name, about.place]).toEqual(['CSAT', ['T3', '2026-Q3']]);
    expect(fields(about)).toEqual({
      value: [
        { kind: 'text', text: '3.5' },
        { kind: 'text', text: '2.9' },
      ],
      source: [
        { kind: 'text', text: 'Survey tool' },
        { kind: 'text', text: 'Call centre' },
      ],
      counts: [
        { kind: 'text', text: '' },
        { kind: 'counts', promoters: 10, passives: 5, detractors: 3 },
      ],
    });
  });

  it('puts a note’s text first, its source as a word, its sentiment as an emotion and its links as titles', () => {
    const about = describeConflict(journey, conflicts.researchNote);
    expect(about.name).toBe('The form asked three times');
    expect(about.fields.map((f) => f.key)).toEqual(['text', 'source', 'sentiment', 'touchpointIds']);
    expect(fields(about)).toMatchObject({
      source: [
        { kind: 'word', list: 'researchSource', word: 'interview' },
        { kind: 'word', list: 'researchSource', word: 'support-ticket' },
      ],
      sentiment: [
        { kind: 'emotion', score: -1 },
        { kind: 'emotion', score: -3 },
      ],
      touchpointIds: [
        { kind: 'list', items: ['T1'] },
        { kind: 'list', items: ['T1', 'T3'] },
      ],
    });
  });
});

import { describe, expect, it } from 'vitest';
import { validateJourney } from '../../../src/formats';
import { checkJourney } from '../../../src/model';
import { InvalidJourneyError } from '../../../src/storage/errors';
import { validJourney } from '../../../src/storage/validation';
import { smallJourney } from '../helpers/smallJourney';

/** smallJourney() with the third stage's colour left out, and one fault made by `spoil`. */
function raw(spoil: (journey: Record<string, unknown> & ReturnType<typeof smallJourney>) => void = () => {}) {
  const journey = structuredClone(smallJourney()) as Record<string, unknown> &
    ReturnType<typeof smallJourney>;
  delete (journey.stages[2] as { color?: string }).color;
  spoil(journey);
  return journey;
}

describe('checkJourney: the one check of a journey from outside', () => {
  it('passes a sound journey, with the defaults filled in', () => {
    const checked = checkJourney(raw());
    expect(checked.ok && checked.journey.stages[2]!.color).toBe('#64748b');
  });

  it('stops at the schema when a value has the wrong type, and says where', () => {
    const checked = checkJourney(raw((j) => Object.assign(j.touchpoints[1]!, { emotion: 'sad' })));
    expect(checked.ok).toBe(false);
    if (checked.ok || checked.fault.kind !== 'schema') throw new Error('expected a schema fault');
    expect(checked.fault.issues.map((i) => i.path)).toEqual([['touchpoints', 1, 'emotion']]);
  });

  it('holds a parsed journey to its invariants', () => {
    const checked = checkJourney(raw((j) => Object.assign(j.annotations[0]!, { targetId: 'gone' })));
    if (checked.ok || checked.fault.kind !== 'invariants') throw new Error('expected broken invariants');
    expect(checked.fault.violations.map((v) => [v.kind, v.path])).toEqual([
      ['noSuchTarget', 'annotations[0].targetId'],
    ]);
  });

  /** A channel, a metric value and a research note pointing nowhere, and two metric values with one id. */
  const brokenInPlaces = () =>
    raw((j) => {
      const [first, second] = j.touchpoints;
      j.touchpoints[1] = { ...second!, channelIds: [...second!.channelIds, 'no-channel'] };
      j.metrics = [{ id: 'm1', name: 'CSAT', kind: 'score', updatedAt: j.updatedAt }] as typeof j.metrics;
      const value = { metricId: 'm1', targetType: 'touchpoint', value: 4, updatedAt: j.updatedAt };
      j.metricValues = [
        { ...value, id: 'v1', targetId: first!.id },
        { ...value, id: 'v1', targetId: 'gone' },
      ] as typeof j.metricValues;
      const note = { text: 'Said so', createdAt: j.updatedAt, updatedAt: j.updatedAt };
      j.researchNotes = [{ ...note, id: 'r1', touchpointIds: [first!.id, 'gone'] }] as typeof j.researchNotes;
    });
  const violations = (checked: ReturnType<typeof checkJourney>) => {
    if (checked.ok || checked.fault.kind !== 'invariants') throw new Error('expected broken invariants');
    return checked.fault.violations.map(({ kind, path, message }) => [kind, path, message]);
  };
  const channels = raw().touchpoints[1]!.channelIds.length;
  const pointingNowhere = [
    ['noSuchTarget', `touchpoints[1].channelIds[${channels}]`, 'no channel with id "no-channel"'],
    ['noSuchTarget', 'metricValues[1].targetId', 'no touchpoint with id "gone"'],
    ['noSuchTarget', 'researchNotes[0].touchpointIds[1]', 'no touchpoint with id "gone"'],
  ];

  it('says where each broken rule is, down to an element of a list of ids', () => {
    expect(violations(checkJourney(brokenInPlaces()))).toEqual([
      ['duplicateId', 'metricValues[1].id', 'duplicate id "v1" (also used at metricValues[0].id)'],
      ...pointingNowhere,
    ]);
  });

  it("leaves the measures' ids alone when asked to, and holds every other rule", () => {
    expect(violations(checkJourney(brokenInPlaces(), { measureIds: false }))).toEqual(pointingNowhere);
    const twoNotesOneId = raw((j) => {
      const note = { text: 'Said so', touchpointIds: [], createdAt: j.updatedAt, updatedAt: j.updatedAt };
      j.researchNotes = [note, note].map((n) => ({ ...n, id: 'r1' })) as unknown as typeof j.researchNotes;
    });
    expect(checkJourney(twoNotesOneId, { measureIds: false }).ok).toBe(true);
    expect(violations(checkJourney(twoNotesOneId))).toEqual([
      ['duplicateId', 'researchNotes[1].id', 'duplicate id "r1" (also used at researchNotes[0].id)'],
    ]);
    // Any other id used twice is still refused, even where a measure's id would not be.
    const stageIdTwice = raw((j) => Object.assign(j.stages[1]!, { id: j.stages[0]!.id }));
    expect(violations(checkJourney(stageIdTwice, { measureIds: false }))[0]![0]).toBe('duplicateId');
  });

  it('is what the file reader and the library both answer with', () => {
    const wrongType = raw((j) => Object.assign(j.touchpoints[1]!, { emotion: 'sad' }));
    const badReference = raw((j) => Object.assign(j.annotations[0]!, { targetId: 'gone' }));
    // The file reader: located in the file, kinds for the UI's words.
    const read = (value: unknown) => {
      const result = validateJourney(value);
      return result.ok ? [] : result.error.kind === 'invalid' ? result.error.problems.map((p) => p.path) : [];
    };
    expect(read(wrongType)).toEqual(['journey.touchpoints[1].emotion']);
    expect(read(badReference)).toEqual(['journey.annotations[0].targetId']);
    expect(validateJourney(raw()).ok).toBe(true);
    // The library: an error naming the same places.
    const stored = (value: unknown) => {
      try {
        validJourney(value);
        return [];
      } catch (error) {
        if (!(error instanceof InvalidJourneyError)) throw error;
        return error.problems.map((p) => p.path);
      }
    };
    expect(stored(wrongType)).toEqual(['touchpoints.1.emotion']);
    expect(stored(badReference)).toEqual(['annotations[0].targetId']);
    expect(validJourney(raw()).stages[2]!.color).toBe('#64748b');
  });
});

import { describe, expect, it } from 'vitest';
import { InvalidJourneyError, JourneyValidator } from '../../../src/storage';
import { journeySchema, type Journey } from '../../../src/model';
import { smallJourney } from '../helpers/smallJourney';

/** A journey as the schema makes it, and the same with its first touchpoint's emotion out of range in place. */
function spoiled(): { journey: Journey; spoil: () => void } {
  const journey = journeySchema.parse(smallJourney());
  return { journey, spoil: () => Object.assign(journey.touchpoints[0]!, { emotion: 9 }) };
}

describe('JourneyValidator: parses only what it has not seen valid', () => {
  it('does not parse again the items of a journey it was told to trust, once asked to check an edit of it', () => {
    const validator = new JourneyValidator();
    const { journey, spoil } = spoiled();
    validator.trust(journey);
    // An edit shares the trusted items: the one spoiled in place is not parsed again, so it is not seen.
    spoil();
    const edited = { ...journey, title: 'Edited', touchpoints: [...journey.touchpoints] };
    expect(() => validator.check(edited)).not.toThrow();
  });

  it('parses the items of a journey it was not told to trust', () => {
    const validator = new JourneyValidator();
    const { journey, spoil } = spoiled();
    spoil();
    expect(() => validator.check({ ...journey, touchpoints: [...journey.touchpoints] })).toThrow(
      InvalidJourneyError,
    );
  });

  it('remembers what it checked valid: an edit of it is checked by its changed items', () => {
    const validator = new JourneyValidator();
    const { journey, spoil } = spoiled();
    validator.check(journey);
    spoil();
    expect(() => validator.check({ ...journey, touchpoints: [...journey.touchpoints] })).not.toThrow();
    const broken = { ...journey, touchpoints: [{ ...journey.touchpoints[0]!, title: 'Changed' }] };
    expect(() =>
      validator.check({ ...broken, touchpoints: [...broken.touchpoints, ...journey.touchpoints.slice(1)] }),
    ).toThrow(/touchpoints\.0\.emotion/);
  });
});

import { expect } from 'vitest';
import { mergeJourneys } from '../../../src/formats';
import { checkInvariants, type Journey } from '../../../src/model';

/** Merge their copy into ours; the test fails if the merge is refused or leaves the journey unsound. */
export function mergedSoundly(local: Journey, theirs: Journey, options: Parameters<typeof mergeJourneys>[2]) {
  const result = mergeJourneys(local, theirs, options);
  if (!result.ok) throw new Error('merge refused');
  expect(checkInvariants(result.value.journey)).toEqual([]);
  return result.value;
}

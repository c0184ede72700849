import type { Journey, MergeConflict } from '../../../src/model';
import { smallJourney } from './smallJourney';

const T0 = '2026-05-01T00:00:00.000Z';
const T1 = '2026-05-02T00:00:00.000Z';

/**
 * A small journey with a metric, a value and a research note, each changed on both sides of a
 * merge: the conflicts as the merge leaves them (the newer side kept).
 */
export function measureConflicts(): {
  journey: Journey;
  conflicts: Record<'metric' | 'metricValue' | 'researchNote', MergeConflict>;
} {
  const journey = smallJourney();
  const metric = {
    id: 'csat',
    name: 'CSAT',
    kind: 'score' as const,
    preset: 'csat',
    unit: '',
    min: 1,
    max: 5,
    good: 'higher' as const,
    target: 4,
    warning: 3,
    updatedAt: T0,
  };
  const value = {
    id: 'v1',
    metricId: 'csat',
    targetType: 'touchpoint' as const,
    targetId: 't3',
    period: '2026-Q3',
    value: 3.5,
    source: 'Survey tool',
    updatedAt: T0,
  };
  const note = {
    id: 'n1',
    kind: 'quote' as const,
    text: 'The form asked twice',
    source: 'interview' as const,
    participant: 'P1',
    sentiment: -1,
    touchpointIds: ['t1'],
    createdAt: T0,
    updatedAt: T0,
  };
  journey.metrics = [metric];
  journey.metricValues = [value];
  journey.researchNotes = [note];
  const conflict = (itemType: MergeConflict['itemType'], mine: object, theirs: object): MergeConflict => ({
    id: `c-${itemType}`,
    itemType,
    itemId: (mine as { id: string }).id,
    kept: 'theirs',
    mine: { ...mine },
    theirs: { ...theirs, updatedAt: T1 },
    detectedAt: T1,
  });
  const conflicts = {
    metric: conflict('metric', metric, { ...metric, kind: 'percentage', good: 'lower', target: 80 }),
    metricValue: conflict('metricValue', value, {
      ...value,
      value: 2.9,
      source: 'Call centre',
      counts: { promoters: 10, passives: 5, detractors: 3 },
    }),
    researchNote: conflict('researchNote', note, {
      ...note,
      text: 'The form asked three times',
      source: 'support-ticket',
      sentiment: -3,
      touchpointIds: ['t1', 't3'],
    }),
  };
  journey.conflicts = Object.values(conflicts);
  return { journey, conflicts };
}

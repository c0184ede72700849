import { blankPersona, emptyBlueprint, noMeasures, type Journey } from '../../../src/model';

export const T0 = '2026-01-01T00:00:00.000Z';

/** A small valid journey: 3 stages × 2 personas, 2 channels, 5 touchpoints, 2 notes. */
export function smallJourney(): Journey {
  const stage = (id: string, name: string) => ({
    id,
    name,
    description: '',
    color: '#64748b',
    suggestions: [],
    updatedAt: T0,
  });
  const persona = (id: string, name: string) => blankPersona(id, name, '#2563eb', T0);
  const touchpoint = (id: string, personaId: string, stageId: string, order: number, emotion: number) => ({
    id,
    scenarioId: 'today',
    personaId,
    stageId,
    order,
    title: id.toUpperCase(),
    description: '',
    channelIds: ['web'],
    emotion,
    doing: '',
    thinking: '',
    feeling: '',
    momentOfTruth: false,
    updatedAt: T0,
  });
  return {
    id: 'journey',
    title: 'Test journey',
    situation: '',
    description: '',
    language: 'en',
    author: '',
    templateId: 'blank',
    createdAt: T0,
    updatedAt: T0,
    scenarios: [{ id: 'today', name: 'Today', description: '', updatedAt: T0 }],
    stages: [stage('s1', 'Awareness'), stage('s2', 'Purchase'), stage('s3', 'Loyalty')],
    personas: [persona('p1', 'Laura'), persona('p2', 'Carlos')],
    channels: [
      { id: 'web', name: 'Web', kind: 'web', color: '#0891b2', icon: 'web', updatedAt: T0 },
      { id: 'phone', name: 'Phone', kind: 'phone', color: '#7c3aed', icon: 'phone', updatedAt: T0 },
    ],
    touchpoints: [
      touchpoint('t1', 'p1', 's1', 0, 2),
      touchpoint('t2', 'p1', 's1', 1, 1),
      touchpoint('t3', 'p1', 's2', 0, -2),
      touchpoint('t4', 'p2', 's2', 0, 0),
      touchpoint('t5', 'p2', 's3', 0, 3),
    ],
    ...emptyBlueprint(),
    annotations: [
      {
        id: 'a1',
        targetType: 'touchpoint',
        targetId: 't3',
        kind: 'pain-point',
        text: 'Too much paperwork',
        author: 'Ana',
        priority: 'high',
        status: 'open',
        createdAt: T0,
        updatedAt: T0,
        replies: [],
      },
      {
        id: 'a2',
        targetType: 'stage',
        targetId: 's2',
        kind: 'opportunity',
        text: 'Digital signature',
        author: 'Ana',
        priority: 'medium',
        status: 'open',
        createdAt: T0,
        updatedAt: T0,
        replies: [],
      },
    ],
    ...noMeasures(),
  };
}

/** An edit as a command makes it: the first touchpoint retitled, every other item shared. */
export const retitled = (journey: Journey, title: string): Journey => ({
  ...journey,
  touchpoints: journey.touchpoints.map((t, i) => (i === 0 ? { ...t, title } : t)),
});

import type { Annotation, Journey, Priority } from '../../../src/model';
import { smallJourney, T0 } from './smallJourney';

const note = (
  id: string,
  kind: Annotation['kind'],
  targetType: Annotation['targetType'],
  targetId: string,
  priority: Priority = 'medium',
): Annotation => ({
  id,
  targetType,
  targetId,
  kind,
  text: id,
  author: '',
  priority,
  status: 'open',
  createdAt: T0,
  updatedAt: T0,
  replies: [],
});

/**
 * The small journey (stages s1–s3, touchpoints t1–t5) with a blueprint: owners Sales and Operations,
 * three layers, four items, a loop and a branch; five opportunities and pain points to rank them by.
 */
export function blueprintJourney(): Journey {
  const j = smallJourney();
  j.owners = [
    { id: 'sales', name: 'Sales', color: '#2563eb', updatedAt: T0 },
    { id: 'ops', name: 'Operations', color: '#c2410c', updatedAt: T0 },
  ];
  j.blueprintLayers = [
    { id: 'front', kind: 'frontstage', name: 'Frontstage', hidden: false, updatedAt: T0 },
    { id: 'back', kind: 'backstage', name: 'Backstage', hidden: false, updatedAt: T0 },
    { id: 'support', kind: 'support', name: 'Support', hidden: false, updatedAt: T0 },
  ];
  const item = (
    id: string,
    layerId: string,
    stageId: string,
    ownerId: string | undefined,
    links: string[],
  ) => ({
    id,
    layerId,
    stageId,
    title: id,
    description: '',
    ...(ownerId && { ownerId }),
    touchpointIds: links,
    updatedAt: T0,
  });
  j.blueprintItems = [
    item('b1', 'front', 's1', 'sales', ['t1', 't2']),
    item('b2', 'back', 's2', 'ops', ['t3']),
    item('b3', 'back', 's2', 'ops', []),
    item('b4', 'support', 's2', 'sales', []),
    item('b5', 'support', 's3', undefined, ['t5']),
  ];
  j.loops = [
    { id: 'loop', fromType: 'stage', fromId: 's3', toStageId: 's1', share: 30, label: '', updatedAt: T0 },
  ];
  j.branches = [
    { id: 'fork', touchpointId: 't1', toTouchpointId: 't3', share: 20, label: 'Abandons', updatedAt: T0 },
  ];
  j.annotations = [
    note('pain-t3-high', 'pain-point', 'touchpoint', 't3', 'high'),
    note('pain-t3-low', 'pain-point', 'touchpoint', 't3', 'low'),
    note('pain-t1-high', 'pain-point', 'touchpoint', 't1', 'high'),
    note('pain-s2', 'pain-point', 'stage', 's2', 'medium'),
    // Five opportunities; o-ratio2a and o-ratio2b tie on impact ÷ effort (2), o-ratio2b relieves more pain.
    note('o-unscored', 'opportunity', 'touchpoint', 't3'),
    note('o-ratio2a', 'opportunity', 'touchpoint', 't1'),
    note('o-ratio1', 'opportunity', 'stage', 's2'),
    note('o-ratio2b', 'opportunity', 'touchpoint', 't3'),
    note('o-ratio5', 'opportunity', 'touchpoint', 't4'),
  ];
  j.plan = [
    { id: 'o-ratio2a', impact: 4, effort: 2, status: 'planned', updatedAt: T0 },
    { id: 'o-ratio1', impact: 2, effort: 2, status: 'idea', updatedAt: T0 },
    {
      id: 'o-ratio2b',
      impact: 2,
      effort: 1,
      ownerId: 'ops',
      due: '2027-01-31',
      status: 'in-progress',
      updatedAt: T0,
    },
    { id: 'o-ratio5', impact: 5, effort: 1, status: 'done', updatedAt: T0 },
    { id: 'o-unscored', impact: 3, status: 'idea', updatedAt: T0 },
  ];
  return j;
}

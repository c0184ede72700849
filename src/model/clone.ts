import type { Journey } from './schema';
import { newId } from './ids';

/**
 * A copy of a journey in which every id (journey, scenarios, stages, personas, channels, touchpoints,
 * annotations, replies) is new and every reference follows. Used by "duplicate" and by
 * "import and keep both".
 */
export function cloneWithNewIds(journey: Journey, makeId: () => string = newId): Journey {
  const remap = new Map<string, string>();
  const fresh = (old: string) => {
    let next = remap.get(old);
    if (next === undefined) {
      next = makeId();
      remap.set(old, next);
    }
    return next;
  };
  const ref = (old: string) => remap.get(old) ?? old;
  const copy = structuredClone(journey);
  copy.id = fresh(journey.id);
  for (const s of copy.scenarios) s.id = fresh(s.id);
  for (const s of copy.stages) s.id = fresh(s.id);
  for (const p of copy.personas) p.id = fresh(p.id);
  for (const c of copy.channels) c.id = fresh(c.id);
  for (const t of copy.touchpoints) {
    t.id = fresh(t.id);
  }
  for (const t of copy.touchpoints) {
    t.scenarioId = ref(t.scenarioId);
    t.stageId = ref(t.stageId);
    t.personaId = ref(t.personaId);
    t.channelIds = t.channelIds.map(ref);
  }
  for (const a of copy.annotations) {
    a.id = fresh(a.id);
    a.targetId = ref(a.targetId);
    for (const r of a.replies) r.id = fresh(r.id);
  }
  for (const m of copy.metrics) m.id = fresh(m.id);
  for (const v of copy.metricValues) {
    v.id = fresh(v.id);
    v.metricId = ref(v.metricId);
    v.targetId = ref(v.targetId);
    if (v.scenarioId !== undefined) v.scenarioId = ref(v.scenarioId);
  }
  for (const n of copy.researchNotes) {
    n.id = fresh(n.id);
    if (n.personaId !== undefined) n.personaId = ref(n.personaId);
    n.touchpointIds = n.touchpointIds.map(ref);
  }
  return copy;
}

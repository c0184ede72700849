import type { Annotation, Journey, PlanEntry, Priority } from '../model';

/** Impact or effort of 3 and above is high (the scores run 1–5). */
const HIGH = 3;
export const QUADRANTS = ['quick-win', 'big-bet', 'fill-in', 'money-pit'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

export function quadrantOf(impact: number, effort: number): Quadrant {
  if (impact >= HIGH) return effort < HIGH ? 'quick-win' : 'big-bet';
  return effort < HIGH ? 'fill-in' : 'money-pit';
}

const SEVERITY: Record<Priority, number> = { low: 1, medium: 2, high: 3 };

export interface RankedOpportunity {
  opportunity: Annotation;
  /** Its plan entry; an opportunity never scored has only the default status. */
  plan: Pick<PlanEntry, 'impact' | 'effort' | 'ownerId' | 'due' | 'status'>;
  /** impact ÷ effort, when both are scored. */
  ratio: number | null;
  quadrant: Quadrant | null;
  /** The open pain points on the same target: how many, and their priorities added (low 1, medium 2, high 3). */
  pain: { count: number; severity: number };
}

/**
 * The action plan: every opportunity, the scored ones first by impact ÷ effort, then by the pain they
 * relieve (more open pain points on their target, then more severe), then in the order they were written.
 */
export function rankPlan(journey: Journey): RankedOpportunity[] {
  const plans = new Map(journey.plan.map((p) => [p.id, p]));
  const pain = new Map<string, { count: number; severity: number }>();
  for (const note of journey.annotations) {
    if (note.kind !== 'pain-point' || note.status !== 'open') continue;
    const sum = pain.get(note.targetId) ?? { count: 0, severity: 0 };
    pain.set(note.targetId, { count: sum.count + 1, severity: sum.severity + SEVERITY[note.priority] });
  }
  const ranked = journey.annotations
    .filter((a) => a.kind === 'opportunity')
    .map((opportunity, written) => {
      const entry = plans.get(opportunity.id);
      const { impact, effort } = entry ?? {};
      const scored = impact !== undefined && effort !== undefined;
      return {
        written,
        opportunity,
        plan: {
          status: entry?.status ?? 'idea',
          ...(impact !== undefined && { impact }),
          ...(effort !== undefined && { effort }),
          ...(entry?.ownerId !== undefined && { ownerId: entry.ownerId }),
          ...(entry?.due !== undefined && { due: entry.due }),
        },
        ratio: scored ? impact / effort : null,
        quadrant: scored ? quadrantOf(impact, effort) : null,
        pain: pain.get(opportunity.targetId) ?? { count: 0, severity: 0 },
      };
    });
  ranked.sort(
    (a, b) =>
      (b.ratio ?? -1) - (a.ratio ?? -1) ||
      b.pain.count - a.pain.count ||
      b.pain.severity - a.pain.severity ||
      a.written - b.written,
  );
  return ranked.map(({ written: _written, ...rest }) => rest);
}

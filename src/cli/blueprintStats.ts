import { ownersPerStage, rankPlan, touchpointsWithoutOwner } from '../analytics';
import { scenarioView, type Journey, type Language } from '../model';
import { words } from './words';

/** How many opportunities `trayecto stats` lists. */
const TOP = 5;

/** Owners per stage, touchpoints with no owner behind them and the top of the plan, for `trayecto stats`. */
export function blueprintStats(journey: Journey, scenarioId: string) {
  const shown = scenarioView(journey, scenarioId);
  const names = (list: { id: string; name: string }[]) => new Map(list.map((i) => [i.id, i.name]));
  const [stage, persona, owner] = [names(shown.stages), names(shown.personas), names(shown.owners)];
  return {
    ownersPerStage: ownersPerStage(shown),
    touchpointsWithoutOwner: touchpointsWithoutOwner(shown).map((t) => ({
      touchpointId: t.id,
      title: t.title,
      stage: stage.get(t.stageId)!,
      persona: persona.get(t.personaId)!,
    })),
    topOpportunities: rankPlan(shown)
      .slice(0, TOP)
      .map(({ opportunity, plan, ratio, quadrant, pain }) => ({
        opportunityId: opportunity.id,
        text: opportunity.text,
        ...plan,
        owner: plan.ownerId === undefined ? undefined : owner.get(plan.ownerId),
        ratio,
        quadrant,
        pain,
      })),
  };
}

export function formatBlueprintText(stats: ReturnType<typeof blueprintStats>, language: Language): string[] {
  const say = (key: Parameters<typeof words>[1], params?: Record<string, string | number>) =>
    words(language, key, params);
  const none = `  ${say('statsNone')}`;
  const lines = ['', say('statsOwnersPerStage')];
  for (const s of stats.ownersPerStage)
    lines.push(
      `  ${s.stage}: ${s.owners.map((o) => `${o.owner} ${o.items}`).join(', ') || say('statsNone')}`,
    );
  lines.push('', say('statsUnowned'));
  if (!stats.touchpointsWithoutOwner.length) lines.push(none);
  for (const t of stats.touchpointsWithoutOwner) lines.push(`  ${t.title} (${t.persona}, ${t.stage})`);
  lines.push('', say('statsTopOpportunities'));
  if (!stats.topOpportunities.length) lines.push(none);
  stats.topOpportunities.forEach((o, i) => {
    const scores =
      o.impact !== undefined && o.effort !== undefined
        ? ` — ${say('statsImpactEffort', { impact: o.impact, effort: o.effort })}`
        : '';
    lines.push(`  ${i + 1}. ${o.text}${scores}${o.owner ? ` · ${o.owner}` : ''}`);
  });
  return lines;
}

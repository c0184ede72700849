import { NO_CHANNEL, type Insights, type MetricReport, type OffTarget } from '../analytics';
import type { Journey, Language } from '../model';
import { words } from './words';

/** A plain-text report of the insights, for `trayecto stats`, in the CLI's language. */
export function formatInsightsText(
  insights: Insights & { metrics?: MetricReport[]; offTarget?: OffTarget[] },
  journey: Journey,
  language: Language = 'en',
): string {
  const say = (key: Parameters<typeof words>[1], params?: Record<string, string | number>) =>
    words(language, key, params);
  const figure = (n: number | null) =>
    n === null
      ? '–'
      : (Math.round(n * 10) / 10).toLocaleString(language, {
          minimumFractionDigits: 1,
          maximumFractionDigits: 1,
        });
  const curve = (stages: { stage: string; average: number | null }[]) =>
    stages.map((s) => `${s.stage} ${figure(s.average)}`).join(' · ');
  const lines: string[] = [journey.title];
  if (insights.scenarios.length > 1) lines.push(say('statsScenario', { name: insights.scenario }));
  lines.push('', say('statsAverages'));
  for (const p of insights.emotionByStage) lines.push(`  ${p.persona}: ${curve(p.stages)}`);
  lines.push(`  ${say('statsAllPersonas')}: ${curve(insights.overallByStage)}`);
  if (insights.scenarios.length > 1) {
    lines.push('', say('statsScenarios'));
    for (const s of insights.scenarios) lines.push(`  ${s.scenario}: ${curve(s.overallByStage)}`);
  }
  lines.push('', say('statsLowest'));
  if (insights.lowestMoments.length === 0) lines.push(`  ${say('statsNone')}`);
  for (const m of insights.lowestMoments) lines.push(`  ${m.emotion} ${m.title} (${m.persona}, ${m.stage})`);
  lines.push('', say('statsPainPoints'));
  for (const row of insights.painPoints) {
    const channels = Object.entries(row.byChannel).map(
      ([c, n]) => `${c === NO_CHANNEL ? say('statsNoChannel') : c} ${n}`,
    );
    lines.push(`  ${row.stage}: ${row.total}${channels.length ? ` (${channels.join(', ')})` : ''}`);
  }
  lines.push('', say('statsGaps'));
  lines.push(
    insights.coverageGaps.length
      ? `  ${insights.coverageGaps.map((g) => `${g.stage} × ${g.channel}`).join(', ')}`
      : `  ${say('statsNone')}`,
  );
  lines.push('', say('statsNotes', { open: insights.notes.open, resolved: insights.notes.resolved }));
  if (insights.metrics?.length) {
    const value = (n: number | null, unit: string) =>
      n === null ? '–' : `${(Math.round(n * 10) / 10).toLocaleString(language)}${unit ? ` ${unit}` : ''}`;
    lines.push('', say('statsMetrics'));
    for (const m of insights.metrics)
      lines.push(
        `  ${m.metric}${m.period ? ` (${m.period})` : ''}: ${m.stages.map((s) => `${s.stage} ${value(s.value, m.unit)}`).join(' · ')}`,
      );
    lines.push('', say('statsOffTarget'));
    if (!insights.offTarget?.length) lines.push(`  ${say('statsNone')}`);
    for (const o of insights.offTarget ?? [])
      lines.push(
        `  ${o.metric} ${value(o.value, o.unit)} / ${value(o.target, o.unit)} ${o.name}${o.where === 'touchpoint' ? ` (${o.stage})` : ''}`,
      );
  }
  return `${lines.join('\n')}\n`;
}

import { formatFigure, metricReports, offTargets } from '../analytics';
import { resolveScenario, scenarioView, type Journey, type Language } from '../model';

/** The deliverables' words for metrics, in each language. */
export const MEASURE_WORDS = {
  en: {
    metrics: 'Metrics',
    metricsPerStage: 'Metrics per stage (latest period)',
    offTarget: 'Off target, worst first',
    none: 'none',
    columns: {
      metric: 'Metric',
      period: 'Period',
      stage: 'Stage',
      touchpoint: 'Touchpoint',
      value: 'Value',
      target: 'Target',
      status: 'Standing',
    },
    status: { on: 'on target', near: 'near target', off: 'off target' },
  },
  es: {
    metrics: 'Métricas',
    metricsPerStage: 'Métricas por etapa (último periodo)',
    offTarget: 'Fuera de objetivo, lo peor primero',
    none: 'ninguna',
    columns: {
      metric: 'Métrica',
      period: 'Periodo',
      stage: 'Etapa',
      touchpoint: 'Punto de contacto',
      value: 'Valor',
      target: 'Objetivo',
      status: 'Situación',
    },
    status: { on: 'en objetivo', near: 'cerca del objetivo', off: 'fuera de objetivo' },
  },
} as const;

/** A figure as the canvas shows it (`formatFigure`), or a dash where there is none. */
export const figureText = (value: number | null, unit: string, language: Language): string =>
  value === null ? '—' : formatFigure(value, unit, language);

/** Every metric value of one scenario as rows (metric, period, stage, touchpoint, value, target, standing) for sheets and CSV. */
export function metricValueRows(
  journey: Journey,
  scenarioId: string | undefined,
  language: Language,
): (string | number)[][] {
  const view = scenarioView(journey, resolveScenario(journey, scenarioId).id);
  const words = MEASURE_WORDS[language];
  const metric = new Map(view.metrics.map((m) => [m.id, m]));
  const stageName = new Map(view.stages.map((s) => [s.id, s.name]));
  const touchpoint = new Map(view.touchpoints.map((t) => [t.id, t]));
  const reports = new Map(metricReports(journey, scenarioId).map((r) => [r.metricId, r]));
  return view.metricValues.map((v) => {
    const m = metric.get(v.metricId)!;
    const t = v.targetType === 'touchpoint' ? touchpoint.get(v.targetId) : undefined;
    const stageId = t ? t.stageId : v.targetId;
    const report = reports.get(m.id);
    const latest = report?.period === v.period;
    const standing = t
      ? report?.touchpoints.find((f) => f.touchpointId === t.id && latest)?.status
      : latest && report?.stages.find((s) => s.stageId === stageId)?.from === 'stage'
        ? report.stages.find((s) => s.stageId === stageId)?.status
        : undefined;
    return [
      m.name,
      v.period,
      stageName.get(stageId) ?? '',
      t?.title ?? '',
      v.value,
      v.target ?? m.target ?? '',
      standing ? words.status[standing] : '',
    ];
  });
}

/** The PDF's metrics text: each metric per stage, then what is off target (as lines for the Insights page). */
export function metricLines(journey: Journey, scenarioId: string, language: Language) {
  const words = MEASURE_WORDS[language];
  const reports = metricReports(journey, scenarioId).filter((r) => r.period !== null);
  if (reports.length === 0) return null;
  const perStage = reports.map(
    (r) =>
      `${r.metric}${r.period ? ` (${r.period})` : ''}: ${r.stages
        .map(
          (s) =>
            `${s.stage} ${figureText(s.value, r.unit, language)}${s.status && s.status !== 'on' ? ` (${words.status[s.status]})` : ''}`,
        )
        .join(' · ')}`,
  );
  const off = offTargets(journey, reports).map(
    (o) =>
      `${o.metric} ${figureText(o.value, o.unit, language)} / ${figureText(o.target, o.unit, language)} — ${o.where === 'touchpoint' ? `${o.name} (${o.stage})` : o.name} — ${words.status[o.status]}`,
  );
  return { words, perStage, off: off.length ? off : [words.none] };
}

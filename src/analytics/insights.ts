import {
  isOpenNote,
  isOpenPainPoint,
  resolveScenario,
  scenarioView,
  type Journey,
  type Touchpoint,
} from '../model';

export const NO_CHANNEL = '(no channel)';

export interface StageAverage {
  stageId: string;
  stage: string;
  /** Mean emotion of the touchpoints in this stage, or null when there are none. */
  average: number | null;
  count: number;
}

export interface EmotionCurves {
  /** Per persona, the average emotion in each stage (stage order). */
  emotionByStage: { personaId: string; persona: string; stages: StageAverage[] }[];
  /** All personas together. */
  overallByStage: StageAverage[];
}

export interface ScenarioCurves extends EmotionCurves {
  scenarioId: string;
  scenario: string;
}

export interface Insights extends EmotionCurves {
  /** The scenario these figures are about. */
  scenario: string;
  /** Every scenario's curves, in scenario order, to compare them (one entry for a single scenario). */
  scenarios: ScenarioCurves[];
  /** The most negative moments, lowest first (stage order, then order, break ties). */
  lowestMoments: { touchpointId: string; title: string; stage: string; persona: string; emotion: number }[];
  /** Open pain points by stage × channel; a pain point counts once per channel of its touchpoint. */
  painPoints: { stage: string; byChannel: Record<string, number>; total: number }[];
  /** Touchpoints per stage × channel, and the (stage, channel) pairs with none. */
  channelCoverage: { stage: string; byChannel: Record<string, number> }[];
  coverageGaps: { stage: string; channel: string }[];
  notes: { open: number; resolved: number; byKind: Record<string, { open: number; resolved: number }> };
}

const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : null);

function averages(journey: Journey, touchpoints: Touchpoint[]): StageAverage[] {
  return journey.stages.map((stage) => {
    const scores = touchpoints.filter((t) => t.stageId === stage.id).map((t) => t.emotion);
    return { stageId: stage.id, stage: stage.name, average: mean(scores), count: scores.length };
  });
}

function emotionCurves(journey: Journey, touchpoints: Touchpoint[]): EmotionCurves {
  return {
    emotionByStage: journey.personas.map((p) => ({
      personaId: p.id,
      persona: p.name,
      stages: averages(
        journey,
        touchpoints.filter((t) => t.personaId === p.id),
      ),
    })),
    overallByStage: averages(journey, touchpoints),
  };
}

/**
 * The figures a business reads off a map: where it hurts, on which channels, and what is
 * open — for one scenario (default: the first), with every scenario's curves beside it.
 */
export function computeInsights(whole: Journey, scenarioId?: string): Insights {
  const scenario = resolveScenario(whole, scenarioId);
  const journey = scenarioView(whole, scenario.id);
  const stageIndex = new Map(journey.stages.map((s, i) => [s.id, i]));
  const stageName = new Map(journey.stages.map((s) => [s.id, s.name]));
  const personaName = new Map(journey.personas.map((p) => [p.id, p.name]));
  const channelName = new Map(journey.channels.map((c) => [c.id, c.name]));
  const touchpointById = new Map(journey.touchpoints.map((t) => [t.id, t]));

  const lowestMoments = journey.touchpoints
    .filter((t) => t.emotion < 0)
    .sort(
      (a, b) =>
        a.emotion - b.emotion || stageIndex.get(a.stageId)! - stageIndex.get(b.stageId)! || a.order - b.order,
    )
    .slice(0, 5)
    .map((t) => ({
      touchpointId: t.id,
      title: t.title,
      stage: stageName.get(t.stageId)!,
      persona: personaName.get(t.personaId)!,
      emotion: t.emotion,
    }));

  const painPoints = journey.stages.map((stage) => ({
    stage: stage.name,
    // No prototype: channels may be called "constructor" or "__proto__".
    byChannel: Object.create(null) as Record<string, number>,
    total: 0,
  }));
  for (const note of journey.annotations) {
    if (!isOpenPainPoint(note)) continue;
    const touchpoint = note.targetType === 'touchpoint' ? touchpointById.get(note.targetId) : undefined;
    const stageId = touchpoint?.stageId ?? (note.targetType === 'stage' ? note.targetId : undefined);
    if (stageId === undefined) continue;
    const row = painPoints[stageIndex.get(stageId)!]!;
    const channels = touchpoint?.channelIds.length
      ? touchpoint.channelIds.map((c) => channelName.get(c)!)
      : [NO_CHANNEL];
    for (const channel of channels) row.byChannel[channel] = (row.byChannel[channel] ?? 0) + 1;
    row.total += 1;
  }

  const channelCoverage = journey.stages.map((stage) => {
    const inStage = journey.touchpoints.filter((t) => t.stageId === stage.id);
    const byChannel = Object.fromEntries(
      journey.channels.map((c) => [c.name, inStage.filter((t) => t.channelIds.includes(c.id)).length]),
    );
    return { stage: stage.name, byChannel };
  });
  const coverageGaps = channelCoverage.flatMap((row) =>
    Object.entries(row.byChannel)
      .filter(([, count]) => count === 0)
      .map(([channel]) => ({ stage: row.stage, channel })),
  );

  const byKind: Insights['notes']['byKind'] = {};
  for (const note of journey.annotations) {
    byKind[note.kind] ??= { open: 0, resolved: 0 };
    byKind[note.kind]![note.status] += 1;
  }
  const open = journey.annotations.filter(isOpenNote).length;

  return {
    scenario: scenario.name,
    ...emotionCurves(journey, journey.touchpoints),
    scenarios: whole.scenarios.map((s) => ({
      scenarioId: s.id,
      scenario: s.name,
      ...emotionCurves(
        whole,
        whole.touchpoints.filter((t) => t.scenarioId === s.id),
      ),
    })),
    lowestMoments,
    painPoints,
    channelCoverage,
    coverageGaps,
    notes: { open, resolved: journey.annotations.length - open, byKind },
  };
}

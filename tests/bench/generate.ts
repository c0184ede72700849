import {
  emptyBlueprint,
  ANNOTATION_KINDS,
  CHANNEL_KINDS,
  blankPersona,
  noMeasures,
  type Journey,
  type Touchpoint,
} from '../../src/model';
import { metricFromPreset } from '../../src/templates/metricPresets';

/** mulberry32: a tiny seeded PRNG, so every run measures the same maps. */
export function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ID_LETTERS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
/** Ids as the app makes them for what it imports (`newId`: 21 letters of 62), but the same at every run. */
function idMaker(seed: number): () => string {
  const random = prng(seed);
  return () => Array.from({ length: 21 }, () => ID_LETTERS[Math.floor(random() * 62)]).join('');
}

const SHAPES: Record<number, [personas: number, stages: number]> = {
  100: [4, 5],
  500: [6, 10],
  2000: [12, 20],
  5000: [15, 25],
};

/** A map of `size` touchpoints spread over personas × stages, with random channels, emotions and notes. */
export function generateJourney(size: number, seed = 42): Journey {
  const random = prng(seed + size);
  const [personaCount, stageCount] = SHAPES[size] ?? [
    Math.ceil(Math.sqrt(size / 10)),
    Math.ceil(Math.sqrt(size / 10) * 1.6),
  ];
  const now = '2026-11-01T00:00:00.000Z';
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const stages = Array.from({ length: stageCount }, (_, i) => ({
    id: `s${i}`,
    name: `Stage ${i + 1}`,
    description: '',
    color: '#2563eb',
    suggestions: [],
    updatedAt: now,
  }));
  const personas = Array.from({ length: personaCount }, (_, i) =>
    blankPersona(`p${i}`, `Persona ${i + 1}`, '#0d9488', now),
  );
  const channels = CHANNEL_KINDS.slice(0, 8).map((kind, i) => ({
    id: `c${i}`,
    name: kind,
    kind,
    color: '#0072b2',
    icon: kind,
    updatedAt: now,
  }));
  const orders = new Map<string, number>();
  const touchpoints: Touchpoint[] = Array.from({ length: size }, (_, i) => {
    const personaId = pick(personas).id;
    const stageId = pick(stages).id;
    const cell = `${personaId}/${stageId}`;
    const order = orders.get(cell) ?? 0;
    orders.set(cell, order + 1);
    return {
      id: `t${i}`,
      scenarioId: 'today',
      personaId,
      stageId,
      order,
      title: `Touchpoint ${i + 1}`,
      description: '',
      channelIds: [...new Set([pick(channels).id, ...(random() < 0.3 ? [pick(channels).id] : [])])],
      emotion: Math.floor(random() * 7) - 3,
      doing: '',
      thinking: '',
      feeling: '',
      momentOfTruth: random() < 0.05,
      updatedAt: now,
    };
  });
  const annotations = touchpoints
    .filter(() => random() < 0.2)
    .map((t, i) => ({
      id: `a${i}`,
      targetType: 'touchpoint' as const,
      targetId: t.id,
      kind: pick(ANNOTATION_KINDS),
      text: `Note ${i + 1}`,
      author: pick(['Ana', 'Luis', 'Marta']),
      priority: 'medium' as const,
      status: random() < 0.7 ? ('open' as const) : ('resolved' as const),
      createdAt: now,
      updatedAt: now,
      replies: [],
    }));
  return {
    id: `bench-${size}`,
    title: `Benchmark ${size}`,
    situation: '',
    description: '',
    language: 'en',
    author: '',
    templateId: 'blank',
    createdAt: now,
    updatedAt: now,
    scenarios: [{ id: 'today', name: 'Today', description: '', updatedAt: now }],
    stages,
    personas,
    channels,
    touchpoints,
    annotations,
    ...noMeasures(),
    ...emptyBlueprint(),
  };
}

const BENCH_METRICS = ['csat', 'nps', 'conversion', 'volume', 'timeToComplete'] as const;
const PERIODS = ['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'];

/**
 * The same map measured: 5 metrics with a value on every touchpoint in each of 4 periods, and twice as
 * many research notes as touchpoints, each linked to one or two of them, most with a sentiment.
 */
export function withMeasures(journey: Journey, seed = 7): Journey {
  const random = prng(seed);
  const id = idMaker(seed + 1);
  const now = journey.updatedAt;
  const metrics = BENCH_METRICS.map((preset) => ({
    ...metricFromPreset(preset, 'en', `m-${preset}`),
    updatedAt: now,
  }));
  const span = (m: (typeof metrics)[number]) => [m.min ?? 0, m.max ?? 1000] as const;
  const metricValues = journey.touchpoints.flatMap((t) =>
    metrics.flatMap((m) =>
      PERIODS.map((period) => {
        const [min, max] = span(m);
        return {
          id: id(),
          metricId: m.id,
          targetType: 'touchpoint' as const,
          targetId: t.id,
          period,
          // + 0: Math.round gives -0 for small negatives, which no import or edit gives a value.
          value: Math.round((min + random() * (max - min)) * 10) / 10 + 0,
          source: 'bench',
          updatedAt: now,
        };
      }),
    ),
  );
  const ids = journey.touchpoints.map((t) => t.id);
  const researchNotes = Array.from({ length: journey.touchpoints.length * 2 }, (_, i) => ({
    id: `r${i}`,
    kind: 'quote' as const,
    text: `Research quote ${i + 1}`,
    source: 'interview' as const,
    participant: `P${i % 40}`,
    ...(random() < 0.8 ? { sentiment: Math.floor(random() * 7) - 3 } : {}),
    touchpointIds: [
      ...new Set([
        ids[Math.floor(random() * ids.length)]!,
        ...(random() < 0.3 ? [ids[Math.floor(random() * ids.length)]!] : []),
      ]),
    ],
    createdAt: now,
    updatedAt: now,
  }));
  return { ...journey, metrics, metricValues, researchNotes };
}

/**
 * The same map with a service blueprint: three layers, five owners, `items` cards spread over the layers
 * and stages, and `links` links from cards to touchpoints of their stage.
 */
export function withBlueprint(journey: Journey, items: number, links: number, seed = 7): Journey {
  const random = prng(seed + items);
  const now = journey.updatedAt;
  const owners = ['Marketing', 'Sales', 'After-sales', 'Administration', 'Operations'].map((name, i) => ({
    id: `o${i}`,
    name,
    color: '#7c3aed',
    updatedAt: now,
  }));
  const layers = (['frontstage', 'backstage', 'support'] as const).map((kind, i) => ({
    id: `l${i}`,
    kind,
    name: '',
    hidden: false,
    updatedAt: now,
  }));
  const byStage = new Map<string, string[]>();
  for (const t of journey.touchpoints) byStage.set(t.stageId, [...(byStage.get(t.stageId) ?? []), t.id]);
  const blueprintItems = Array.from({ length: items }, (_, i) => {
    const stage = journey.stages[i % journey.stages.length]!;
    const candidates = byStage.get(stage.id) ?? [];
    const linked = new Set<string>();
    // Spread `links` over the cards: as many per card as the average, the remainder to the first ones.
    const wanted = Math.floor(links / items) + (i < links % items ? 1 : 0);
    while (linked.size < Math.min(wanted, candidates.length))
      linked.add(candidates[Math.floor(random() * candidates.length)]!);
    return {
      id: `b${i}`,
      layerId: layers[Math.floor(random() * layers.length)]!.id,
      stageId: stage.id,
      title: `Blueprint card ${i + 1}`,
      description: '',
      ownerId: owners[i % owners.length]!.id,
      touchpointIds: [...linked],
      updatedAt: now,
    };
  });
  return { ...journey, owners, blueprintLayers: layers, blueprintItems };
}

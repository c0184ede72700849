/**
 * Format migrations, one small `up` step per version, applied in order. Each step takes the
 * raw JSON of its version and returns the next version's. Released versions never change.
 */

type Json = Record<string, unknown>;

export interface Migration {
  from: number;
  up(journey: Json): Json;
  /** Fields `up` renamed, as [path in the next version, path in this one]: errors name the file's own fields. */
  renamed: [RegExp, string][];
}

const EMOTION_WORDS: Record<string, number> = { positive: 2, neutral: 0, negative: -2 };

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
/** Upgrade each record of a list; anything else is left as found, for validation to point at. */
const eachRecord = (value: unknown, up: (item: Json) => Json): unknown =>
  Array.isArray(value) ? value.map((item: unknown) => (isObject(item) ? up(item) : item)) : value;

export const MIGRATIONS: Migration[] = [
  {
    // v0 (pre-release): emotion as a word, touchpoint channels under `channels`, no per-item updatedAt.
    from: 0,
    renamed: [[/^(touchpoints\[\d+\])\.channelIds\b/, '$1.channels']],
    up(journey) {
      const stamp = typeof journey.updatedAt === 'string' ? journey.updatedAt : journey.createdAt;
      const stamped = (item: Json) => ({ ...item, updatedAt: item.updatedAt ?? stamp });
      // Another word is left as found, for validation to point at by its path.
      const score = (emotion: unknown) =>
        typeof emotion === 'string' && Object.hasOwn(EMOTION_WORDS, emotion)
          ? EMOTION_WORDS[emotion]
          : emotion;
      return {
        ...journey,
        stages: eachRecord(journey.stages, stamped),
        personas: eachRecord(journey.personas, stamped),
        channels: eachRecord(journey.channels, stamped),
        touchpoints: eachRecord(journey.touchpoints, (t) => {
          const { channels, emotion, ...rest } = t;
          return stamped({ ...rest, channelIds: rest.channelIds ?? channels, emotion: score(emotion) });
        }),
      };
    },
  },
  {
    // v1: one touchpoint layer, and a `scenario` text describing the situation. v2 holds several
    // scenarios of the same map: every touchpoint joins a first one, "Today", and the text is `situation`.
    from: 1,
    renamed: [
      [/^situation$/, 'scenario'],
      [/^scenarios\[0\]\.updatedAt$/, 'updatedAt'],
    ],
    up(journey) {
      const { scenario: situation, ...rest } = journey;
      const taken = new Set(
        [rest.stages, rest.personas, rest.channels, rest.touchpoints, rest.annotations].flatMap((list) =>
          Array.isArray(list) ? list.map((item: unknown) => (isObject(item) ? item.id : undefined)) : [],
        ),
      );
      // Deterministic, so that two copies of the same v1 file merge into one scenario.
      let id = 'today';
      for (let n = 2; taken.has(id) || id === rest.id; n++) id = `today-${n}`;
      const name = rest.language === 'es' ? 'Hoy' : 'Today';
      return {
        ...rest,
        situation,
        scenarios: [{ id, name, updatedAt: rest.updatedAt ?? rest.createdAt }],
        touchpoints: eachRecord(rest.touchpoints, (t) => ({ ...t, scenarioId: id })),
      };
    },
  },
  {
    // v2 → v3: what the journey measures (metrics and their values) and its research notes.
    from: 2,
    renamed: [],
    up: (journey) => ({ metrics: [], metricValues: [], researchNotes: [], ...journey }),
  },
  {
    // v3 → v4: the service blueprint (owners, layers, items), loops, branches and the action plan,
    // all empty in a map made before them. Only adds: nothing of the v3 map changes.
    from: 3,
    renamed: [],
    up: (journey) => ({
      owners: [],
      blueprintLayers: [],
      blueprintItems: [],
      loops: [],
      branches: [],
      plan: [],
      ...journey,
    }),
  },
];

export const FORMAT_VERSION = MIGRATIONS.length;

/** Bring a journey of format `version` up to FORMAT_VERSION. */
export function migrate(journey: Json, version: number): Json {
  return MIGRATIONS.filter((m) => m.from >= version).reduce((j, m) => m.up(j), journey);
}

/** Where a field of the current version (a path below `journey`) was in a file of format `version`. */
export function pathInVersion(path: string, version: number): string {
  return MIGRATIONS.filter((m) => m.from >= version)
    .reverse()
    .reduce((p, m) => m.renamed.reduce((q, [now, then]) => q.replace(now, then), p), path);
}

/** The one step from format `from` to `from + 1` (for stores whose own versions fix the step). */
export function migrationStep(from: number): (journey: Json) => Json {
  const step = MIGRATIONS.find((m) => m.from === from);
  if (!step) throw new Error(`no migration from format version ${from}`);
  return step.up;
}

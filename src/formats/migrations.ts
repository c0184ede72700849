/**
 * Format migrations, one small `up` step per version, applied in order. Each step takes the
 * raw JSON of its version and returns the next version's. Released versions never change.
 */
type Json = Record<string, unknown>;

export interface Migration {
  from: number;
  up(journey: Json): Json;
}

const EMOTION_WORDS: Record<string, number> = { positive: 2, neutral: 0, negative: -2 };

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const records = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isObject) : []);

export const MIGRATIONS: Migration[] = [
  {
    // v0 (pre-release): emotion as a word, touchpoint channels under `channels`, no per-item updatedAt.
    from: 0,
    up(journey) {
      const stamp = typeof journey.updatedAt === 'string' ? journey.updatedAt : journey.createdAt;
      const stamped = (item: Json) => ({ ...item, updatedAt: item.updatedAt ?? stamp });
      return {
        ...journey,
        stages: records(journey.stages).map(stamped),
        personas: records(journey.personas).map(stamped),
        channels: records(journey.channels).map(stamped),
        touchpoints: records(journey.touchpoints).map((t) => {
          const { channels, emotion, ...rest } = t;
          return stamped({
            ...rest,
            channelIds: rest.channelIds ?? channels ?? [],
            emotion: typeof emotion === 'string' ? (EMOTION_WORDS[emotion] ?? emotion) : emotion,
          });
        }),
      };
    },
  },
];

export const FORMAT_VERSION = MIGRATIONS.length;

/** Bring a journey of format `version` up to FORMAT_VERSION. */
export function migrate(journey: Json, version: number): Json {
  return MIGRATIONS.filter((m) => m.from >= version).reduce((j, m) => m.up(j), journey);
}

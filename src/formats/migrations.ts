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
/** Upgrade each record of a list; anything else is left as found, for validation to point at. */
const eachRecord = (value: unknown, up: (item: Json, index: number) => Json): unknown =>
  Array.isArray(value) ? value.map((item: unknown, i) => (isObject(item) ? up(item, i) : item)) : value;

export const MIGRATIONS: Migration[] = [
  {
    // v0 (pre-release): emotion as a word, touchpoint channels under `channels`, no per-item updatedAt.
    from: 0,
    up(journey) {
      const stamp = typeof journey.updatedAt === 'string' ? journey.updatedAt : journey.createdAt;
      const stamped = (item: Json) => ({ ...item, updatedAt: item.updatedAt ?? stamp });
      const score = (emotion: unknown, index: number) => {
        if (typeof emotion !== 'string') return emotion;
        if (Object.hasOwn(EMOTION_WORDS, emotion)) return EMOTION_WORDS[emotion];
        throw new Error(
          `journey.touchpoints[${index}].emotion: "${emotion}" is not positive, neutral or negative`,
        );
      };
      return {
        ...journey,
        stages: eachRecord(journey.stages, stamped),
        personas: eachRecord(journey.personas, stamped),
        channels: eachRecord(journey.channels, stamped),
        touchpoints: eachRecord(journey.touchpoints, (t, i) => {
          const { channels, emotion, ...rest } = t;
          return stamped({ ...rest, channelIds: rest.channelIds ?? channels, emotion: score(emotion, i) });
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

import { z } from 'zod';

export const EMOTION_MIN = -3;
export const EMOTION_MAX = 3;
/** The seven scores, from most negative to most positive. */
export const EMOTION_SCORES = [-3, -2, -1, 0, 1, 2, 3] as const;

export const emotionScoreSchema = z.number().int().min(EMOTION_MIN).max(EMOTION_MAX);
export type EmotionScore = z.infer<typeof emotionScoreSchema>;

export const VALENCES = ['negative', 'neutral', 'positive'] as const;
export type Valence = (typeof VALENCES)[number];

export function valenceOf(score: number): Valence {
  if (score > 0) return 'positive';
  if (score < 0) return 'negative';
  return 'neutral';
}

export function clampEmotion(score: number): EmotionScore {
  return Math.max(EMOTION_MIN, Math.min(EMOTION_MAX, Math.round(score)));
}

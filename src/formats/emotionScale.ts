import { headerKey } from './headerMatch';

/**
 * How an emotion column is read. Numeric scales are stretched linearly onto −3..3 and rounded to
 * the nearest whole score, halves away from zero (so 1–5 gives −3, −2, 0, 2, 3); a value outside
 * the scale is a problem. `words` reads positive/neutral/negative (and "very …") in English or
 * Spanish, and a whole score from −3 to 3 as Trayecto's CSV writes it; `faces` reads emoji faces.
 */
export const EMOTION_SCALES = ['-3..3', '-2..2', '1-5', '1-10', '0-10', '0-100', 'words', 'faces'] as const;
export type EmotionScale = (typeof EMOTION_SCALES)[number];
type NumericScale = Exclude<EmotionScale, 'words' | 'faces'>;

const RANGES: Record<NumericScale, readonly [number, number]> = {
  '-3..3': [-3, 3],
  '-2..2': [-2, 2],
  '1-5': [1, 5],
  '1-10': [1, 10],
  '0-10': [0, 10],
  '0-100': [0, 100],
};
/** A scale as its messages write it: "1..10", or the faces from saddest to happiest. */
export const scaleLabel = (scale: EmotionScale): string =>
  scale === 'faces'
    ? '😡 😞 🙁 😐 🙂 😊 😄'
    : scale === 'words'
      ? 'positive/neutral/negative'
      : RANGES[scale].join('..');

const EMOTION_WORDS = new Map<string, number>(
  (
    [
      [3, ['very positive', 'muy positivo', 'muy positiva', 'excellent', 'excelente']],
      [2, ['positive', 'positivo', 'positiva']],
      [0, ['neutral', 'neutro', 'neutra']],
      [-2, ['negative', 'negativo', 'negativa']],
      [-3, ['very negative', 'muy negativo', 'muy negativa', 'terrible']],
    ] as const
  ).flatMap(([score, words]) => words.map((w) => [headerKey(w), score] as const)),
);
const FACES = new Map<string, number>(
  (
    [
      [-3, ['😡', '😠', '😤', '😭']],
      [-2, ['😞', '😟', '☹', '😢', ':(']],
      [-1, ['🙁', '😕']],
      [0, ['😐', '😶', '😑', ':|']],
      [1, ['🙂']],
      [2, ['😊', '😀', '😃', ':)']],
      [3, ['😄', '😁', '😍', '🤩', ':D']],
    ] as const
  ).flatMap(([score, faces]) => faces.map((f) => [f, score] as const)),
);

/** A number as spreadsheets write it: "7", "-2", "7,5" (decimal comma), "75%", "−1" (minus sign). */
export function numberInCell(text: string): number | undefined {
  const t = text
    .trim()
    .replace(/%$/, '')
    .replace(/^\u2212/, '-')
    .replace(',', '.');
  return /^[+-]?\d+(\.\d+)?$/.test(t) ? Number(t) : undefined;
}

/** A whole score from −3 to 3, or undefined. */
export function wholeScore(text: string): number | undefined {
  const n = numberInCell(text);
  return n !== undefined && Number.isInteger(n) && n >= -3 && n <= 3 ? n : undefined;
}

/** Nearest whole number, halves away from zero (−1.5 → −2, 1.5 → 2); float noise below 1e-9 ignored. */
const roundHalfAway = (x: number) => {
  const clean = Math.round(x * 1e9) / 1e9;
  return Math.sign(clean) * Math.round(Math.abs(clean)) || 0;
};

/** A cell's emotion on Trayecto's −3..3, read on a scale; undefined when the value is not on it. */
export function emotionOnScale(text: string, scale: EmotionScale): number | undefined {
  const t = text.trim();
  if (scale === 'words') return EMOTION_WORDS.get(headerKey(t)) ?? wholeScore(t);
  if (scale === 'faces') return FACES.get(t.replace(/\uFE0F/g, ''));
  const value = numberInCell(t);
  const [low, high] = RANGES[scale];
  if (value === undefined || value < low || value > high) return undefined;
  return roundHalfAway(-3 + (6 * (value - low)) / (high - low));
}

/** The scale a header names by its units: "(1-10)", "[0–100]", "(-3..3)", "%". */
function scaleOfHeader(header: string): EmotionScale | undefined {
  if (/%/.test(header)) return '0-100';
  const range = /[([]\s*([+\-−]?\d+)\s*(?:-|–|\.\.|to|a)\s*([+\-−]?\d+)\s*[)\]]/.exec(header);
  if (!range) return undefined;
  const [low, high] = [range[1]!, range[2]!].map((n) => Number(n.replace('−', '-')));
  return (Object.keys(RANGES) as NumericScale[]).find((s) => RANGES[s][0] === low && RANGES[s][1] === high);
}

/**
 * The scale an emotion column seems to use: what its header says ("(1-10)"), else what its
 * values fit: faces, words, then the narrowest numeric scale holding every value.
 */
export function proposeEmotionScale(values: readonly string[], header = ''): EmotionScale {
  const named = scaleOfHeader(header);
  if (named) return named;
  const filled = values.map((v) => v.trim()).filter(Boolean);
  if (filled.length === 0) return 'words';
  // The reading most values fit: a stray value is a problem to report, not a reason to read them all as words.
  const faces = filled.filter((v) => emotionOnScale(v, 'faces') !== undefined).length;
  if (faces * 2 > filled.length) return 'faces';
  const numbers = filled.map(numberInCell).filter((n) => n !== undefined);
  if (numbers.length * 2 <= filled.length) return 'words';
  const low = Math.min(...numbers);
  const high = Math.max(...numbers);
  const fits = (['1-5', '-3..3', '1-10', '0-10', '0-100'] as const).find(
    (s) => RANGES[s][0] <= low && high <= RANGES[s][1],
  );
  return fits ?? '-3..3';
}

import { foldAccents, type Language, type Metric } from '../model';

type Preset = Omit<Metric, 'id' | 'name' | 'updatedAt' | 'preset'> & { name: Record<Language, string> };

/** The usual journey metrics, ready to add: scales, directions and sensible targets. */
export const METRIC_PRESETS = {
  csat: {
    name: { en: 'CSAT', es: 'CSAT' },
    kind: 'score',
    unit: '',
    min: 1,
    max: 5,
    good: 'higher',
    target: 4,
    warning: 3.5,
  },
  nps: {
    name: { en: 'NPS', es: 'NPS' },
    kind: 'score',
    unit: '',
    min: -100,
    max: 100,
    good: 'higher',
    target: 30,
    warning: 0,
  },
  ces: {
    name: { en: 'CES', es: 'CES' },
    kind: 'score',
    unit: '',
    min: 1,
    max: 7,
    good: 'lower',
    target: 3,
    warning: 4,
  },
  conversion: {
    name: { en: 'Conversion', es: 'Conversión' },
    kind: 'percentage',
    unit: '%',
    min: 0,
    max: 100,
    good: 'higher',
    target: null,
    warning: null,
  },
  dropOff: {
    name: { en: 'Drop-off', es: 'Abandono' },
    kind: 'percentage',
    unit: '%',
    min: 0,
    max: 100,
    good: 'lower',
    target: null,
    warning: null,
  },
  volume: {
    name: { en: 'Volume', es: 'Volumen' },
    kind: 'count',
    unit: '',
    min: 0,
    max: null,
    good: 'higher',
    target: null,
    warning: null,
  },
  timeToComplete: {
    name: { en: 'Time to complete', es: 'Tiempo para completar' },
    kind: 'duration',
    unit: 'min',
    min: 0,
    max: null,
    good: 'lower',
    target: null,
    warning: null,
  },
  costToServe: {
    name: { en: 'Cost to serve', es: 'Coste de servicio' },
    kind: 'currency',
    unit: '€',
    min: 0,
    max: null,
    good: 'lower',
    target: null,
    warning: null,
  },
} as const satisfies Record<string, Preset>;

export type MetricPresetId = keyof typeof METRIC_PRESETS;
export const METRIC_PRESET_IDS = Object.keys(METRIC_PRESETS) as MetricPresetId[];

/** A metric made from a preset, named in the map's language. */
export function metricFromPreset(
  preset: MetricPresetId,
  language: Language,
  id: string,
): Omit<Metric, 'updatedAt'> {
  const { name, ...fields } = METRIC_PRESETS[preset];
  return { id, name: name[language], preset, ...fields };
}

/** Text folded for matching names typed by people: case, accents and spacing ignored. */
export const foldName = (text: string): string =>
  foldAccents(text)
    .replace(/[\s_-]+/g, ' ')
    .trim();

/** The preset a name means, in either language ("conversión", "NPS", "drop-off"). */
export function presetNamed(name: string): MetricPresetId | undefined {
  const folded = foldName(name);
  return METRIC_PRESET_IDS.find((id) =>
    [METRIC_PRESETS[id].name.en, METRIC_PRESETS[id].name.es, id].some((n) => foldName(n) === folded),
  );
}

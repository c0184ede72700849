import type { Language, Scenario } from '../model';
import type { Localized } from './stageModels';

export const SCENARIO_PRESET_IDS = ['today', 'best', 'worst'] as const;
export type ScenarioPresetId = (typeof SCENARIO_PRESET_IDS)[number];

/** The scenarios the source documents ask teams to draw: the journey today, at its best and at its worst. */
export const SCENARIO_PRESETS: Record<ScenarioPresetId, { name: Localized; description: Localized }> = {
  today: {
    name: { en: 'Today', es: 'Hoy' },
    description: {
      en: 'The journey as customers live it now.',
      es: 'El recorrido tal como lo viven hoy los clientes.',
    },
  },
  best: {
    name: { en: 'Best case', es: 'Mejor caso' },
    description: {
      en: 'Every moment goes as well as it could.',
      es: 'Cada momento sale tan bien como podría.',
    },
  },
  worst: {
    name: { en: 'Worst case', es: 'Peor caso' },
    description: {
      en: 'Everything that can go wrong does.',
      es: 'Todo lo que puede salir mal, sale mal.',
    },
  },
};

export function presetScenario(
  preset: ScenarioPresetId,
  language: Language,
  id: string,
  now: string,
): Scenario {
  const { name, description } = SCENARIO_PRESETS[preset];
  return { id, name: name[language], description: description[language], updatedAt: now };
}

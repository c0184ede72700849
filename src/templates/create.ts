import type { Journey, Language, Stage } from '../model';
import { blankPersona, newId, noMeasures, personaColor } from '../model';
import { defaultChannels } from './channels';
import { presetScenario } from './scenarios';
import { templateBlueprint } from './blueprint';
import { STAGE_MODELS, TEMPLATE_IDS, type TemplateId } from './stageModels';

export interface CreateOptions {
  now: string;
  makeId?: () => string;
  title?: string;
}

export interface TemplateSummary {
  id: TemplateId;
  name: string;
  description: string;
  stageNames: string[];
}

export function listTemplates(language: Language): TemplateSummary[] {
  return TEMPLATE_IDS.map((id) => {
    const model = STAGE_MODELS[id];
    return {
      id,
      name: model.name[language],
      description: model.description[language],
      stageNames: model.stages.map((s) => s.name[language]),
    };
  });
}

export function stagesFromModel(
  templateId: TemplateId,
  language: Language,
  now: string,
  makeId: () => string,
): Stage[] {
  return STAGE_MODELS[templateId].stages.map((s) => ({
    id: makeId(),
    name: s.name[language],
    description: s.description[language],
    color: s.color,
    suggestions: [...s.suggestions[language]],
    updatedAt: now,
  }));
}

/** Only a name: the profile fields start empty (the inspector shows what to write as hints). */
const DEFAULT_PERSONA_NAME = { en: 'Customer', es: 'Cliente' } as const;

/** A new journey on a stage model, in English or Spanish, with one persona and the usual channels. */
export function createJourneyFromTemplate(
  templateId: TemplateId,
  language: Language,
  options: CreateOptions,
): Journey {
  const makeId = options.makeId ?? newId;
  const { now } = options;
  const model = STAGE_MODELS[templateId];
  const persona = blankPersona(makeId(), DEFAULT_PERSONA_NAME[language], personaColor(0), now);
  const stages = stagesFromModel(templateId, language, now, makeId);
  return {
    id: makeId(),
    title: options.title ?? model.name[language],
    situation: '',
    description: '',
    language,
    author: '',
    templateId,
    createdAt: now,
    updatedAt: now,
    scenarios: [presetScenario('today', language, makeId(), now)],
    stages,
    personas: [persona],
    channels: [...defaultChannels(language, now, makeId).values()],
    touchpoints: [],
    annotations: [],
    ...noMeasures(),
    ...templateBlueprint(templateId, language, stages, now, makeId),
    blueprintItems: [],
    branches: [],
    plan: [],
  };
}

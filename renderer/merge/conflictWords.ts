import type { TFunction } from 'i18next';
import type { ConflictValue, WordList } from '../../src/commands';
import type { MergeConflict } from '../../src/model';
import { blueprintFieldLabel, isBlueprintConflict } from '../blueprint/conflictFieldLabel';

/** Where the words of each closed list live in the catalogue. */
const WORD_KEYS: Record<WordList, (word: string) => string> = {
  metricKind: (w) => `measures.kinds.${w}`,
  goodDirection: (w) => `measures.goodDirection.${w}`,
  researchSource: (w) => `research.sources.${w}`,
  researchKind: (w) => `measureFields.researchKinds.${w}`,
  targetType: (w) => `measureFields.targetTypes.${w}`,
};

/** Where the inspector's label of each field lives in the catalogue; a touchpoint's own fields are `touchpoint.<key>`. */
const FIELD_LABEL_KEYS = new Map<string, string>(
  Object.entries({
    color: 'common.colour',
    kind: 'channel.kind',
    personaId: 'inspector.persona',
    stageId: 'inspector.stage',
    scenarioId: 'scenario.shown',
    channelIds: 'touchpoint.channels',
    order: 'merge.position',
    author: 'merge.author',
    suggestions: 'stage.suggestions',
    situation: 'journey.situation',
    language: 'journey.language',
    role: 'persona.role',
    summary: 'persona.summary',
    goals: 'persona.goals',
    needs: 'persona.needs',
    frustrations: 'persona.frustrations',
    quote: 'persona.quote',
    avatar: 'persona.avatar',
  }),
);

/** A metric's fields its inspector names as `measures.<key>`; the others are said in `measureFields.metric`. */
const METRIC_INSPECTOR_FIELDS = new Set(['name', 'good', 'target', 'warning']);

/** The label the inspector gives the field, in the UI language. */
export function fieldLabel(t: TFunction, itemType: MergeConflict['itemType'], key: string): string {
  if (itemType === 'metric' && METRIC_INSPECTOR_FIELDS.has(key)) return t(`measures.${key}`);
  if (itemType === 'metric' || itemType === 'metricValue' || itemType === 'researchNote')
    return t(`measureFields.${itemType}.${key}`, { defaultValue: key });
  if (isBlueprintConflict(itemType)) return blueprintFieldLabel(t, key);
  if (key === 'name') return t(`${itemType}.name`);
  return t(FIELD_LABEL_KEYS.get(key) ?? `touchpoint.${key}`, { defaultValue: key });
}

export function valueWords(t: TFunction, value: ConflictValue): string {
  switch (value.kind) {
    case 'text':
      return value.text;
    case 'list':
      return value.items.join(', ');
    case 'emotion':
      return `${value.score > 0 ? '+' : ''}${value.score} ${t(`emotion.score.${value.score}`)}`;
    case 'flag':
      return value.on ? t('merge.yes') : t('merge.no');
    case 'colour':
      return value.hex;
    case 'picture':
      return t('persona.avatar');
    case 'channelKind':
      return t(`channel.kinds.${value.channelKind}`);
    case 'layerKind':
      return t(`blueprint.kind.${value.layerKind}`);
    case 'planStatus':
      return t(`plan.status.${value.status}`);
    case 'itemType':
      return t(`merge.item.${value.itemType}`);
    case 'language':
      return t(`languages.${value.language}`);
    case 'position':
      return t('merge.positionValue', { position: value.position });
    case 'word':
      return t(WORD_KEYS[value.list](value.word));
    case 'counts':
      return t('measureFields.countsValue', value);
  }
}

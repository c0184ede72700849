import type { TFunction } from 'i18next';
import { BLUEPRINT_MERGEABLE_TYPES, type MergeConflict } from '../../src/model';

const TYPES: readonly MergeConflict['itemType'][] = BLUEPRINT_MERGEABLE_TYPES;

/** Whether a conflict is about an owner, layer, card, loop, branch or plan. */
export const isBlueprintConflict = (itemType: MergeConflict['itemType']) => TYPES.includes(itemType);

/** The conflict dialog's label for a field of an owner, layer, card, loop, branch or plan, in the UI language. */
export function blueprintFieldLabel(t: TFunction, key: string): string {
  switch (key) {
    case 'color':
      return t('common.colour');
    case 'stageId':
      return t('inspector.stage');
    default:
      return t(`blueprint.conflictField.${key}`, { defaultValue: key });
  }
}

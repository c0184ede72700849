import type { TFunction } from 'i18next';
import { BLUEPRINT_MERGEABLE_TYPES, type MergeConflict } from '../../src/model';

const TYPES: readonly MergeConflict['itemType'][] = BLUEPRINT_MERGEABLE_TYPES;

/** Whether a conflict is about an owner, layer, card, loop, branch or plan. */
export const isBlueprintConflict = (itemType: MergeConflict['itemType']) => TYPES.includes(itemType);

/** Fields the inspector names: the conflict dialog says them with its words. */
const INSPECTOR_LABEL_KEYS = new Map<string, string>(
  Object.entries({
    color: 'common.colour',
    stageId: 'inspector.stage',
    kind: 'blueprint.layerKind',
    title: 'blueprint.title',
    description: 'blueprint.description',
    ownerId: 'blueprint.owner',
    layerId: 'blueprint.layer',
    touchpointIds: 'blueprint.serves',
    toStageId: 'blueprint.loopTo',
    toTouchpointId: 'blueprint.branchTo',
    share: 'blueprint.share',
    label: 'blueprint.branchLabel',
  }),
);

/** The conflict dialog's label for a field of an owner, layer, card, loop, branch or plan, in the UI language. */
export function blueprintFieldLabel(t: TFunction, key: string): string {
  return t(INSPECTOR_LABEL_KEYS.get(key) ?? `blueprint.conflictField.${key}`, { defaultValue: key });
}

import type { BlueprintLayer, BlueprintLayerKind, Language, Loop, Owner, Stage } from '../model';
import { BLUEPRINT_LAYER_KINDS } from '../model';
import { STAGE_MODELS, type Localized, type TemplateId } from './stageModels';

/** The departments a new journey starts with: the relationship is not only marketing's and sales'. */
const OWNERS: { name: Localized; color: string }[] = [
  { name: { en: 'Marketing', es: 'Marketing' }, color: '#db2777' },
  { name: { en: 'Sales', es: 'Ventas' }, color: '#2563eb' },
  { name: { en: 'After-sales', es: 'Posventa' }, color: '#0d9488' },
  { name: { en: 'Administration', es: 'Administración' }, color: '#7c3aed' },
  { name: { en: 'Operations', es: 'Operaciones' }, color: '#c2410c' },
];

/** A layer's name when the user has not given it one. */
export const LAYER_NAMES: Localized<Record<BlueprintLayerKind, string>> = {
  en: { frontstage: 'Frontstage', backstage: 'Backstage', support: 'Support processes' },
  es: { frontstage: 'Visible', backstage: 'Interno', support: 'Procesos de soporte' },
};

export const layerName = (layer: Pick<BlueprintLayer, 'kind' | 'name'>, language: Language): string =>
  layer.name || LAYER_NAMES[language][layer.kind];

/** Loops each stage model carries, by stage key: the lifecycle is a cycle. */
const MODEL_LOOPS: Partial<Record<TemplateId, [from: string, to: string][]>> = {
  lifecycle: [['advocacy', 'awareness']],
  relationship: [['reactivation', 'conversion']],
};

/** Owners, the three blueprint layers and the model's loops for a new journey on `stages`. */
export function templateBlueprint(
  templateId: TemplateId,
  language: Language,
  stages: readonly Stage[],
  now: string,
  makeId: () => string,
): { owners: Owner[]; blueprintLayers: BlueprintLayer[]; loops: Loop[] } {
  const keys = STAGE_MODELS[templateId].stages.map((s) => s.key);
  const stageId = (key: string) => stages[keys.indexOf(key)]?.id;
  return {
    owners: OWNERS.map((o) => ({ id: makeId(), name: o.name[language], color: o.color, updatedAt: now })),
    blueprintLayers: BLUEPRINT_LAYER_KINDS.map((kind) => ({
      id: makeId(),
      kind,
      name: LAYER_NAMES[language][kind],
      hidden: false,
      updatedAt: now,
    })),
    loops: (MODEL_LOOPS[templateId] ?? []).flatMap(([from, to]) => {
      const [fromId, toStageId] = [stageId(from), stageId(to)];
      return fromId && toStageId
        ? [{ id: makeId(), fromType: 'stage' as const, fromId, toStageId, label: '', updatedAt: now }]
        : [];
    }),
  };
}

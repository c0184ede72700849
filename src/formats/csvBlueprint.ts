import {
  BLUEPRINT_LAYER_KINDS,
  type BlueprintItem,
  type BlueprintLayer,
  type BlueprintLayerKind,
  type Journey,
  type Language,
  type Owner,
} from '../model';
import { LAYER_NAMES } from '../templates/blueprint';

/** The words a CSV written in each language uses for the blueprint layers (both are read back). */
export const CSV_LAYER_WORDS: Record<Language, Record<BlueprintLayerKind, string>> = {
  en: { frontstage: 'frontstage', backstage: 'backstage', support: 'support' },
  es: { frontstage: 'visible', backstage: 'interno', support: 'soporte' },
};
const KIND_OF_WORD = new Map(
  Object.values(CSV_LAYER_WORDS).flatMap((words) => BLUEPRINT_LAYER_KINDS.map((k) => [words[k], k] as const)),
);

/** A blueprint layer from its CSV word, in either language; undefined when the word is another. */
export const layerKindOfWord = (word: string): BlueprintLayerKind | undefined =>
  KIND_OF_WORD.get(word.trim().toLowerCase());

const OWNER_COLORS = ['#db2777', '#2563eb', '#0d9488', '#7c3aed', '#c2410c', '#4d7c0f'];

/** The blueprint a CSV's rows describe: a layer per kind named, owners by name, items in row order. */
export function csvBlueprintCollector(language: Language, now: string, makeId: () => string) {
  const layers = new Map<BlueprintLayerKind, BlueprintLayer>();
  const owners = new Map<string, Owner>();
  const items: BlueprintItem[] = [];
  return {
    add(kind: BlueprintLayerKind, stageId: string, title: string, description: string, ownerName: string) {
      let layer = layers.get(kind);
      if (!layer) {
        layer = { id: makeId(), kind, name: LAYER_NAMES[language][kind], hidden: false, updatedAt: now };
        layers.set(kind, layer);
      }
      let owner = ownerName ? owners.get(ownerName) : undefined;
      if (ownerName && !owner) {
        owner = {
          id: makeId(),
          name: ownerName,
          color: OWNER_COLORS[owners.size % OWNER_COLORS.length]!,
          updatedAt: now,
        };
        owners.set(ownerName, owner);
      }
      items.push({
        id: makeId(),
        layerId: layer.id,
        stageId,
        title,
        description,
        ...(owner && { ownerId: owner.id }),
        touchpointIds: [],
        updatedAt: now,
      });
    },
    get size() {
      return items.length;
    },
    journeyFields: (): Pick<
      Journey,
      'owners' | 'blueprintLayers' | 'blueprintItems' | 'loops' | 'branches' | 'plan'
    > => ({
      owners: [...owners.values()],
      blueprintLayers: BLUEPRINT_LAYER_KINDS.flatMap((kind) => layers.get(kind) ?? []),
      blueprintItems: items,
      loops: [],
      branches: [],
      plan: [],
    }),
  };
}

/** A blueprint item's row cells, keyed by column: the rest of the row stays empty. */
export function blueprintCsvRows(journey: Journey) {
  const layers = new Map(journey.blueprintLayers.map((l) => [l.id, l]));
  const owners = new Map(journey.owners.map((o) => [o.id, o.name]));
  const stageIndex = new Map(journey.stages.map((s, i) => [s.id, i]));
  const layerIndex = new Map(journey.blueprintLayers.map((l, i) => [l.id, i]));
  return [...journey.blueprintItems]
    .sort(
      (a, b) =>
        stageIndex.get(a.stageId)! - stageIndex.get(b.stageId)! ||
        layerIndex.get(a.layerId)! - layerIndex.get(b.layerId)!,
    )
    .map((item) => ({
      stage: journey.stages[stageIndex.get(item.stageId)!]!.name,
      touchpoint: item.title,
      description: item.description,
      layer: CSV_LAYER_WORDS[journey.language][layers.get(item.layerId)!.kind],
      owner: item.ownerId === undefined ? '' : owners.get(item.ownerId)!,
      stage_order: String(stageIndex.get(item.stageId)! + 1),
    }));
}

import type { Draft } from 'immer';
import type { Journey } from './schema';

/**
 * What the blueprint, loops, branches and plan point at may be deleted by any command (a stage, a
 * touchpoint, a note, an owner): their references go with it, so the journey stays valid. An item
 * whose stage or layer is gone goes too; a link or an owner is only dropped.
 */
export function pruneBlueprint(draft: Draft<Journey>): void {
  const { blueprintItems, loops, branches, plan } = draft;
  if (!blueprintItems.length && !loops.length && !branches.length && !plan.length) return;
  const stages = new Set(draft.stages.map((s) => s.id));
  const touchpoints = new Set(draft.touchpoints.map((t) => t.id));
  const owners = new Set(draft.owners.map((o) => o.id));
  const layers = new Set(draft.blueprintLayers.map((l) => l.id));
  const opportunities = new Set(draft.annotations.filter((a) => a.kind === 'opportunity').map((a) => a.id));
  const ownerGone = (item: { ownerId?: string }) => {
    if (item.ownerId !== undefined && !owners.has(item.ownerId)) delete item.ownerId;
  };
  if (blueprintItems.some((b) => !stages.has(b.stageId) || !layers.has(b.layerId)))
    draft.blueprintItems = blueprintItems.filter((b) => stages.has(b.stageId) && layers.has(b.layerId));
  for (const item of draft.blueprintItems) {
    ownerGone(item);
    if (item.touchpointIds.some((t) => !touchpoints.has(t)))
      item.touchpointIds = item.touchpointIds.filter((t) => touchpoints.has(t));
  }
  const from = (l: { fromType: string; fromId: string }) =>
    (l.fromType === 'stage' ? stages : touchpoints).has(l.fromId);
  if (loops.some((l) => !from(l) || !stages.has(l.toStageId)))
    draft.loops = loops.filter((l) => from(l) && stages.has(l.toStageId));
  if (branches.some((b) => !touchpoints.has(b.touchpointId) || !touchpoints.has(b.toTouchpointId)))
    draft.branches = branches.filter(
      (b) => touchpoints.has(b.touchpointId) && touchpoints.has(b.toTouchpointId),
    );
  if (plan.some((p) => !opportunities.has(p.id))) draft.plan = plan.filter((p) => opportunities.has(p.id));
  draft.plan.forEach(ownerGone);
}

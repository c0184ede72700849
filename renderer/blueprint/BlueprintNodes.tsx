import { memo } from 'react';
import type { Node, NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { EyeOff } from 'lucide-react';
import { updateBlueprintEntry } from '../../src/commands';
import type { LinkFilter } from '../../src/layout/blueprintGrid';
import { layerName } from '../../src/templates/blueprint';
import { useEditor } from '../state/editorStore';
import type { BlueprintCellData, BlueprintLaneData, BlueprintOverlayData } from './blueprintCanvasNodes';
import './blueprint.css';

/** A blueprint layer's band (its name, its kind, a button to hide it), or the band of the loops. */
function BlueprintLaneView({ data }: NodeProps<Node<BlueprintLaneData, 'blueprintLane'>>) {
  const { t, i18n } = useTranslation();
  const { lane } = data;
  if (lane.kind === 'loops')
    return (
      <div className="blueprint-lane is-loops">
        <span className="blueprint-lane-head">
          <span className="blueprint-lane-name">{t('blueprint.loops')}</span>
        </span>
      </div>
    );
  const { layer } = lane;
  const name = layerName(layer, i18n.language === 'es' ? 'es' : 'en');
  return (
    <div
      className={`blueprint-lane is-${layer.kind}`}
      role="group"
      aria-label={t('blueprint.layerGroup', { name })}
    >
      <span className="blueprint-lane-head">
        <span className="blueprint-lane-name">{name}</span>
        {name !== t(`blueprint.kind.${layer.kind}`) && (
          <span className="blueprint-lane-kind">{t(`blueprint.kind.${layer.kind}`)}</span>
        )}
        <button
          type="button"
          className="btn btn-icon"
          aria-label={t('blueprint.hideLayer', { name })}
          title={t('blueprint.hideLayer', { name })}
          onClick={() =>
            useEditor.getState().dispatch(updateBlueprintEntry('blueprintLayers', layer.id, { hidden: true }))
          }
        >
          <EyeOff size={16} />
        </button>
      </span>
    </div>
  );
}

/** A blueprint card: what the company does there, and who owns it. Click to select and edit it. */
function BlueprintItem({ item, owner, ...box }: BlueprintCellData['items'][number]) {
  const { t } = useTranslation();
  const selected = useEditor((s) => s.selection.kind === 'blueprintItem' && s.selection.id === item.id);
  return (
    <button
      type="button"
      className={`blueprint-item${selected ? ' is-selected' : ''}`}
      style={{ ['--owner' as string]: owner?.color ?? 'var(--border)', ...box }}
      aria-pressed={selected}
      aria-label={t('blueprint.itemLabel', {
        title: item.title,
        owner: owner?.name ?? t('blueprint.noOwner'),
      })}
      onClick={(e) => {
        e.stopPropagation();
        useEditor.getState().select({ kind: 'blueprintItem', id: item.id });
      }}
    >
      <span className="blueprint-item-title">{item.title || t('blueprint.untitled')}</span>
      <span className="blueprint-item-owner">{owner?.name ?? t('blueprint.noOwner')}</span>
    </button>
  );
}

/** Links whose connectors show: the selected item's, or the selected touchpoints'; none without either. */
function useConnectorFocus(): LinkFilter | undefined {
  const selection = useEditor((s) => s.selection);
  if (selection.kind === 'blueprintItem') return (itemId) => itemId === selection.id;
  if (selection.kind === 'touchpoints') return (_, touchpointId) => selection.ids.includes(touchpointId);
  return undefined;
}

/** A loop's return arrow or a branch's fork, with its label (text and share) at its middle. */
function LabelledPath({
  className,
  path,
  color,
}: {
  className: string;
  path: BlueprintOverlayData['loops'][number];
  color?: string;
}) {
  return (
    <g className={className} style={color ? { stroke: color } : undefined}>
      <path d={path.d} />
      {path.label && (
        <text x={path.labelX} y={path.labelY} textAnchor="middle">
          {path.label}
        </text>
      )}
    </g>
  );
}

/** The line of interaction and of visibility, the loops' return arrows, the branches and the selection's connectors. */
function BlueprintOverlayView({ data }: NodeProps<Node<BlueprintOverlayData, 'blueprintOverlay'>>) {
  const { t } = useTranslation();
  const shows = useConnectorFocus();
  const connectors = shows ? data.connectors(shows) : [];
  return (
    <svg className="blueprint-overlay" aria-hidden="true">
      {data.lines.map((line) => (
        <g key={line.kind} className={`blueprint-line is-${line.kind}`}>
          <path d={`M0,${line.y} H${data.width}`} />
          <text x={12} y={line.y - 5}>
            {t(`blueprint.line.${line.kind}`)}
          </text>
        </g>
      ))}
      {data.loops.map((loop) => (
        <LabelledPath key={loop.id} className="blueprint-loop" path={loop} />
      ))}
      {data.branches.map((branch) => (
        <LabelledPath key={branch.id} className="blueprint-branch" path={branch} color={branch.color} />
      ))}
      {connectors.map((c) => (
        <path
          key={`${c.itemId}:${c.touchpointId}`}
          className="blueprint-connector"
          data-connector={c.itemId}
          d={c.d}
        />
      ))}
    </svg>
  );
}

export const BlueprintLaneNode = memo(BlueprintLaneView);
/** The cards of one layer in one stage. */
function BlueprintCellView({ data }: NodeProps<Node<BlueprintCellData, 'blueprintCell'>>) {
  return (
    <div className={`blueprint-cell is-${data.layerKind}`}>
      {data.items.map((entry) => (
        <BlueprintItem key={entry.item.id} {...entry} />
      ))}
    </div>
  );
}

export const BlueprintCellNode = memo(BlueprintCellView);
export const BlueprintOverlayNode = memo(BlueprintOverlayView);

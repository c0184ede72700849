import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ArrowDown, ArrowUp, GripVertical, Trash2 } from 'lucide-react';
import {
  addBlueprintEntry,
  deleteBlueprintEntry,
  moveBlueprintEntry,
  updateBlueprintEntry,
} from '../../src/commands';
import { BLUEPRINT_LAYER_KINDS, newId, type BlueprintLayerKind, type Journey } from '../../src/model';
import { LAYER_NAMES, layerName } from '../../src/templates/blueprint';
import { TextField } from '../inspector/fields';
import { useEditor } from '../state/editorStore';
import { SelectField } from '../ui/Select';
import { CheckField } from '../ui/Field';
import { ShareField, shareOf } from './fields';
import { FlowListItem } from './FlowListItem';
import './blueprint.css';
import { PanelSection } from '../ui/PanelSection';

const dispatch = (command: Parameters<ReturnType<typeof useEditor.getState>['dispatch']>[0]) =>
  useEditor.getState().dispatch(command);

/** In the journey's inspector: the blueprint's layers (shown, order, added), its owners and its loops. */
export function JourneyBlueprint({ journey }: { journey: Journey }) {
  // At the foot of the inspector, out of view as a map opens: drawn just after the map rather than before it.
  const drawn = useDeferredValue(true, false);
  return drawn ? <BlueprintSections journey={journey} /> : null;
}

function BlueprintSections({ journey }: { journey: Journey }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'es' ? 'es' : 'en';
  const [kind, setKind] = useState<BlueprintLayerKind>('support');
  const stages = journey.stages.map((s) => [s.id, s.name] as const);
  const [from, setFrom] = useState(journey.stages.at(-1)?.id ?? '');
  const [to, setTo] = useState(journey.stages[0]?.id ?? '');
  const [share, setShare] = useState('');
  // The layer being dragged to a new place in the list (the arrow buttons do the same by keyboard).
  const [dragged, setDragged] = useState<string>();
  const stageName = new Map(journey.stages.map((s) => [s.id, s.name]));
  const touchpointTitle = new Map(journey.touchpoints.map((x) => [x.id, x.title]));
  return (
    <>
      <PanelSection title={t('blueprint.layers')} className="blueprint-section">
        <ul>
          {journey.blueprintLayers.map((layer, i) => {
            const name = layerName(layer, language);
            return (
              <li
                key={layer.id}
                draggable
                className={dragged === layer.id ? 'is-dragged' : undefined}
                onDragStart={(e) => {
                  e.dataTransfer.effectAllowed = 'move';
                  setDragged(layer.id);
                }}
                onDragEnd={() => setDragged(undefined)}
                onDragOver={(e) => dragged && e.preventDefault()}
                onDrop={(e) => {
                  e.preventDefault();
                  if (dragged && dragged !== layer.id)
                    dispatch(moveBlueprintEntry('blueprintLayers', dragged, i));
                  setDragged(undefined);
                }}
              >
                <GripVertical size={16} className="blueprint-grip" aria-hidden="true" />
                <CheckField
                  label={<span>{t('blueprint.showLayer', { name })}</span>}
                  checked={!layer.hidden}
                  onChange={(shown) =>
                    dispatch(updateBlueprintEntry('blueprintLayers', layer.id, { hidden: !shown }))
                  }
                />
                <span />
                <button
                  type="button"
                  className="btn btn-icon"
                  disabled={i === 0}
                  aria-label={t('blueprint.moveLayerUp', { name })}
                  onClick={() => dispatch(moveBlueprintEntry('blueprintLayers', layer.id, i - 1))}
                >
                  <ArrowUp size={16} />
                </button>
                <button
                  type="button"
                  className="btn btn-icon"
                  disabled={i === journey.blueprintLayers.length - 1}
                  aria-label={t('blueprint.moveLayerDown', { name })}
                  onClick={() => dispatch(moveBlueprintEntry('blueprintLayers', layer.id, i + 1))}
                >
                  <ArrowDown size={16} />
                </button>
                <button
                  type="button"
                  className="btn btn-icon"
                  aria-label={t('blueprint.deleteLayer', { name })}
                  onClick={() => dispatch(deleteBlueprintEntry('blueprintLayers', layer.id))}
                >
                  <Trash2 size={16} />
                </button>
              </li>
            );
          })}
        </ul>
        <div>
          <SelectField
            label={t('blueprint.layerKind')}
            value={kind}
            options={BLUEPRINT_LAYER_KINDS.map((k) => [k, t(`blueprint.kind.${k}`)] as const)}
            onChange={setKind}
          />
          <button
            type="button"
            className="btn"
            onClick={() =>
              dispatch(
                addBlueprintEntry('blueprintLayers', {
                  id: newId(),
                  kind,
                  name: LAYER_NAMES[language][kind],
                  hidden: false,
                }),
              )
            }
          >
            {t('blueprint.addLayer')}
          </button>
        </div>
      </PanelSection>
      <PanelSection title={t('blueprint.owners')} className="blueprint-section">
        {journey.owners.map((owner) => (
          <div key={owner.id} className="row">
            <TextField
              label={t('blueprint.ownerName')}
              value={owner.name}
              command={(name) => updateBlueprintEntry('owners', owner.id, { name })}
            />
            <button
              type="button"
              className="btn btn-icon"
              aria-label={t('blueprint.deleteOwner', { name: owner.name })}
              onClick={() => dispatch(deleteBlueprintEntry('owners', owner.id))}
            >
              <Trash2 size={16} />
            </button>
          </div>
        ))}
        <button
          type="button"
          className="btn"
          onClick={() =>
            dispatch(
              addBlueprintEntry('owners', { id: newId(), name: t('blueprint.newOwner'), color: '#4d7c0f' }),
            )
          }
        >
          {t('blueprint.addOwner')}
        </button>
      </PanelSection>
      <PanelSection title={t('blueprint.loops')} className="blueprint-section">
        <ul>
          {journey.loops.map((loop) => {
            const name = t('blueprint.loopName', {
              from: (loop.fromType === 'stage' ? stageName : touchpointTitle).get(loop.fromId),
              to: stageName.get(loop.toStageId),
            });
            return <FlowListItem key={loop.id} list="loops" entry={loop} name={name} />;
          })}
        </ul>
        {stages.length > 0 && (
          <>
            <SelectField label={t('blueprint.loopFrom')} value={from} options={stages} onChange={setFrom} />
            <SelectField label={t('blueprint.loopTo')} value={to} options={stages} onChange={setTo} />
            <ShareField value={share} onChange={setShare} />
            <button
              type="button"
              className="btn"
              onClick={() =>
                dispatch(
                  addBlueprintEntry('loops', {
                    id: newId(),
                    fromType: 'stage',
                    fromId: from,
                    toStageId: to,
                    label: '',
                    ...shareOf(share),
                  }),
                )
              }
            >
              {t('blueprint.addLoop')}
            </button>
          </>
        )}
      </PanelSection>
    </>
  );
}

import { useTranslation } from 'react-i18next';
import {
  clearBlueprintField,
  deleteBlueprintEntry,
  linkBlueprintItem,
  updateBlueprintEntry,
} from '../../src/commands';
import type { BlueprintItem, Journey } from '../../src/model';
import { layerName } from '../../src/templates/blueprint';
import { useTextFields } from '../inspector/useTextFields';
import { useEditor } from '../state/editorStore';
import { CheckField } from '../ui/Field';
import { SelectField } from '../ui/Select';
import './blueprint.css';

const dispatch: ReturnType<typeof useEditor.getState>['dispatch'] = (command, options) =>
  useEditor.getState().dispatch(command, options);

/** A blueprint card: what the company does, in which layer and stage, who owns it, which touchpoints it serves. */
export function BlueprintItemInspector({ journey, item }: { journey: Journey; item: BlueprintItem }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'es' ? 'es' : 'en';
  const update = (patch: Partial<BlueprintItem>) =>
    dispatch(updateBlueprintEntry('blueprintItems', item.id, patch));
  const inStage = journey.touchpoints.filter((tp) => tp.stageId === item.stageId);
  const personas = new Map(journey.personas.map((p) => [p.id, p.name]));
  const text = useTextFields('blueprint', item, (patch) =>
    updateBlueprintEntry('blueprintItems', item.id, patch),
  );
  return (
    <div>
      <h2>{t('blueprint.item')}</h2>
      {text('title')}
      {text('description', { multiline: true })}
      <SelectField
        label={t('blueprint.owner')}
        value={item.ownerId ?? ''}
        options={[['', t('blueprint.noOwner')], ...journey.owners.map((o) => [o.id, o.name] as const)]}
        onChange={(ownerId) =>
          ownerId ? update({ ownerId }) : dispatch(clearBlueprintField('blueprintItems', item.id, 'ownerId'))
        }
      />
      <SelectField
        label={t('blueprint.layer')}
        value={item.layerId}
        options={journey.blueprintLayers.map((l) => [l.id, layerName(l, language)] as const)}
        onChange={(layerId) => update({ layerId })}
      />
      <SelectField
        label={t('inspector.stage')}
        value={item.stageId}
        options={journey.stages.map((s) => [s.id, s.name] as const)}
        onChange={(stageId) => update({ stageId })}
      />
      <fieldset className="field">
        <legend className="field-label">{t('blueprint.serves')}</legend>
        {inStage.length === 0 && <p className="muted">{t('blueprint.noTouchpointsInStage')}</p>}
        {inStage.map((tp) => (
          <CheckField
            key={tp.id}
            label={
              <span>
                {tp.title} <span className="muted">({personas.get(tp.personaId)})</span>
              </span>
            }
            checked={item.touchpointIds.includes(tp.id)}
            onChange={(linked) => dispatch(linkBlueprintItem(item.id, tp.id, linked))}
          />
        ))}
      </fieldset>
      <button
        type="button"
        className="btn btn-danger"
        onClick={() => dispatch(deleteBlueprintEntry('blueprintItems', item.id))}
      >
        {t('blueprint.deleteItem')}
      </button>
    </div>
  );
}

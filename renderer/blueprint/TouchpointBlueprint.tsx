import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addBlueprintEntry } from '../../src/commands';
import { LIMITS, newId, type Journey, type Touchpoint } from '../../src/model';
import { layerName } from '../../src/templates/blueprint';
import { useEditor } from '../state/editorStore';
import { Field } from '../ui/Field';
import { SelectField } from '../ui/Select';
import { ShareField, shareOf } from './fields';
import { FlowListItem } from './FlowListItem';
import { TouchpointLoops } from './TouchpointLoops';
import './blueprint.css';
import { PanelSection } from '../ui/PanelSection';

/**
 * In a touchpoint's inspector: the company behind it (the blueprint cards that serve it, and a card to
 * add under it, already linked) and its alternative next steps (branches).
 */
export function TouchpointBlueprint({ journey, touchpoint }: { journey: Journey; touchpoint: Touchpoint }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'es' ? 'es' : 'en';
  const editor = useEditor.getState;
  const layers = journey.blueprintLayers;
  const [layerId, setLayerId] = useState(
    layers.find((l) => l.kind === 'backstage')?.id ?? layers[0]?.id ?? '',
  );
  const serving = journey.blueprintItems.filter((b) => b.touchpointIds.includes(touchpoint.id));
  const owners = new Map(journey.owners.map((o) => [o.id, o.name]));
  const others = journey.touchpoints.filter(
    (x) => x.personaId === touchpoint.personaId && x.id !== touchpoint.id,
  );
  const [toId, setToId] = useState(others[0]?.id ?? '');
  const [label, setLabel] = useState('');
  const [share, setShare] = useState('');
  const branches = journey.branches.filter((b) => b.touchpointId === touchpoint.id);
  const titleOf = new Map(journey.touchpoints.map((x) => [x.id, x.title]));

  const addCard = () => {
    const id = newId();
    if (
      editor().dispatch(
        addBlueprintEntry('blueprintItems', {
          id,
          layerId,
          stageId: touchpoint.stageId,
          title: t('blueprint.newItem'),
          description: '',
          touchpointIds: [touchpoint.id],
        }),
      )
    )
      editor().select({ kind: 'blueprintItem', id });
  };
  return (
    <>
      <PanelSection title={t('blueprint.behind')} className="blueprint-section">
        <ul>
          {serving.map((b) => (
            <li key={b.id}>
              <button
                type="button"
                className="btn"
                onClick={() => editor().select({ kind: 'blueprintItem', id: b.id })}
              >
                {b.title}
              </button>
              <span className="muted">{b.ownerId ? owners.get(b.ownerId) : t('blueprint.noOwner')}</span>
            </li>
          ))}
        </ul>
        {layers.length > 0 && (
          <div>
            <SelectField
              label={t('blueprint.layer')}
              value={layerId}
              options={layers.map((l) => [l.id, layerName(l, language)] as const)}
              onChange={setLayerId}
            />
            <button type="button" className="btn" onClick={addCard}>
              {t('blueprint.addItem')}
            </button>
          </div>
        )}
      </PanelSection>
      <PanelSection title={t('blueprint.branches')} className="blueprint-section">
        <ul>
          {branches.map((b) => (
            <FlowListItem key={b.id} list="branches" entry={b} name={titleOf.get(b.toTouchpointId) ?? ''} />
          ))}
        </ul>
        {others.length > 0 && (
          <>
            {/* Radios, not a select: touchpoint titles are longer than the panel is wide. */}
            <fieldset className="field">
              <legend className="field-label">{t('blueprint.branchTo')}</legend>
              {others.map((x) => (
                <label key={x.id} className="check">
                  <input
                    type="radio"
                    name={`branch-to-${touchpoint.id}`}
                    checked={toId === x.id}
                    onChange={() => setToId(x.id)}
                  />
                  <span>{x.title}</span>
                </label>
              ))}
            </fieldset>
            <Field label={t('blueprint.branchLabel')}>
              <input
                className="input"
                value={label}
                maxLength={LIMITS.shortText}
                onChange={(e) => setLabel(e.target.value)}
              />
            </Field>
            <ShareField value={share} onChange={setShare} />
            <button
              type="button"
              className="btn"
              onClick={() => {
                if (
                  editor().dispatch(
                    addBlueprintEntry('branches', {
                      id: newId(),
                      touchpointId: touchpoint.id,
                      toTouchpointId: toId,
                      label,
                      ...shareOf(share),
                    }),
                  )
                )
                  setLabel('');
              }}
            >
              {t('blueprint.addBranch')}
            </button>
          </>
        )}
      </PanelSection>
      <TouchpointLoops journey={journey} touchpoint={touchpoint} />
    </>
  );
}

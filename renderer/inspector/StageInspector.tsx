import { useTranslation } from 'react-i18next';
import { ArrowLeft, ArrowRight, Plus } from 'lucide-react';
import { moveStage, updateStage } from '../../src/commands';
import type { Journey, Stage } from '../../src/model';
import { addTouchpointInCell } from '../canvas/addTouchpoint';
import { useEditor } from '../state/editorStore';
import { AnnotationsList } from './AnnotationsList';
import { MeasuredValues } from '../metrics/MeasuredValues';
import { DeleteWithImpact } from './DeleteWithImpact';
import { ColorField } from './fields';
import { MoveButtons } from './MoveButtons';
import { useTextFields } from './useTextFields';
import { PanelSection } from '../ui/PanelSection';

export function StageInspector({ journey, stage }: { journey: Journey; stage: Stage }) {
  const { t } = useTranslation();
  const index = journey.stages.findIndex((s) => s.id === stage.id);
  const persona = journey.personas[0];
  const text = useTextFields('stage', stage, (patch) => updateStage(stage.id, patch));
  return (
    <div>
      <h2>{t('inspector.stage')}</h2>
      {text('name')}
      {text('description', { multiline: true })}
      <ColorField
        label={t('common.colour')}
        value={stage.color}
        command={(color) => updateStage(stage.id, { color })}
      />
      <MoveButtons
        index={index}
        count={journey.stages.length}
        onMove={(to) => useEditor.getState().dispatch(moveStage(stage.id, to))}
        back={
          <>
            <ArrowLeft size={16} /> {t('stage.moveLeft')}
          </>
        }
        forward={
          <>
            {t('stage.moveRight')} <ArrowRight size={16} />
          </>
        }
      />
      {stage.suggestions.length > 0 && (
        <PanelSection title={t('stage.suggestions')}>
          <ul className="suggestions">
            {stage.suggestions.map((suggestion) => (
              <li key={suggestion}>
                <span>{suggestion}</span>
                <button
                  type="button"
                  className="btn btn-icon"
                  disabled={!persona}
                  aria-label={t('stage.addSuggestion', { title: suggestion })}
                  title={t('stage.addSuggestion', { title: suggestion })}
                  onClick={() =>
                    persona &&
                    addTouchpointInCell({ kind: 'persona', id: persona.id, persona }, stage.id, 0, {
                      title: suggestion,
                    })
                  }
                >
                  <Plus size={16} />
                </button>
              </li>
            ))}
          </ul>
        </PanelSection>
      )}
      <MeasuredValues targetType="stage" targetId={stage.id} />
      <AnnotationsList targetType="stage" targetId={stage.id} />
      <DeleteWithImpact journey={journey} axis="stages" id={stage.id} name={stage.name} />
    </div>
  );
}

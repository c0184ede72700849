import { useTranslation } from 'react-i18next';
import { setChannels, updateTouchpoint } from '../../src/commands';
import type { Journey, Touchpoint } from '../../src/model';
import { useEditor } from '../state/editorStore';
import { ChannelIcon } from '../ui/channelIcon';
import { CheckField } from '../ui/Field';
import { AnnotationsList } from './AnnotationsList';
import { EmotionSlider } from './EmotionSlider';
import { useTextFields } from './useTextFields';
import { MeasuredValues } from '../metrics/MeasuredValues';
import { TouchpointEvidence } from '../research/TouchpointEvidence';
import { TouchpointBlueprint } from '../blueprint/TouchpointBlueprint';

export function TouchpointInspector({ journey, touchpoint }: { journey: Journey; touchpoint: Touchpoint }) {
  const { t } = useTranslation();
  const id = touchpoint.id;
  const persona = journey.personas.find((p) => p.id === touchpoint.personaId);
  const stage = journey.stages.find((s) => s.id === touchpoint.stageId);
  const text = useTextFields('touchpoint', touchpoint, (patch) => updateTouchpoint(id, patch));
  return (
    <div>
      <h2>{t('inspector.touchpoint')}</h2>
      <p className="muted">
        {persona?.name} · {stage?.name}
      </p>
      {text('title')}
      {text('description', { multiline: true })}
      <EmotionSlider touchpointId={id} score={touchpoint.emotion} />
      <fieldset className="field channel-picker">
        <legend className="field-label">{t('touchpoint.channels')}</legend>
        {journey.channels.map((c) => (
          <label key={c.id} className="check" style={{ ['--chip' as string]: c.color }}>
            <input
              type="checkbox"
              checked={touchpoint.channelIds.includes(c.id)}
              onChange={(e) =>
                useEditor
                  .getState()
                  .dispatch(
                    setChannels(
                      id,
                      e.target.checked
                        ? [...touchpoint.channelIds, c.id]
                        : touchpoint.channelIds.filter((x) => x !== c.id),
                    ),
                  )
              }
            />
            <ChannelIcon channel={c} size={14} /> {c.name}
          </label>
        ))}
      </fieldset>
      {text('doing', { multiline: true })}
      {text('thinking', { multiline: true })}
      {text('feeling', { multiline: true })}
      <CheckField
        label={t('touchpoint.momentOfTruth')}
        checked={touchpoint.momentOfTruth}
        onChange={(momentOfTruth) => useEditor.getState().dispatch(updateTouchpoint(id, { momentOfTruth }))}
      />
      <TouchpointEvidence journey={journey} touchpoint={touchpoint} />
      <MeasuredValues targetType="touchpoint" targetId={id} />
      <AnnotationsList targetType="touchpoint" targetId={id} />
      <TouchpointBlueprint journey={journey} touchpoint={touchpoint} />
    </div>
  );
}

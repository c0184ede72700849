import { useTranslation } from 'react-i18next';
import { updateJourneyMeta } from '../../src/commands';
import type { Journey } from '../../src/model';
import { useEditor } from '../state/editorStore';
import { Field } from '../ui/Field';
import { LanguageSelect } from '../ui/LanguageSelect';
import { AnnotationsList } from './AnnotationsList';
import { MetricDefinitions } from '../metrics/MetricDefinitions';
import { ChannelsEditor } from './ChannelsEditor';
import { useTextFields } from './useTextFields';
import { Legend } from './Legend';
import { ScenariosEditor } from '../scenarios/ScenariosEditor';
import { JourneyBlueprint } from '../blueprint/JourneyBlueprint';

export function JourneyInspector({ journey }: { journey: Journey }) {
  const { t } = useTranslation();
  const text = useTextFields('journey', journey, updateJourneyMeta);
  return (
    <div>
      <h2>{t('inspector.journey')}</h2>
      {text('title')}
      {text('situation')}
      {text('description', { multiline: true })}
      <Field label={t('journey.language')}>
        <LanguageSelect
          id="journey-language"
          className="input"
          value={journey.language}
          onChange={(language) => useEditor.getState().dispatch(updateJourneyMeta({ language }))}
        />
      </Field>
      <ScenariosEditor journey={journey} />
      <Legend journey={journey} />
      <ChannelsEditor journey={journey} />
      <MetricDefinitions journey={journey} />
      <JourneyBlueprint journey={journey} />
      <AnnotationsList targetType="journey" targetId={journey.id} />
    </div>
  );
}

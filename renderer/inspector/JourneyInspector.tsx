import { useTranslation } from 'react-i18next';
import { updateJourneyMeta } from '../../src/commands';
import { LANGUAGES, type Journey, type Language } from '../../src/model';
import { useEditor } from '../state/editorStore';
import { AnnotationsList } from './AnnotationsList';
import { ChannelsEditor } from './ChannelsEditor';
import { TextField } from './fields';
import { Legend } from './Legend';
import { ScenariosEditor } from './ScenariosEditor';
import { JourneyBlueprint } from '../blueprint/JourneyBlueprint';

export function JourneyInspector({ journey }: { journey: Journey }) {
  const { t } = useTranslation();
  return (
    <div>
      <h2>{t('inspector.journey')}</h2>
      <TextField
        label={t('journey.title')}
        value={journey.title}
        command={(title) => updateJourneyMeta({ title })}
      />
      <TextField
        label={t('journey.situation')}
        value={journey.situation}
        command={(situation) => updateJourneyMeta({ situation })}
      />
      <TextField
        label={t('journey.description')}
        value={journey.description}
        multiline
        maxLength={20000}
        command={(description) => updateJourneyMeta({ description })}
      />
      <div className="field">
        <label className="field-label" htmlFor="journey-language">
          {t('journey.language')}
        </label>
        <select
          id="journey-language"
          className="input"
          value={journey.language}
          onChange={(e) =>
            useEditor.getState().dispatch(updateJourneyMeta({ language: e.target.value as Language }))
          }
        >
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {t(`languages.${l}`)}
            </option>
          ))}
        </select>
      </div>
      <ScenariosEditor journey={journey} />
      <Legend journey={journey} />
      <ChannelsEditor journey={journey} />
      <JourneyBlueprint journey={journey} />
      <AnnotationsList targetType="journey" targetId={journey.id} />
    </div>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Journey, type Language, LIMITS } from '../../src/model';
import { createJourneyFromTemplate, listTemplates, type TemplateId } from '../../src/templates';
import { useSettings } from '../state/settingsStore';
import { DialogActions } from '../ui/DialogActions';
import { Field } from '../ui/Field';
import { LanguageSelect } from '../ui/LanguageSelect';
import { Modal } from '../ui/Modal';

/** Pick a stage model and the map's language; the stages come in that language. */
export function NewJourneyDialog({
  onCreate,
  onClose,
}: {
  onCreate: (journey: Journey) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [language, setLanguage] = useState<Language>(useSettings.getState().language);
  const [templateId, setTemplateId] = useState<TemplateId>('lifecycle');
  const templates = listTemplates(language);
  const [title, setTitle] = useState('');
  const chosen = templates.find((tpl) => tpl.id === templateId)!;
  return (
    <Modal open onOpenChange={(open) => !open && onClose()} title={t('newJourney.title')} wide>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onCreate(
            createJourneyFromTemplate(templateId, language, {
              now: new Date().toISOString(),
              title: title.trim() || chosen.name,
            }),
          );
          onClose();
        }}
      >
        <fieldset className="template-grid">
          <legend className="field-label">{t('newJourney.template')}</legend>
          {templates.map((tpl) => (
            <label key={tpl.id} className={`template-option${tpl.id === templateId ? ' is-chosen' : ''}`}>
              <input
                type="radio"
                name="template"
                value={tpl.id}
                checked={tpl.id === templateId}
                onChange={() => setTemplateId(tpl.id)}
              />
              <strong>{tpl.name}</strong>
              <span className="muted small">{tpl.description}</span>
              <span className="template-stages">{tpl.stageNames.join(' → ')}</span>
            </label>
          ))}
        </fieldset>
        <div className="row">
          <Field label={t('newJourney.language')}>
            <LanguageSelect value={language} onChange={setLanguage} />
          </Field>
          <Field label={t('newJourney.name')} className="grow">
            <input
              value={title}
              placeholder={chosen.name}
              maxLength={LIMITS.shortText}
              onChange={(e) => setTitle(e.target.value)}
            />
          </Field>
        </div>
        <DialogActions label={t('newJourney.create')} onCancel={onClose} />
      </form>
    </Modal>
  );
}

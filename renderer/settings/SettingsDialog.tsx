import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../src/model';
import { useSettings, type Theme } from '../state/settingsStore';
import { DialogActions } from '../ui/DialogActions';
import { Field } from '../ui/Field';
import { LanguageSelect } from '../ui/LanguageSelect';
import { Modal } from '../ui/Modal';
import { SelectField } from '../ui/Select';

const THEMES: Theme[] = ['light', 'dark'];

export function SettingsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { language, theme, author, update } = useSettings();
  return (
    <Modal open onOpenChange={(open) => !open && onClose()} title={t('settings.title')}>
      <Field label={t('settings.language')}>
        <LanguageSelect value={language} onChange={(language) => update({ language })} />
      </Field>
      <SelectField
        label={t('settings.theme')}
        value={theme}
        options={THEMES.map((th) => [th, t(`settings.${th}`)] as const)}
        onChange={(theme) => update({ theme })}
      />
      <Field label={t('settings.author')}>
        <input
          value={author}
          maxLength={LIMITS.shortText}
          onChange={(e) => update({ author: e.target.value })}
        />
      </Field>
      <DialogActions label={t('common.close')} onAction={onClose} />
    </Modal>
  );
}

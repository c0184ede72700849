import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../src/model';
import { useSettings, type Theme } from '../state/settingsStore';
import { LanguageSelect } from '../ui/LanguageSelect';
import { Modal } from '../ui/Modal';

export function SettingsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { language, theme, author, update } = useSettings();
  return (
    <Modal open onOpenChange={(open) => !open && onClose()} title={t('settings.title')}>
      <label className="field">
        <span>{t('settings.language')}</span>
        <LanguageSelect value={language} onChange={(language) => update({ language })} />
      </label>
      <label className="field">
        <span>{t('settings.theme')}</span>
        <select value={theme} onChange={(e) => update({ theme: e.target.value as Theme })}>
          <option value="light">{t('settings.light')}</option>
          <option value="dark">{t('settings.dark')}</option>
        </select>
      </label>
      <label className="field">
        <span>{t('settings.author')}</span>
        <input
          value={author}
          maxLength={LIMITS.shortText}
          onChange={(e) => update({ author: e.target.value })}
        />
      </label>
      <div className="dialog-actions">
        <button type="button" className="btn btn-primary" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </Modal>
  );
}

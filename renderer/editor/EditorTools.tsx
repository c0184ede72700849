import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { History, Moon, Settings, Sun } from 'lucide-react';
import { SettingsDialog } from '../library/SettingsDialog';
import { useSession } from '../state/session';
import { useSettings } from '../state/settingsStore';
import { SnapshotsDialog } from './SnapshotsDialog';

/** Save status, versions, theme and settings, at the right of the editor's toolbar. */
export function EditorTools() {
  const { t } = useTranslation();
  const saving = useSession((s) => s.saving);
  const theme = useSettings((s) => s.theme);
  const [dialog, setDialog] = useState<'snapshots' | 'settings' | null>(null);
  return (
    <>
      <span className="save-status muted small" role="status">
        {saving ? t('editor.saving') : t('editor.saved')}
      </span>
      <button type="button" className="btn" onClick={() => setDialog('snapshots')}>
        <History size={16} /> {t('editor.snapshots')}
      </button>
      <button
        type="button"
        className="btn btn-icon"
        aria-label={t('settings.theme')}
        title={t('settings.theme')}
        onClick={() => useSettings.getState().update({ theme: theme === 'dark' ? 'light' : 'dark' })}
      >
        {theme === 'dark' ? <Sun size={17} /> : <Moon size={17} />}
      </button>
      <button
        type="button"
        className="btn btn-icon"
        aria-label={t('settings.title')}
        title={t('settings.title')}
        onClick={() => setDialog('settings')}
      >
        <Settings size={17} />
      </button>
      {dialog === 'snapshots' && <SnapshotsDialog onClose={() => setDialog(null)} />}
      {dialog === 'settings' && <SettingsDialog onClose={() => setDialog(null)} />}
    </>
  );
}

import { useTranslation } from 'react-i18next';
import { Download, History, Moon, Settings, Sun } from 'lucide-react';
import { openDialog } from '../state/dialogStore';
import { useSession } from '../state/session';
import { useSettings } from '../state/settingsStore';

/** Save status, export, versions, theme and settings, at the right of the editor's toolbar. */
export function EditorTools() {
  const { t } = useTranslation();
  const saving = useSession((s) => s.saving);
  const theme = useSettings((s) => s.theme);
  return (
    <>
      <span className="save-status muted small" role="status">
        {saving ? t('editor.saving') : t('editor.saved')}
      </span>
      <button type="button" className="btn" onClick={() => openDialog({ kind: 'export', format: 'png' })}>
        <Download size={16} /> {t('export.open')}
      </button>
      <button type="button" className="btn" onClick={() => openDialog({ kind: 'snapshots' })}>
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
        onClick={() => openDialog({ kind: 'settings' })}
      >
        <Settings size={17} />
      </button>
    </>
  );
}

import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { Download, GitMerge, History, Moon, Settings, Sun, TriangleAlert } from 'lucide-react';
import { ConflictsDialog } from '../files/ConflictsDialog';
import { mergeFromDisk } from '../files/mergeFile';
import { useEditor } from '../state/editorStore';
import { openDialog } from '../state/dialogStore';
import { SaveStatus } from '../documents/SaveStatus';
import { useSettings } from '../state/settingsStore';
import { IconButton } from '../ui/IconButton';

/** Save status, export, versions, theme and settings, at the right of the editor's toolbar. */
export function EditorTools() {
  const { t } = useTranslation();
  const theme = useSettings((s) => s.theme);
  const conflicts = useEditor((s) => s.journey?.conflicts);
  const [showConflicts, setShowConflicts] = useState(false);
  return (
    <>
      {conflicts && conflicts.length > 0 && (
        <button type="button" className="btn btn-warning" onClick={() => setShowConflicts(true)}>
          <TriangleAlert size={16} /> {t('merge.conflicts', { count: conflicts.length })}
        </button>
      )}
      <IconButton label={t('merge.open')} onClick={() => void mergeFromDisk()}>
        <GitMerge size={17} />
      </IconButton>
      <SaveStatus />
      <button type="button" className="btn" onClick={() => openDialog({ kind: 'export', format: 'png' })}>
        <Download size={16} /> {t('export.open')}
      </button>
      <IconButton label={t('editor.snapshots')} onClick={() => openDialog({ kind: 'snapshots' })}>
        <History size={17} />
      </IconButton>
      <IconButton
        label={t('settings.theme')}
        onClick={() => useSettings.getState().update({ theme: theme === 'dark' ? 'light' : 'dark' })}
      >
        {theme === 'dark' ? <Sun size={17} /> : <Moon size={17} />}
      </IconButton>
      <IconButton label={t('settings.title')} onClick={() => openDialog({ kind: 'settings' })}>
        <Settings size={17} />
      </IconButton>
      {showConflicts && conflicts && (
        <ConflictsDialog conflicts={conflicts} onClose={() => setShowConflicts(false)} />
      )}
    </>
  );
}

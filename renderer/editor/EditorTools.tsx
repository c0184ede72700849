import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import {
  Download,
  FileCode,
  GitMerge,
  History,
  Info,
  Keyboard,
  Moon,
  Settings,
  TriangleAlert,
} from 'lucide-react';
import { ConflictsDialog } from '../merge/ConflictsDialog';
import { mergeFromDisk } from '../merge/mergeFile';
import { useEditor } from '../state/editorStore';
import { openDialog } from '../state/dialogStore';
import { SaveStatus } from '../documents/SaveStatus';
import { useSettings } from '../state/settingsStore';
import { MoreItem, MoreToggle } from './MoreMenu';

/** Conflicts, save status and export, at the right of the editor's toolbar. */
export function EditorTools() {
  const { t } = useTranslation();
  const conflicts = useEditor((s) => s.journey?.conflicts);
  const [showConflicts, setShowConflicts] = useState(false);
  return (
    <>
      {conflicts && conflicts.length > 0 && (
        // The count alone, so that the toolbar stays one row at 1280 px; the words are its name and tooltip.
        <button
          type="button"
          className="btn btn-warning"
          aria-label={t('merge.conflicts', { count: conflicts.length })}
          title={t('merge.conflicts', { count: conflicts.length })}
          onClick={() => setShowConflicts(true)}
        >
          <TriangleAlert size={16} /> {conflicts.length}
        </button>
      )}
      <SaveStatus />
      <button type="button" className="btn" onClick={() => openDialog({ kind: 'export', format: 'png' })}>
        <Download size={16} /> {t('export.open')}
      </button>
      {showConflicts && conflicts && (
        <ConflictsDialog conflicts={conflicts} onClose={() => setShowConflicts(false)} />
      )}
    </>
  );
}

/** Merge, versions, theme, settings and help: the file and app entries of the editor's "More" menu. */
export function EditorMenuItems() {
  const { t } = useTranslation();
  const theme = useSettings((s) => s.theme);
  return (
    <>
      <MoreItem icon={<GitMerge size={16} />} label={t('merge.open')} onSelect={() => void mergeFromDisk()} />
      <MoreItem
        icon={<FileCode size={16} />}
        label={t('mermaid.exportOpen')}
        onSelect={() => openDialog({ kind: 'mermaid', direction: 'export' })}
      />
      <MoreItem
        icon={<History size={16} />}
        label={t('editor.snapshots')}
        onSelect={() => openDialog({ kind: 'snapshots' })}
      />
      <MoreToggle
        icon={<Moon size={16} />}
        label={t('editor.darkTheme')}
        checked={theme === 'dark'}
        onChange={(dark) => useSettings.getState().update({ theme: dark ? 'dark' : 'light' })}
      />
      <MoreItem
        icon={<Settings size={16} />}
        label={t('settings.title')}
        onSelect={() => openDialog({ kind: 'settings' })}
      />
      <MoreItem
        icon={<Keyboard size={16} />}
        label={t('help.shortcuts')}
        onSelect={() => openDialog({ kind: 'shortcuts' })}
      />
      <MoreItem
        icon={<Info size={16} />}
        label={t('help.about')}
        onSelect={() => openDialog({ kind: 'about' })}
      />
    </>
  );
}

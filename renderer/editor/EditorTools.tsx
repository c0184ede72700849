import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import {
  Command,
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
import { actionLabelKey, perform } from '../actions/registry';
import { shortcutHint } from '../actions/shortcuts';
import { ConflictsDialog } from '../merge/ConflictsDialog';
import { useEditor } from '../state/editorStore';
import { SaveStatus } from '../documents/SaveStatus';
import { useSettings } from '../state/settingsStore';
import { MoreAction, MoreToggle } from './MoreMenu';

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
      <button
        type="button"
        className="btn"
        title={t(actionLabelKey('export')) + shortcutHint('export')}
        onClick={() => perform('export')}
      >
        <Download size={16} /> {t(actionLabelKey('export'))}
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
      <MoreAction icon={<GitMerge size={16} />} action="mergeCopy" />
      <MoreAction icon={<FileCode size={16} />} action="exportMermaid" />
      <MoreAction icon={<History size={16} />} action="versions" />
      <MoreToggle
        icon={<Moon size={16} />}
        label={t(actionLabelKey('toggleTheme'))}
        checked={theme === 'dark'}
        onChange={() => perform('toggleTheme')}
      />
      <MoreAction icon={<Settings size={16} />} action="settings" />
      <MoreAction icon={<Command size={16} />} action="commandPalette" />
      <MoreAction icon={<Keyboard size={16} />} action="shortcuts" />
      <MoreAction icon={<Info size={16} />} action="about" />
    </>
  );
}

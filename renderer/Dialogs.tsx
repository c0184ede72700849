import { ExportDialog } from './export/ExportDialog';
import { ImportDialogs } from './import/ImportDialogs';
import { MermaidDialog } from './interchange/MermaidDialog';
import { SnapshotsDialog } from './snapshots/SnapshotsDialog';
import { NewJourneyDialog } from './library/NewJourneyDialog';
import { SettingsDialog } from './settings/SettingsDialog';
import { closeDialog, useDialog } from './state/dialogStore';
import { useEditor } from './state/editorStore';
import { createAndOpen } from './state/session';
import { CommandPalette } from './actions/CommandPalette';
import { AboutDialog } from './ui/AboutDialog';
import { ShortcutsDialog } from './actions/ShortcutsDialog';

/** Whichever app dialog is open, wherever it was asked for (toolbar, menu, keyboard). */
export function Dialogs() {
  const dialog = useDialog((s) => s.dialog);
  const hasJourney = useEditor((s) => s.journey !== null);
  return (
    <>
      <ImportDialogs />
      {dialog?.kind === 'newJourney' && (
        <NewJourneyDialog onCreate={(j) => void createAndOpen(j)} onClose={closeDialog} />
      )}
      {dialog?.kind === 'settings' && <SettingsDialog onClose={closeDialog} />}
      {dialog?.kind === 'shortcuts' && <ShortcutsDialog onClose={closeDialog} />}
      {dialog?.kind === 'about' && <AboutDialog onClose={closeDialog} />}
      {dialog?.kind === 'palette' && <CommandPalette onClose={closeDialog} />}
      {hasJourney && dialog?.kind === 'export' && (
        <ExportDialog initial={dialog.format} onClose={closeDialog} />
      )}
      {hasJourney && dialog?.kind === 'snapshots' && <SnapshotsDialog onClose={closeDialog} />}
      {dialog?.kind === 'mermaid' && <MermaidDialog direction={dialog.direction} onClose={closeDialog} />}
    </>
  );
}

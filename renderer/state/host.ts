import { ACTIONS } from '../actions/registry';
import { runAction, canvasFlow, isTextEntry } from '../editor/useActionShortcuts';
import { enterWorkshop } from '../workshop/workshop';
import { reportDocumentState, saveJourneyToFile } from '../documents/documentFile';
import { openFileFromDisk, openFromHost } from '../import/openJourneyFile';
import { getPlatform } from '../platform';
import type { MenuCommand } from '../platform/types';
import { openDialog } from './dialogStore';
import { useEditor } from './editorStore';
import { closeJourney, useSession } from './session';
import { useSettings } from './settingsStore';

const EDIT_ACTIONS: Partial<Record<MenuCommand, { action: string; native: string }>> = {
  'edit.undo': { action: 'undo', native: 'undo' },
  'edit.redo': { action: 'redo', native: 'redo' },
  'edit.cut': { action: 'cut', native: 'cut' },
  'edit.copy': { action: 'copy', native: 'copy' },
  'edit.paste': { action: 'paste', native: 'paste' },
  'edit.delete': { action: 'delete', native: 'delete' },
  'edit.selectAll': { action: 'select-all', native: 'selectAll' },
};
const VIEW_ACTIONS: Partial<Record<MenuCommand, string>> = {
  'view.zoomIn': 'zoom-in',
  'view.zoomOut': 'zoom-out',
  'view.fit': 'fit',
  'view.channelView': 'channel-view',
};
const EXPORTS = {
  'file.exportPng': 'png',
  'file.exportSvg': 'svg',
  'file.exportPdf': 'pdf',
  'file.exportJson': 'json',
  'file.exportCsv': 'csv',
} as const;

/** A command from the native menu. Edit commands go to a focused text field first, like in any editor. */
export function handleMenuCommand(command: MenuCommand): void {
  const edit = EDIT_ACTIONS[command];
  if (edit) {
    // execCommand is deprecated but is still the only way to drive a field's own undo stack.
    const viaClipboard = ACTIONS.some((a) => a.id === edit.action && a.clipboardEvent);
    if (isTextEntry(document.activeElement)) document.execCommand(edit.native);
    // The canvas's copy, cut and paste reach the system clipboard through its events (useSheetClipboard).
    else if (!(viaClipboard && document.execCommand(edit.native))) runAction(edit.action, canvasFlow.current);
    return;
  }
  const view = VIEW_ACTIONS[command];
  if (view) {
    runAction(view, canvasFlow.current);
    return;
  }
  const inEditor = useSession.getState().screen === 'editor' && useEditor.getState().journey !== null;
  switch (command) {
    case 'file.new':
      void closeJourney().then(() => openDialog({ kind: 'newJourney' }));
      return;
    case 'file.open':
    case 'file.importCsv':
      void openFileFromDisk();
      return;
    case 'file.save':
    case 'file.saveAs':
      if (inEditor) void saveJourneyToFile(command === 'file.saveAs');
      return;
    case 'file.close':
      void closeJourney();
      return;
    case 'view.theme':
      useSettings.getState().update({ theme: useSettings.getState().theme === 'dark' ? 'light' : 'dark' });
      return;
    case 'view.presentation':
      if (inEditor) enterWorkshop(canvasFlow.current);
      return;
    case 'help.shortcuts':
      openDialog({ kind: 'shortcuts' });
      return;
    case 'help.about':
      openDialog({ kind: 'about' });
      return;
    default:
      if (command in EXPORTS && inEditor)
        openDialog({ kind: 'export', format: EXPORTS[command as keyof typeof EXPORTS] });
  }
}

/** Listen to the host (native menu, files opened by the OS) and tell it the UI language. Returns the cleanup. */
export function connectHost(): () => void {
  const platform = getPlatform();
  const stopMenu = platform.onMenuCommand(handleMenuCommand);
  const stopFiles = platform.onOpenFile((file) => void openFromHost(file));
  platform.setLanguage(useSettings.getState().language);
  const stopLanguage = useSettings.subscribe((state, previous) => {
    if (state.language !== previous.language) platform.setLanguage(state.language);
  });
  const stopDocument = useEditor.subscribe((state, previous) => {
    if (state.journey !== previous.journey) reportDocumentState(state.journey);
  });
  return () => {
    stopDocument();
    stopMenu();
    stopFiles();
    stopLanguage();
  };
}

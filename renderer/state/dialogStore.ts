import { create } from 'zustand';

/** What the Export dialog makes; the menu and the keyboard open it on one of them. */
export type ExportFormat = 'png' | 'svg' | 'pdf' | 'html' | 'xlsx' | 'json' | 'csv' | 'notes';

/** The app-wide dialogs that the menu, the toolbar and the keyboard can all open. Session state. */
export type AppDialog =
  | { kind: 'newJourney' }
  | { kind: 'export'; format: ExportFormat }
  | { kind: 'snapshots' }
  | { kind: 'mermaid'; direction: 'import' | 'export' }
  | { kind: 'settings' }
  | { kind: 'shortcuts' }
  | { kind: 'palette' }
  | { kind: 'about' }
  | { kind: 'newScenario' }
  | { kind: 'compareScenarios' };

export const useDialog = create<{ dialog: AppDialog | null }>()(() => ({ dialog: null }));
export const openDialog = (dialog: AppDialog) => useDialog.setState({ dialog });
export const closeDialog = () => useDialog.setState({ dialog: null });

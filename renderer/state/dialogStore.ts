import { create } from 'zustand';
import type { ExportFormat } from '../files/exportJourney';

/** The app-wide dialogs that the menu, the toolbar and the keyboard can all open. Session state. */
export type AppDialog =
  | { kind: 'newJourney' }
  | { kind: 'export'; format: ExportFormat }
  | { kind: 'snapshots' }
  | { kind: 'mermaid'; direction: 'import' | 'export' }
  | { kind: 'settings' }
  | { kind: 'shortcuts' }
  | { kind: 'palette' }
  | { kind: 'about' };

export const useDialog = create<{ dialog: AppDialog | null }>()(() => ({ dialog: null }));
export const openDialog = (dialog: AppDialog) => useDialog.setState({ dialog });
export const closeDialog = () => useDialog.setState({ dialog: null });

import type { ActionPlatform } from '../../src/actions';
import type { Journey } from '../../src/model';
import { canvasFlow } from '../canvas/flowInstance';
import type { CanvasFlow, Lane } from '../canvas/layout';
import { saveJourneyToFile } from '../documents/documentFile';
import { mergeFromDisk } from '../merge/mergeFile';
import { openFileFromDisk } from '../import/openJourneyFile';
import { openDialog, type AppDialog } from '../state/dialogStore';
import { useEditor, type EditorState } from '../state/editorStore';
import { closeJourney, useSession } from '../state/session';
import { useSettings, type SettingsState } from '../state/settingsStore';
import { getShownJourney } from '../state/shownJourney';
import { useUi, type UiState } from '../state/uiStore';
import { currentPlatform } from './shortcuts';

/** A cell of the map an action was asked for in (the canvas's context menu): where to add or paste. */
export interface CellTarget {
  lane: Lane;
  stageId: string;
  /** The emotion and the place in the cell under the pointer. */
  emotion: number;
  index?: number;
}

/** What an action may read and change: the app's state at the moment it runs, and the host's files. */
export interface AppContext {
  platform: ActionPlatform;
  screen: 'library' | 'editor';
  editor: EditorState;
  ui: UiState;
  settings: SettingsState;
  /** The journey as the scenario on show sees it; null in the library. */
  journey: Journey | null;
  selectedIds: readonly string[];
  flow: CanvasFlow | null;
  cell: CellTarget | null;
  openDialog(dialog: AppDialog): void;
  documents: {
    open(): Promise<void>;
    save(saveAs: boolean): Promise<void>;
    merge(): Promise<void>;
    /** Back to the library; false when the map's last change could not be written (it stays open). */
    close(): Promise<boolean>;
  };
}

/** The context of an action that needs a map open. */
export interface MapContext extends AppContext {
  journey: Journey;
}

const documents: AppContext['documents'] = {
  open: openFileFromDisk,
  save: saveJourneyToFile,
  merge: mergeFromDisk,
  close: closeJourney,
};

/** The context for an action run now, from the keyboard, a button, a menu or the palette. */
export function actionContext(cell: CellTarget | null = null): AppContext {
  const editor = useEditor.getState();
  return {
    platform: currentPlatform(),
    screen: useSession.getState().screen,
    editor,
    ui: useUi.getState(),
    settings: useSettings.getState(),
    journey: getShownJourney(),
    selectedIds: editor.selection.kind === 'touchpoints' ? editor.selection.ids : [],
    flow: canvasFlow.current,
    cell,
    openDialog,
    documents,
  };
}

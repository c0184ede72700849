import type { CanvasFlow } from '../canvas/layout';
import {
  deleteTouchpoints,
  duplicateTouchpoints,
  moveTouchpoint,
  pasteTouchpoints,
  setEmotion,
} from '../../src/commands';
import { newId, type Journey } from '../../src/model';
import { useEditor, type EditorState } from '../state/editorStore';
import { openDialog } from '../state/dialogStore';
import { useUi } from '../state/uiStore';
import { addTouchpointInCell } from '../canvas/addTouchpoint';
import { enterWorkshop } from '../workshop/workshop';
import { copyTouchpoints, readClip } from './clipboard';
import { neighbour, type Direction } from './navigation';
import type { Shortcut } from './shortcuts';

export interface ActionContext {
  editor: EditorState;
  journey: Journey;
  selectedIds: string[];
  flow: CanvasFlow | null;
}

/**
 * One user action, read by the keyboard handler, the toolbar, the native menu and the
 * shortcuts help alike: one place to add a shortcut, no drift between them.
 */
export interface Action {
  id: string;
  /** i18n key of the label. */
  label: string;
  shortcuts: Shortcut[];
  /** Its keys work in text fields too: the browser would otherwise take them (Ctrl+P prints). */
  anywhere?: boolean;
  canRun(context: ActionContext): boolean;
  run(context: ActionContext): void;
  /**
   * The browser's own clipboard event that runs this action from the keyboard (its shortcut is left
   * to the browser, so that the system clipboard is read and written: see useSheetClipboard).
   */
  clipboardEvent?: 'copy' | 'cut' | 'paste';
}

const hasSelection = ({ selectedIds }: ActionContext) => selectedIds.length > 0;
const selectIds = (ids: readonly string[]) =>
  useEditor.getState().select(ids.length ? { kind: 'touchpoints', ids: [...ids] } : { kind: 'none' });

function navigate(direction: Direction): Action {
  return {
    id: `select-${direction}`,
    label: `actions.select.${direction}`,
    shortcuts: [{ key: `Arrow${direction[0]!.toUpperCase()}${direction.slice(1)}` }],
    canRun: ({ journey }) => journey.touchpoints.length > 0,
    run({ journey, selectedIds, flow }) {
      const next = neighbour(journey, selectedIds[selectedIds.length - 1], direction);
      if (!next) return;
      selectIds([next.id]);
      const node = flow?.getNode(next.id);
      if (node && flow)
        void flow.fitView({ nodes: [node], maxZoom: flow.getZoom(), minZoom: flow.getZoom(), duration: 150 });
    },
  };
}

function shiftEmotion(delta: 1 | -1): Action {
  return {
    id: delta > 0 ? 'emotion-up' : 'emotion-down',
    label: delta > 0 ? 'actions.emotionUp' : 'actions.emotionDown',
    shortcuts:
      delta > 0
        ? [{ key: '+' }, { key: '=' }, { key: 'ArrowUp', alt: true }]
        : [{ key: '-' }, { key: 'ArrowDown', alt: true }],
    canRun: hasSelection,
    run({ editor, journey, selectedIds }) {
      for (const id of selectedIds) {
        const t = journey.touchpoints.find((x) => x.id === id);
        if (t) editor.dispatch(setEmotion([id], t.emotion + delta));
      }
    },
  };
}

function moveAcrossStages(delta: 1 | -1): Action {
  return {
    id: delta > 0 ? 'move-next-stage' : 'move-previous-stage',
    label: delta > 0 ? 'actions.moveNextStage' : 'actions.movePreviousStage',
    shortcuts: [{ key: delta > 0 ? 'ArrowRight' : 'ArrowLeft', alt: true }],
    canRun: ({ selectedIds }) => selectedIds.length === 1,
    run({ editor, journey, selectedIds }) {
      const t = journey.touchpoints.find((x) => x.id === selectedIds[0]);
      const stageIndex = journey.stages.findIndex((s) => s.id === t?.stageId);
      const target = journey.stages[stageIndex + delta];
      if (t && target)
        editor.dispatch(
          moveTouchpoint(t.id, t.personaId, target.id, delta > 0 ? 0 : Number.MAX_SAFE_INTEGER),
        );
    },
  };
}

export const ACTIONS: Action[] = [
  {
    id: 'undo',
    label: 'actions.undo',
    shortcuts: [{ key: 'z', mod: true }],
    canRun: ({ editor }) => editor.history.past.length > 0,
    run: ({ editor }) => editor.undo(),
  },
  {
    id: 'redo',
    label: 'actions.redo',
    shortcuts: [
      { key: 'z', mod: true, shift: true },
      { key: 'y', mod: true },
    ],
    canRun: ({ editor }) => editor.history.future.length > 0,
    run: ({ editor }) => editor.redo(),
  },
  {
    id: 'delete',
    label: 'actions.delete',
    shortcuts: [{ key: 'Delete' }, { key: 'Backspace' }],
    canRun: hasSelection,
    run: ({ editor, selectedIds }) => void editor.dispatch(deleteTouchpoints(selectedIds)),
  },
  {
    id: 'duplicate',
    label: 'actions.duplicate',
    shortcuts: [{ key: 'd', mod: true }],
    canRun: hasSelection,
    run({ editor, selectedIds }) {
      const command = duplicateTouchpoints(selectedIds, newId);
      if (editor.dispatch(command)) selectIds(command.createdIds ?? []);
    },
  },
  {
    id: 'copy',
    label: 'actions.copy',
    shortcuts: [{ key: 'c', mod: true }],
    clipboardEvent: 'copy',
    canRun: hasSelection,
    run: ({ journey, selectedIds }) => void copyTouchpoints(journey, selectedIds),
  },
  {
    id: 'cut',
    label: 'actions.cut',
    shortcuts: [{ key: 'x', mod: true }],
    clipboardEvent: 'cut',
    canRun: hasSelection,
    run({ editor, journey, selectedIds }) {
      copyTouchpoints(journey, selectedIds);
      editor.dispatch(deleteTouchpoints(selectedIds));
    },
  },
  {
    id: 'paste',
    label: 'actions.paste',
    shortcuts: [{ key: 'v', mod: true }],
    clipboardEvent: 'paste',
    canRun: ({ journey }) =>
      readClip() !== undefined && journey.personas.length > 0 && journey.stages.length > 0,
    run({ editor, journey, selectedIds }) {
      const clip = readClip();
      if (!clip) return;
      const anchor = journey.touchpoints.find((t) => t.id === selectedIds[selectedIds.length - 1]);
      const personaId = anchor?.personaId ?? journey.personas[0]!.id;
      const stageId = anchor?.stageId ?? journey.stages[0]!.id;
      const command = pasteTouchpoints(
        clip,
        { scenarioId: journey.scenarios[0]!.id, personaId, stageId },
        newId,
      );
      if (editor.dispatch(command)) selectIds(command.createdIds ?? []);
    },
  },
  {
    id: 'add-touchpoint',
    label: 'actions.addTouchpoint',
    shortcuts: [{ key: 'n' }],
    canRun: ({ journey }) => journey.personas.length > 0 && journey.stages.length > 0,
    run({ journey, selectedIds }) {
      // After the selected card, in its cell; else in the first cell of the map.
      const anchor = journey.touchpoints.find((t) => t.id === selectedIds[selectedIds.length - 1]);
      const persona = journey.personas.find((p) => p.id === anchor?.personaId) ?? journey.personas[0]!;
      addTouchpointInCell(
        { kind: 'persona', id: persona.id, persona },
        anchor?.stageId ?? journey.stages[0]!.id,
        anchor?.emotion ?? 0,
        {
          index: anchor ? anchor.order + 1 : undefined,
        },
      );
    },
  },
  {
    id: 'select-all',
    label: 'actions.selectAll',
    shortcuts: [{ key: 'a', mod: true }],
    canRun: ({ journey }) => journey.touchpoints.length > 0,
    run: ({ journey }) => selectIds(journey.touchpoints.map((t) => t.id)),
  },
  {
    id: 'edit-title',
    label: 'actions.editTitle',
    shortcuts: [{ key: 'Enter' }, { key: 'F2' }],
    canRun: ({ selectedIds }) => selectedIds.length === 1,
    run: ({ selectedIds }) => useUi.getState().setEditing(selectedIds[0]!),
  },
  {
    id: 'deselect',
    label: 'actions.deselect',
    shortcuts: [{ key: 'Escape' }],
    canRun: () => true,
    run: () => selectIds([]),
  },
  navigate('left'),
  navigate('right'),
  navigate('up'),
  navigate('down'),
  shiftEmotion(1),
  shiftEmotion(-1),
  moveAcrossStages(-1),
  moveAcrossStages(1),
  {
    id: 'zoom-in',
    label: 'actions.zoomIn',
    shortcuts: [{ key: '=', mod: true }],
    canRun: ({ flow }) => flow !== null,
    run: ({ flow }) => void flow?.zoomIn({ duration: 150 }),
  },
  {
    id: 'zoom-out',
    label: 'actions.zoomOut',
    shortcuts: [{ key: '-', mod: true }],
    canRun: ({ flow }) => flow !== null,
    run: ({ flow }) => void flow?.zoomOut({ duration: 150 }),
  },
  {
    id: 'fit',
    label: 'actions.fit',
    shortcuts: [{ key: '0', mod: true }],
    canRun: ({ flow }) => flow !== null,
    run: ({ flow }) => void flow?.fitView({ duration: 200, padding: 0.05 }),
  },
  {
    id: 'workshop',
    label: 'actions.workshop',
    shortcuts: [{ key: 'F5' }],
    canRun: ({ journey }) => journey.stages.length > 0,
    run: ({ flow }) => enterWorkshop(flow),
  },
  {
    id: 'export-pdf',
    label: 'actions.exportPdf',
    shortcuts: [{ key: 'p', mod: true }],
    anywhere: true,
    canRun: () => true,
    run: () => openDialog({ kind: 'export', format: 'pdf' }),
  },
  {
    id: 'channel-view',
    label: 'actions.channelView',
    shortcuts: [{ key: 'k', mod: true }],
    canRun: () => true,
    run: () => {
      const ui = useUi.getState();
      ui.setMode(ui.mode === 'personas' ? 'channels' : 'personas');
    },
  },
];

export const actionById = (id: string): Action | undefined => ACTIONS.find((a) => a.id === id);

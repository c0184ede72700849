import i18next from 'i18next';
import {
  ACTION_SPECS,
  EMOTION_ACTIONS,
  type ActionId,
  type ActionScope,
  type ScopeOf,
} from '../../src/actions';
import {
  addPersona,
  addStage,
  deleteTouchpoints,
  duplicateTouchpoints,
  moveTouchpoint,
  pasteTouchpoints,
  setEmotion,
} from '../../src/commands';
import { blankPersona, newId } from '../../src/model';
import { addTouchpointInCell } from '../canvas/addTouchpoint';
import { enterWorkshop } from '../workshop/workshop';
import type { ExportFormat } from '../state/dialogStore';
import type { SidePanel, WorkshopControls } from '../state/uiStore';
import { copyTouchpoints, readClip } from './clipboard';
import { actionContext, type AppContext, type CellTarget, type MapContext } from './context';
import { neighbour, type Direction } from './navigation';
import { isTextEntry } from './shortcuts';

/**
 * How an action runs. The keyboard, the toolbar, the canvas's context menu, the command palette and the
 * desktop menu all run actions through here; the id, keys and words are in src/actions.
 */
interface Runner<C> {
  /** Whether it can run now; always, when absent. */
  canRun?(context: C): boolean;
  run(context: C): void;
}

type ContextOf<Id extends ActionId> = ScopeOf<Id> extends 'global' ? AppContext : MapContext;

const PALETTE = ['#2454d6', '#0f9d8a', '#c2410c', '#7c3aed', '#be185d', '#4d7c0f', '#0369a1', '#a16207'];

const hasSelection = ({ selectedIds }: MapContext) => selectedIds.length > 0;
const oneSelected = ({ selectedIds }: MapContext) => selectedIds.length === 1;
const hasCells = ({ journey }: MapContext) => journey.personas.length > 0 && journey.stages.length > 0;
const selectIds = ({ editor }: MapContext, ids: readonly string[]) =>
  editor.select(ids.length ? { kind: 'touchpoints', ids: [...ids] } : { kind: 'none' });
/** The last card selected: where adding and pasting go when no cell was pointed at. */
const anchorOf = ({ journey, selectedIds }: MapContext) =>
  journey.touchpoints.find((t) => t.id === selectedIds[selectedIds.length - 1]);

function exportAs(format: ExportFormat): Runner<MapContext> {
  return { run: ({ openDialog }) => openDialog({ kind: 'export', format }) };
}

function navigate(direction: Direction): Runner<MapContext> {
  return {
    canRun: ({ journey }) => journey.touchpoints.length > 0,
    run(context) {
      const { journey, selectedIds, flow } = context;
      const next = neighbour(journey, selectedIds[selectedIds.length - 1], direction);
      if (!next) return;
      selectIds(context, [next.id]);
      const node = flow?.getNode(next.id);
      if (node && flow)
        void flow.fitView({ nodes: [node], maxZoom: flow.getZoom(), minZoom: flow.getZoom(), duration: 150 });
    },
  };
}

function shiftEmotion(delta: 1 | -1): Runner<MapContext> {
  return {
    canRun: hasSelection,
    run({ editor, journey, selectedIds }) {
      for (const id of selectedIds) {
        const t = journey.touchpoints.find((x) => x.id === id);
        if (t) editor.dispatch(setEmotion([id], t.emotion + delta));
      }
    },
  };
}

function setEmotionTo(score: number): Runner<MapContext> {
  return {
    canRun: hasSelection,
    run: ({ editor, selectedIds }) => void editor.dispatch(setEmotion([...selectedIds], score)),
  };
}

function moveAcrossStages(delta: 1 | -1): Runner<MapContext> {
  return {
    canRun: oneSelected,
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

/** A tab of the side panel, the panel opened if it was folded away. */
function showPanel(panel: SidePanel): Runner<MapContext> {
  return {
    run({ ui, settings }) {
      ui.setPanel(panel);
      settings.update({ sidePanel: true });
    },
  };
}

/** The zoom keys zoom the canvas, or in workshop mode the step's framing (which holds from stage to stage). */
function zoom(
  change: Parameters<WorkshopControls['zoom']>[0],
  onCanvas: (flow: NonNullable<AppContext['flow']>) => void,
): Runner<MapContext> {
  return {
    canRun: ({ flow }) => flow !== null,
    run({ flow, ui }) {
      if (ui.workshop) ui.workshopControls?.zoom(change);
      else if (flow) onCanvas(flow);
    },
  };
}

function inWorkshop(act: (controls: WorkshopControls) => void): Runner<MapContext> {
  return {
    canRun: ({ ui }) => ui.workshopControls !== null,
    run: ({ ui }) => ui.workshopControls && act(ui.workshopControls),
  };
}

const RUNNERS: { [Id in ActionId]: Runner<ContextOf<Id>> } = {
  newJourney: {
    run: ({ documents, openDialog }) =>
      void documents.close().then((closed) => closed && openDialog({ kind: 'newJourney' })),
  },
  openFile: { run: ({ documents }) => void documents.open() },
  commandPalette: { run: ({ openDialog }) => openDialog({ kind: 'palette' }) },
  settings: { run: ({ openDialog }) => openDialog({ kind: 'settings' }) },
  toggleTheme: {
    run: ({ settings }) => settings.update({ theme: settings.theme === 'dark' ? 'light' : 'dark' }),
  },
  shortcuts: { run: ({ openDialog }) => openDialog({ kind: 'shortcuts' }) },
  about: { run: ({ openDialog }) => openDialog({ kind: 'about' }) },
  save: { run: ({ documents }) => void documents.save(false) },
  saveAs: { run: ({ documents }) => void documents.save(true) },
  export: exportAs('png'),
  exportPdf: exportAs('pdf'),
  exportPng: exportAs('png'),
  exportSvg: exportAs('svg'),
  exportJson: exportAs('json'),
  exportCsv: exportAs('csv'),
  exportMermaid: { run: ({ openDialog }) => openDialog({ kind: 'mermaid', direction: 'export' }) },
  mergeCopy: { run: ({ documents }) => void documents.merge() },
  versions: { run: ({ openDialog }) => openDialog({ kind: 'snapshots' }) },
  closeJourney: { run: ({ documents }) => void documents.close() },
  undo: { canRun: ({ editor }) => editor.history.past.length > 0, run: ({ editor }) => editor.undo() },
  redo: { canRun: ({ editor }) => editor.history.future.length > 0, run: ({ editor }) => editor.redo() },
  cut: {
    canRun: hasSelection,
    run({ editor, journey, selectedIds }) {
      copyTouchpoints(journey, selectedIds);
      editor.dispatch(deleteTouchpoints([...selectedIds]));
    },
  },
  copy: {
    canRun: hasSelection,
    run: ({ journey, selectedIds }) => void copyTouchpoints(journey, selectedIds),
  },
  paste: {
    canRun: (context) => readClip() !== undefined && hasCells(context),
    run(context) {
      const { editor, journey, cell } = context;
      const clip = readClip();
      if (!clip) return;
      const anchor = anchorOf(context);
      const personaId =
        (cell?.lane.kind === 'persona' ? cell.lane.id : anchor?.personaId) ?? journey.personas[0]!.id;
      const stageId = cell?.stageId ?? anchor?.stageId ?? journey.stages[0]!.id;
      const command = pasteTouchpoints(
        clip,
        { scenarioId: journey.scenarios[0]!.id, personaId, stageId },
        newId,
      );
      if (editor.dispatch(command)) selectIds(context, command.createdIds ?? []);
    },
  },
  delete: {
    canRun: hasSelection,
    run: ({ editor, selectedIds }) => void editor.dispatch(deleteTouchpoints([...selectedIds])),
  },
  duplicate: {
    canRun: hasSelection,
    run(context) {
      const command = duplicateTouchpoints([...context.selectedIds], newId);
      if (context.editor.dispatch(command)) selectIds(context, command.createdIds ?? []);
    },
  },
  selectAll: {
    canRun: ({ journey }) => journey.touchpoints.length > 0,
    run: (context) =>
      selectIds(
        context,
        context.journey.touchpoints.map((t) => t.id),
      ),
  },
  addTouchpoint: {
    canRun: hasCells,
    run(context) {
      const { journey, cell } = context;
      if (cell) {
        addTouchpointInCell(cell.lane, cell.stageId, cell.emotion, { index: cell.index });
        return;
      }
      // After the selected card, in its cell; else in the first cell of the map.
      const anchor = anchorOf(context);
      const persona = journey.personas.find((p) => p.id === anchor?.personaId) ?? journey.personas[0]!;
      addTouchpointInCell(
        { kind: 'persona', id: persona.id, persona },
        anchor?.stageId ?? journey.stages[0]!.id,
        anchor?.emotion ?? 0,
        { index: anchor ? anchor.order + 1 : undefined },
      );
    },
  },
  addStage: {
    run({ editor, journey }) {
      const id = newId();
      const color = PALETTE[journey.stages.length % PALETTE.length]!;
      const stage = { id, name: i18next.t('stage.new'), description: '', color, suggestions: [] };
      if (editor.dispatch(addStage(stage))) editor.select({ kind: 'stage', id });
    },
  },
  addPersona: {
    run({ editor, journey }) {
      const id = newId();
      const color = PALETTE[(journey.personas.length + 3) % PALETTE.length]!;
      const { updatedAt: _, ...persona } = blankPersona(id, i18next.t('persona.new'), color, '');
      if (editor.dispatch(addPersona(persona))) editor.select({ kind: 'persona', id });
    },
  },
  addNote: {
    canRun: oneSelected,
    run(context) {
      // The selected card's notes are in the inspector: show it and put the cursor in a new note.
      showPanel('inspector').run(context);
      requestAnimationFrame(() => document.querySelector<HTMLElement>('.note-form textarea')?.focus());
    },
  },
  editTitle: { canRun: oneSelected, run: ({ ui, selectedIds }) => ui.setEditing(selectedIds[0]!) },
  deselect: { run: (context) => selectIds(context, []) },
  selectLeft: navigate('left'),
  selectRight: navigate('right'),
  selectUp: navigate('up'),
  selectDown: navigate('down'),
  emotionUp: shiftEmotion(1),
  emotionDown: shiftEmotion(-1),
  emotionMinus3: setEmotionTo(EMOTION_ACTIONS.emotionMinus3),
  emotionMinus2: setEmotionTo(EMOTION_ACTIONS.emotionMinus2),
  emotionMinus1: setEmotionTo(EMOTION_ACTIONS.emotionMinus1),
  emotion0: setEmotionTo(EMOTION_ACTIONS.emotion0),
  emotionPlus1: setEmotionTo(EMOTION_ACTIONS.emotionPlus1),
  emotionPlus2: setEmotionTo(EMOTION_ACTIONS.emotionPlus2),
  emotionPlus3: setEmotionTo(EMOTION_ACTIONS.emotionPlus3),
  movePreviousStage: moveAcrossStages(-1),
  moveNextStage: moveAcrossStages(1),
  zoomIn: zoom('in', (flow) => void flow.zoomIn({ duration: 150 })),
  zoomOut: zoom('out', (flow) => void flow.zoomOut({ duration: 150 })),
  fit: zoom('framed', (flow) => void flow.fitView({ duration: 200, padding: 0.05 })),
  channelView: { run: ({ ui }) => ui.setMode(ui.mode === 'personas' ? 'channels' : 'personas') },
  personaLanes: { run: ({ ui }) => ui.setMode('personas') },
  channelLanes: { run: ({ ui }) => ui.setMode('channels') },
  filters: { run: ({ ui }) => ui.setFiltersShown(!ui.filtersShown) },
  sidePanel: { run: ({ settings }) => settings.update({ sidePanel: !settings.sidePanel }) },
  // The overview sits under the side panel: showing it shows the panel.
  overview: { run: ({ settings }) => settings.update({ overview: !settings.overview, sidePanel: true }) },
  inspectorPanel: showPanel('inspector'),
  notesPanel: showPanel('notes'),
  insightsPanel: showPanel('insights'),
  researchPanel: showPanel('research'),
  newScenario: { run: ({ openDialog }) => openDialog({ kind: 'newScenario' }) },
  compareScenarios: {
    canRun: ({ editor }) => (editor.journey?.scenarios.length ?? 0) > 1,
    run: ({ openDialog }) => openDialog({ kind: 'compareScenarios' }),
  },
  workshop: { canRun: ({ journey }) => journey.stages.length > 0, run: ({ flow }) => enterWorkshop(flow) },
  workshopPrevious: inWorkshop((controls) => controls.step(-1)),
  workshopNext: inWorkshop((controls) => controls.step(1)),
  workshopLaneUp: inWorkshop((controls) => controls.lane(-1)),
  workshopLaneDown: inWorkshop((controls) => controls.lane(1)),
  leaveWorkshop: inWorkshop((controls) => controls.leave()),
};

function inScope(scope: ActionScope, context: AppContext): context is MapContext {
  if (scope === 'global') return true;
  const mapOpen = context.screen === 'editor' && context.journey !== null;
  if (scope === 'map') return mapOpen;
  return mapOpen && (context.ui.workshop !== null) === (scope === 'workshop');
}

/** Whether the action applies where the user is and can run now. */
export function canRunAction(id: ActionId, context: AppContext): boolean {
  const runner = RUNNERS[id] as Runner<AppContext>;
  return inScope(ACTION_SPECS[id].scope, context) && (runner.canRun?.(context) ?? true);
}

/** Run the action if it can run now; says whether it ran. */
export function runAction(id: ActionId, context: AppContext): boolean {
  if (!canRunAction(id, context)) return false;
  (RUNNERS[id] as Runner<AppContext>).run(context);
  return true;
}

/** The i18n key of the action's name (the words are src/actions/words.ts). */
export const actionLabelKey = (id: ActionId) => `actions.${id}` as const;

/** Run the action now, from a button, a menu or the palette (`cell`: the canvas cell it was asked for in). */
export const perform = (id: ActionId, cell: CellTarget | null = null): boolean =>
  runAction(id, actionContext(cell));

/**
 * Run an action chosen in a menu (the desktop menu, the canvas's context menu) as its keys would: edit
 * actions go to a focused text field first, like in any editor, and copy, cut and paste through the
 * browser's clipboard events, which reach the system clipboard (see useSheetClipboard).
 */
export function chooseAction(id: ActionId, cell: CellTarget | null = null): void {
  const { native, clipboardEvent } = ACTION_SPECS[id];
  // execCommand is deprecated but is still the only way to drive a field's own undo stack.
  if (native && isTextEntry(document.activeElement)) document.execCommand(native);
  // A paste into a cell pointed at is ours: the clipboard event would paste at the selection.
  else if (cell || !(clipboardEvent && native && document.execCommand(native))) perform(id, cell);
}

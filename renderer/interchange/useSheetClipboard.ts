import { useEffect } from 'react';
import { pasteTouchpoints } from '../../src/commands';
import { sheetRowsToClip, touchpointsToTsv } from '../../src/formats';
import { newId, type Journey } from '../../src/model';
import { ACTION_IDS, ACTION_SPECS } from '../../src/actions';
import { readClip } from '../actions/clipboard';
import { actionContext } from '../actions/context';
import { canRunAction, runAction } from '../actions/registry';
import { isTextEntry } from '../actions/shortcuts';
import { useEditor } from '../state/editorStore';
import { useUi } from '../state/uiStore';
import { rememberedMapping } from './mappingMemory';

/** The scenario on show (the first when none is chosen or the chosen one is gone). */
const shownScenario = (journey: Journey) => {
  const chosen = useUi.getState().scenarioId;
  return journey.scenarios.find((s) => s.id === chosen)?.id ?? journey.scenarios[0]!.id;
};

/**
 * The canvas and the system clipboard: copying touchpoints also gives tab-separated rows that
 * spreadsheets take; pasting rows from Excel or Google Sheets (or plain lines) makes touchpoints in
 * the selected card's cell, as one undo step; a header row is mapped as an imported table's is. Touchpoints copied in Trayecto paste with all their fields.
 */
export function useSheetClipboard(enabled: boolean) {
  useEffect(() => {
    if (!enabled) return;
    const onClipboard = (event: ClipboardEvent) => {
      if (event.defaultPrevented || isTextEntry(event.target) || !event.clipboardData) return;
      const context = actionContext();
      const action = ACTION_IDS.find((id) => ACTION_SPECS[id].clipboardEvent === event.type);
      if (!context.journey || !action) return;
      const data = event.clipboardData;
      if (event.type !== 'paste') {
        if (!canRunAction(action, context)) return;
        event.preventDefault();
        data.setData('text/plain', touchpointsToTsv(context.journey, context.selectedIds));
        runAction(action, context);
        return;
      }
      const text = data.getData('text/plain');
      const own = readClip();
      const { journey, selectedIds, editor } = context;
      // Our own copy (or nothing readable): the touchpoints with every field.
      if (own && (!text.trim() || text === own.text)) {
        if (!canRunAction(action, context)) return;
        event.preventDefault();
        return void runAction(action, context);
      }
      // Rows under a header are read with the mapping chosen for those headers when a file had them.
      const rows = sheetRowsToClip(text, new Date().toISOString(), newId, rememberedMapping);
      if (!rows || !journey.personas.length || !journey.stages.length) return;
      event.preventDefault();
      const anchor = journey.touchpoints.find((t) => t.id === selectedIds[selectedIds.length - 1]);
      const cell = {
        scenarioId: anchor?.scenarioId ?? shownScenario(journey),
        personaId: anchor?.personaId ?? journey.personas[0]!.id,
        stageId: anchor?.stageId ?? journey.stages[0]!.id,
      };
      const command = pasteTouchpoints(rows, cell, newId);
      if (editor.dispatch(command))
        useEditor.getState().select({ kind: 'touchpoints', ids: [...(command.createdIds ?? [])] });
    };
    for (const type of ['copy', 'cut', 'paste'] as const) window.addEventListener(type, onClipboard);
    return () => {
      for (const type of ['copy', 'cut', 'paste'] as const) window.removeEventListener(type, onClipboard);
    };
  }, [enabled]);
}

// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ACTION_IDS,
  ACTION_SPECS,
  ACTION_WORDS,
  acceleratorOf,
  formatShortcut,
  shortcutsOf,
  type ActionPlatform,
} from '../../../src/actions';
import { setEmotion } from '../../../src/commands';
import { copyTouchpoints } from '../../../renderer/actions/clipboard';
import { CommandPalette, paletteMatches } from '../../../renderer/actions/CommandPalette';
import { actionContext } from '../../../renderer/actions/context';
import { actionLabelKey, canRunAction, chooseAction, runAction } from '../../../renderer/actions/registry';
import { canvasFlow } from '../../../renderer/canvas/flowInstance';
import type { CanvasFlow } from '../../../renderer/canvas/layout';
import { initI18n, setUiLanguage } from '../../../renderer/i18n';
import { useDialog } from '../../../renderer/state/dialogStore';
import { useEditor } from '../../../renderer/state/editorStore';
import { useSession } from '../../../renderer/state/session';
import { useSettings } from '../../../renderer/state/settingsStore';
import { useUi } from '../../../renderer/state/uiStore';
import { ShortcutsDialog } from '../../../renderer/actions/ShortcutsDialog';
import { useActionShortcuts } from '../../../renderer/actions/useActionShortcuts';
import { smallJourney } from '../helpers/smallJourney';

const PLATFORMS: ActionPlatform[] = ['mac', 'other'];
const combo = (s: { key: string; mod?: boolean; shift?: boolean; alt?: boolean }) =>
  `${s.mod ? 'mod+' : ''}${s.shift ? 'shift+' : ''}${s.alt ? 'alt+' : ''}${s.key.toLowerCase()}`;

/** A map open in the editor where every action can run: a card selected, a clip, undo and redo, a view. */
function everythingRunnable() {
  useSession.setState({ screen: 'editor' });
  useUi.setState({ workshop: null });
  const journey = smallJourney();
  const future = { ...journey.scenarios[0]!, id: 'future', name: 'Future' };
  useEditor.getState().load({ ...journey, scenarios: [...journey.scenarios, future] });
  const editor = useEditor.getState();
  editor.dispatch(setEmotion(['t1'], -1));
  editor.seal();
  editor.dispatch(setEmotion(['t1'], 3));
  editor.undo();
  editor.select({ kind: 'touchpoints', ids: ['t1'] });
  copyTouchpoints(useEditor.getState().journey!, ['t1']);
  canvasFlow.current = {} as CanvasFlow; // the zoom actions only ask whether there is a view
}

beforeEach(() => {
  initI18n('en');
  localStorage.clear();
});
afterEach(() => {
  cleanup();
  Reflect.deleteProperty(document, 'execCommand');
  canvasFlow.current = null;
  useDialog.setState({ dialog: null });
});

describe('the action registry', () => {
  it('names every action in English and Spanish, and the app’s words are those names', () => {
    for (const id of ACTION_IDS) {
      for (const language of ['en', 'es'] as const) {
        expect(ACTION_WORDS[language][id].trim(), `${id} in ${language}`).not.toBe('');
        expect(i18next.t(actionLabelKey(id), { lng: language })).toBe(ACTION_WORDS[language][id]);
      }
    }
    expect(new Set(Object.values(ACTION_WORDS.es)).size).toBe(ACTION_IDS.length);
  });

  it.each(PLATFORMS)('gives no two actions that apply together the same keys on %s', (platform) => {
    // Scopes nest (anywhere ⊃ a map open ⊃ on the map, or in workshop mode); the last two never meet.
    for (const innermost of ['canvas', 'workshop'] as const) {
      const owner = new Map<string, string>();
      for (const id of ACTION_IDS.filter((a) =>
        ['global', 'map', innermost].includes(ACTION_SPECS[a].scope),
      )) {
        for (const shortcut of shortcutsOf(id, platform)) {
          const key = combo(shortcut);
          expect(owner.get(key), `${key}: ${owner.get(key)} and ${id}`).toBeUndefined();
          owner.set(key, id);
        }
      }
    }
  });

  it('keeps Save, Open, Print and Export on their usual keys, in text fields too', () => {
    expect(formatShortcut(shortcutsOf('save', 'other')[0]!, 'other')).toBe('Ctrl+S');
    expect(formatShortcut(shortcutsOf('save', 'mac')[0]!, 'mac')).toBe('⌘S');
    expect(acceleratorOf('openFile', 'other')).toBe('CmdOrCtrl+O');
    expect(acceleratorOf('exportPdf', 'other')).toBe('CmdOrCtrl+P');
    expect(acceleratorOf('export', 'mac')).toBe('CmdOrCtrl+Shift+E');
    expect(acceleratorOf('commandPalette', 'other')).toBe('CmdOrCtrl+Shift+P');
    // A bare key is never a menu accelerator: it would be taken from text fields.
    expect(acceleratorOf('addTouchpoint', 'other')).toBeUndefined();
    for (const id of ['save', 'saveAs', 'openFile', 'export', 'exportPdf', 'commandPalette'] as const)
      expect(ACTION_SPECS[id].anywhere, id).toBe(true);
  });

  it('runs map actions only with a map open, and canvas actions not in workshop mode', () => {
    everythingRunnable();
    expect(canRunAction('addStage', actionContext())).toBe(true);
    useUi.setState({ workshop: { stageIndex: 0, personaId: null, laneIndex: 0, zoom: null } });
    expect(canRunAction('addStage', actionContext())).toBe(false);
    expect(canRunAction('save', actionContext())).toBe(true);
    useUi.setState({ workshop: null });
    useSession.setState({ screen: 'library' });
    expect(canRunAction('save', actionContext())).toBe(false);
    expect(canRunAction('openFile', actionContext())).toBe(true);
  });

  it('adds a touchpoint in the cell it was asked for, at the emotion pointed at', () => {
    everythingRunnable();
    const journey = useEditor.getState().journey!;
    const persona = journey.personas[1]!;
    const stage = journey.stages[2]!;
    const before = journey.touchpoints.length;
    const cell = {
      lane: { kind: 'persona' as const, id: persona.id, persona },
      stageId: stage.id,
      emotion: -2,
    };
    expect(runAction('addTouchpoint', actionContext(cell))).toBe(true);
    const added = useEditor.getState().journey!.touchpoints;
    expect(added).toHaveLength(before + 1);
    expect(added.find((t) => !journey.touchpoints.includes(t))).toMatchObject({
      personaId: persona.id,
      stageId: stage.id,
      emotion: -2,
    });
  });
});

describe('the view actions the toolbar runs', () => {
  it('switches the lanes, shows the filters, the side panel and the overview, and toggles them back', () => {
    everythingRunnable();
    useSettings.setState({ sidePanel: true, overview: true });
    useUi.setState({ mode: 'personas', filtersShown: false });
    runAction('channelLanes', actionContext());
    expect(useUi.getState().mode).toBe('channels');
    runAction('channelLanes', actionContext());
    expect(useUi.getState().mode).toBe('channels');
    runAction('personaLanes', actionContext());
    expect(useUi.getState().mode).toBe('personas');
    runAction('filters', actionContext());
    expect(useUi.getState().filtersShown).toBe(true);
    runAction('filters', actionContext());
    expect(useUi.getState().filtersShown).toBe(false);
    runAction('sidePanel', actionContext());
    expect(useSettings.getState()).toMatchObject({ sidePanel: false, overview: true });
    // The overview lives under the side panel: hiding or showing it shows the panel.
    runAction('overview', actionContext());
    expect(useSettings.getState()).toMatchObject({ sidePanel: true, overview: false });
    runAction('overview', actionContext());
    expect(useSettings.getState()).toMatchObject({ sidePanel: true, overview: true });
  });

  it('shows a tab of the side panel, unfolding the panel', () => {
    everythingRunnable();
    useSettings.setState({ sidePanel: false });
    runAction('researchPanel', actionContext());
    expect(useUi.getState().panel).toBe('research');
    expect(useSettings.getState().sidePanel).toBe(true);
    runAction('insightsPanel', actionContext());
    expect(useUi.getState().panel).toBe('insights');
  });

  it('opens the scenario dialogs, comparing only when there are two scenarios to compare', () => {
    everythingRunnable();
    runAction('newScenario', actionContext());
    expect(useDialog.getState().dialog).toEqual({ kind: 'newScenario' });
    expect(runAction('compareScenarios', actionContext())).toBe(true);
    expect(useDialog.getState().dialog).toEqual({ kind: 'compareScenarios' });
    useEditor.getState().load(smallJourney());
    expect(canRunAction('compareScenarios', actionContext())).toBe(false);
  });
});

/** The app's keyboard: every action's keys. */
function Keys() {
  useActionShortcuts();
  return null;
}
const press = (key: string, init: KeyboardEventInit = {}) =>
  window.dispatchEvent(new KeyboardEvent('keydown', { key, cancelable: true, ...init }));

describe('workshop mode’s keys', () => {
  it('are the registry’s: the arrows step through the workshop there, and select cards on the map', () => {
    everythingRunnable();
    const steps: string[] = [];
    useUi.getState().setWorkshopControls({
      step: (delta) => steps.push(`step ${delta}`),
      lane: (delta) => steps.push(`lane ${delta}`),
      zoom: (change) => steps.push(`zoom ${change}`),
      leave: () => steps.push('leave'),
    });
    useUi.setState({ workshop: { stageIndex: 0, personaId: null, laneIndex: 0, zoom: null } });
    render(<Keys />);
    for (const key of ['ArrowRight', 'PageDown', 'ArrowLeft', 'PageUp', 'ArrowDown', 'ArrowUp']) press(key);
    press('=', { ctrlKey: true });
    press('0', { ctrlKey: true });
    press('Escape');
    expect(steps).toEqual([
      'step 1',
      'step 1',
      'step -1',
      'step -1',
      'lane 1',
      'lane -1',
      'zoom in',
      'zoom framed',
      'leave',
    ]);
    // 1–7 set how the persona feels in workshop mode as on the map.
    press('2');
    expect(useEditor.getState().journey!.touchpoints.find((t) => t.id === 't1')!.emotion).toBe(-2);
    useUi.setState({ workshop: null });
    useUi.getState().setWorkshopControls(null);
    canvasFlow.current = null; // no view to scroll to the card selected
    press('ArrowRight');
    expect(steps).toHaveLength(9);
    expect(useEditor.getState().selection).toEqual({ kind: 'touchpoints', ids: ['t2'] });
  });
});

describe('a focused control’s own keys', () => {
  it('Enter presses a button outside the map; on a card of the map it edits the title', () => {
    everythingRunnable();
    useUi.getState().setEditing(null);
    render(
      <>
        <Keys />
        <button type="button">Add blueprint card</button>
        <div className="react-flow">
          <div role="button" tabIndex={0}>
            Sees a family-car ad
          </div>
        </div>
      </>,
    );
    const enterOn = (element: HTMLElement) => {
      const event = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
      element.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(enterOn(screen.getByRole('button', { name: 'Add blueprint card' }))).toBe(false);
    expect(useUi.getState().editingId).toBeNull();
    expect(enterOn(screen.getByRole('button', { name: 'Sees a family-car ad' }))).toBe(true);
    expect(useUi.getState().editingId).toBe('t1');
  });
});

describe('the shortcuts dialog', () => {
  it.each(['en', 'es'] as const)('lists every action with its keys, in %s', (language) => {
    setUiLanguage(language);
    render(<ShortcutsDialog onClose={() => {}} />);
    const dialog = screen.getByRole('dialog');
    const rows = within(dialog).getAllByRole('row') as HTMLTableRowElement[];
    for (const id of ACTION_IDS) {
      const row = rows.find((r) => r.cells[0]?.textContent === ACTION_WORDS[language][id]);
      expect(row, id).toBeDefined();
      const keys = shortcutsOf(id, 'other').map((s) => formatShortcut(s, 'other'));
      expect([...row!.querySelectorAll('kbd')].map((k) => k.textContent)).toEqual(keys);
    }
  });
});

describe('the command palette', () => {
  it('lists every action that can run, each with its keys', () => {
    everythingRunnable();
    render(<CommandPalette onClose={() => {}} />);
    const names = screen.getAllByRole('option').map((o) => o.textContent);
    const expected = ACTION_IDS.filter(
      (id) => id !== 'commandPalette' && ACTION_SPECS[id].scope !== 'workshop',
    ).map((id) => {
      const first = shortcutsOf(id, 'other')[0];
      return ACTION_WORDS.en[id] + (first ? formatShortcut(first, 'other') : '');
    });
    expect(names).toEqual(expected);
  });

  it('leaves out what cannot run: nothing to undo, nothing selected, no map', () => {
    useSession.setState({ screen: 'library' });
    useEditor.getState().close();
    render(<CommandPalette onClose={() => {}} />);
    const names = screen.getAllByRole('option').map((o) => o.firstChild?.textContent);
    expect(names).toContain('Open file…');
    expect(names).not.toContain('Undo');
    expect(names).not.toContain('Save');
  });

  it('finds “Exportar PDF” in Spanish, accents or not, and runs it on Enter', async () => {
    everythingRunnable();
    setUiLanguage('es');
    const user = userEvent.setup();
    let closed = false;
    render(<CommandPalette onClose={() => (closed = true)} />);
    const search = screen.getByRole('combobox', { name: 'Escribe una acción' });
    await user.type(search, 'exportar pdf');
    expect(screen.getAllByRole('option').map((o) => o.firstChild?.textContent)).toEqual(['Exportar PDF…']);
    await user.clear(search);
    await user.type(search, 'anadir');
    expect(screen.getAllByRole('option').map((o) => o.firstChild?.textContent)).toContain(
      'Añadir punto de contacto',
    );
    await user.clear(search);
    await user.type(search, 'exportar pdf{Enter}');
    expect(closed).toBe(true);
    expect(useDialog.getState().dialog).toEqual({ kind: 'export', format: 'pdf' });
  });

  it('moves the highlighted entry with the arrow keys', async () => {
    everythingRunnable();
    const user = userEvent.setup();
    render(<CommandPalette onClose={() => {}} />);
    const search = screen.getByRole('combobox');
    await user.type(search, 'zoom');
    const [zoomIn, zoomOut] = screen.getAllByRole('option');
    expect(search).toHaveAttribute('aria-activedescendant', zoomIn!.id);
    await user.keyboard('{ArrowDown}');
    expect(search).toHaveAttribute('aria-activedescendant', zoomOut!.id);
    expect(zoomOut).toHaveAttribute('aria-selected', 'true');
  });

  it('matches every word of the query', () => {
    const entries = [{ label: 'Export PDF…' }, { label: 'Export PNG image…' }];
    expect(paletteMatches(entries, 'pdf export')).toEqual([entries[0]]);
    expect(paletteMatches(entries, '  ')).toEqual(entries);
  });
});

describe('an action chosen in a menu', () => {
  /** What the browser's `execCommand` was asked, answering as a browser that lets the page do it or not. */
  function spyExecCommand(allowed: boolean) {
    const exec = vi.fn((_command: string) => allowed);
    Object.defineProperty(document, 'execCommand', { value: exec, configurable: true });
    return exec;
  }

  it('undoes in a focused text field, not on the map; on the map otherwise', () => {
    everythingRunnable();
    const exec = spyExecCommand(true);
    const field = document.body.appendChild(document.createElement('input'));
    field.focus();
    const steps = useEditor.getState().history.past.length;
    chooseAction('undo');
    expect(exec.mock.calls).toEqual([['undo']]);
    expect(useEditor.getState().history.past).toHaveLength(steps);
    field.remove();
    chooseAction('undo');
    expect(exec.mock.calls).toHaveLength(1);
    expect(useEditor.getState().history.past).toHaveLength(steps - 1);
  });

  it('copies through the browser’s clipboard event, or itself where the browser refuses', () => {
    everythingRunnable();
    localStorage.clear();
    const exec = spyExecCommand(true);
    chooseAction('copy');
    // The browser fires `copy`, which the canvas's clipboard listener turns into the copy (not mounted here).
    expect(exec.mock.calls).toEqual([['copy']]);
    expect(canRunAction('paste', actionContext())).toBe(false);
    spyExecCommand(false);
    chooseAction('copy');
    expect(canRunAction('paste', actionContext())).toBe(true);
  });
});

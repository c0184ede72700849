import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from '../../../electron/main/menu';
import { closeChoice, closePromptOptions } from '../../../electron/main/window';
import { ACTION_WORDS, MENU_ACTIONS, shortcutsOf, type ActionId, type Shortcut } from '../../../src/actions';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function build(language: 'en' | 'es', recentFiles: string[] = [], isMac = false) {
  const actions = { send: vi.fn(), openRecent: vi.fn(), clearRecent: vi.fn() };
  return { template: buildMenuTemplate(language, { recentFiles, isMac }, actions), actions };
}

/** An Electron accelerator read back as the renderer's key combination. */
function shortcutOfAccelerator(accelerator: string): Shortcut {
  const parts = accelerator.split('+');
  const key = parts.pop()!;
  const names: Record<string, string> = {
    Plus: '+',
    Left: 'ArrowLeft',
    Right: 'ArrowRight',
    Return: 'Enter',
  };
  return {
    key: names[key] ?? (key.length === 1 ? key.toLowerCase() : key),
    ...(parts.includes('CmdOrCtrl') && { mod: true }),
    ...(parts.includes('Shift') && { shift: true }),
    ...(parts.includes('Alt') && { alt: true }),
  };
}

describe('app menu', () => {
  it.each([
    ['en', false],
    ['es', false],
    ['en', true],
  ] as const)(
    'in %s (macOS: %s), each action is named as in the app, carries its keys and sends its id',
    (language, isMac) => {
      const { template, actions } = build(language, [], isMac);
      const items = flatten(template);
      for (const id of MENU_ACTIONS) {
        const label = ACTION_WORDS[language][id];
        const item = items.find((i) => i.label === label);
        expect(item, label).toBeDefined();
        const keys = shortcutsOf(id, isMac ? 'mac' : 'other');
        if (item!.accelerator)
          expect(keys, label).toContainEqual(shortcutOfAccelerator(item!.accelerator as string));
        // Every key with Cmd/Ctrl is on the menu: the menu takes those keys before the page sees them.
        else
          expect(
            keys.filter((k) => k.mod || k.alt || /^F\d+$/.test(k.key)),
            label,
          ).toEqual([]);
        actions.send.mockClear();
        item!.click?.(undefined as never, undefined, undefined as never);
        expect(actions.send.mock.calls, label).toEqual([[id]]);
      }
    },
  );

  // A few items as a person reads them, so that the generated menu is checked against words, not only itself.
  it.each([
    ['Guardar', 'save', 'CmdOrCtrl+S'],
    ['Abrir archivo…', 'openFile', 'CmdOrCtrl+O'],
    ['Exportar PDF…', 'exportPdf', 'CmdOrCtrl+P'],
    ['Exportar…', 'export', 'CmdOrCtrl+Shift+E'],
    ['Deshacer', 'undo', 'CmdOrCtrl+Z'],
    ['Rehacer', 'redo', 'CmdOrCtrl+Shift+Z'],
    ['Eliminar', 'delete', undefined],
    ['Acercar', 'zoomIn', 'CmdOrCtrl+='],
    ['Modo taller', 'workshop', 'F5'],
    ['Paleta de comandos…', 'commandPalette', 'CmdOrCtrl+Shift+P'],
  ] as [string, ActionId, string | undefined][])(
    'in Spanish, “%s” sends %s with %s',
    (label, id, accelerator) => {
      const { template, actions } = build('es');
      const item = flatten(template).find((i) => i.label === label)!;
      expect(item.accelerator).toBe(accelerator);
      item.click?.(undefined as never, undefined, undefined as never);
      expect(actions.send).toHaveBeenCalledWith(id);
    },
  );

  it('leaves full screen and quitting to Electron’s own roles', () => {
    const items = flatten(build('es').template);
    expect(items.find((i) => i.label === 'Pantalla completa')?.role).toBe('togglefullscreen');
    expect(items.find((i) => i.label === 'Salir de Trayecto')?.role).toBe('quit');
    expect(flatten(build('en', [], true).template).some((i) => i.role === 'quit')).toBe(false);
  });

  it('speaks Spanish when the app does', () => {
    const { template } = build('es');
    expect(template.map((m) => m.label)).toEqual(['Archivo', 'Edición', 'Ver', 'Ayuda']);
    expect(flatten(template).find((i) => i.label === 'Deshacer')?.accelerator).toBe('CmdOrCtrl+Z');
  });

  it('lists recent files and clears them', () => {
    const { template, actions } = build('en', ['/maps/a.trayecto', '/maps/b.trayecto']);
    const recent = flatten(template).find((i) => i.label === 'Open Recent')!
      .submenu as MenuItemConstructorOptions[];
    expect(recent.map((i) => i.label)).toEqual(['a.trayecto', 'b.trayecto', undefined, 'Clear Recent']);
    recent[1]!.click?.(undefined as never, undefined, undefined as never);
    expect(actions.openRecent).toHaveBeenCalledWith('/maps/b.trayecto');
    recent[3]!.click?.(undefined as never, undefined, undefined as never);
    expect(actions.clearRecent).toHaveBeenCalled();
  });

  it('puts the app menu first on macOS', () => {
    expect(build('en', [], true).template[0]).toMatchObject({ role: 'appMenu' });
  });
});

describe('closing with unsaved file changes', () => {
  it('asks Save / Don’t Save / Cancel in the app language', () => {
    expect(closePromptOptions('en', 'Family car')).toMatchObject({
      message: 'Save the changes to "Family car" in its file?',
      buttons: ['Save', 'Don’t Save', 'Cancel'],
      cancelId: 2,
    });
    expect(closePromptOptions('es', 'Coche').buttons).toEqual(['Guardar', 'No guardar', 'Cancelar']);
    expect([0, 1, 2].map(closeChoice)).toEqual(['save', 'discard', 'cancel']);
  });
});

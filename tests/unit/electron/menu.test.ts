import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from '../../../electron/main/menu';
import { closeChoice, closePromptOptions } from '../../../electron/main/window';
import { MENU_COMMANDS, type MenuCommandName } from '../../../electron/shared/ipc';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function build(language: 'en' | 'es', recentFiles: string[] = [], isMac = false) {
  const actions = { send: vi.fn(), openRecent: vi.fn(), clearRecent: vi.fn() };
  return { template: buildMenuTemplate(language, { recentFiles, isMac }, actions), actions };
}

describe('app menu', () => {
  // label in English, label in Spanish, the command it sends, its shortcut
  const ITEMS: [string, string, MenuCommandName, string | undefined][] = [
    ['New from Template…', 'Nuevo desde plantilla…', 'file.new', 'CmdOrCtrl+N'],
    ['Open…', 'Abrir…', 'file.open', 'CmdOrCtrl+O'],
    ['Save', 'Guardar', 'file.save', 'CmdOrCtrl+S'],
    ['Save As…', 'Guardar como…', 'file.saveAs', 'CmdOrCtrl+Shift+S'],
    ['Import CSV…', 'Importar CSV…', 'file.importCsv', undefined],
    ['PNG Image…', 'Imagen PNG…', 'file.exportPng', 'CmdOrCtrl+Shift+E'],
    ['SVG Image…', 'Imagen SVG…', 'file.exportSvg', undefined],
    ['PDF…', 'PDF…', 'file.exportPdf', 'CmdOrCtrl+P'],
    ['JSON Document…', 'Documento JSON…', 'file.exportJson', undefined],
    ['CSV Table…', 'Tabla CSV…', 'file.exportCsv', undefined],
    ['Close', 'Cerrar', 'file.close', 'CmdOrCtrl+W'],
    ['Undo', 'Deshacer', 'edit.undo', 'CmdOrCtrl+Z'],
    ['Redo', 'Rehacer', 'edit.redo', 'CmdOrCtrl+Shift+Z'],
    ['Cut', 'Cortar', 'edit.cut', 'CmdOrCtrl+X'],
    ['Copy', 'Copiar', 'edit.copy', 'CmdOrCtrl+C'],
    ['Paste', 'Pegar', 'edit.paste', 'CmdOrCtrl+V'],
    ['Delete', 'Eliminar', 'edit.delete', undefined],
    ['Select All', 'Seleccionar todo', 'edit.selectAll', 'CmdOrCtrl+A'],
    ['Zoom In', 'Acercar', 'view.zoomIn', 'CmdOrCtrl+='],
    ['Zoom Out', 'Alejar', 'view.zoomOut', 'CmdOrCtrl+-'],
    ['Fit to Window', 'Ajustar a la ventana', 'view.fit', 'CmdOrCtrl+0'],
    ['Channel View', 'Vista de canales', 'view.channelView', 'CmdOrCtrl+K'],
    ['Toggle Dark Theme', 'Cambiar tema oscuro', 'view.theme', undefined],
    ['Presentation Mode', 'Modo presentación', 'view.presentation', 'F5'],
    ['Keyboard Shortcuts', 'Atajos de teclado', 'help.shortcuts', 'CmdOrCtrl+/'],
    ['About Trayecto', 'Acerca de Trayecto', 'help.about', undefined],
  ];

  it.each(['en', 'es'] as const)('in %s, each item sends its command with its shortcut', (language) => {
    const { template, actions } = build(language);
    const items = flatten(template);
    for (const [en, es, command, accelerator] of ITEMS) {
      const label = language === 'en' ? en : es;
      const item = items.find((i) => i.label === label);
      expect(item, label).toBeDefined();
      expect(item!.accelerator, label).toBe(accelerator);
      actions.send.mockClear();
      item!.click?.(undefined as never, undefined, undefined as never);
      expect(actions.send.mock.calls, label).toEqual([[command]]);
    }
    expect(new Set(ITEMS.map(([, , command]) => command))).toEqual(new Set(MENU_COMMANDS));
  });

  it('leaves full screen and quitting to Electron’s own roles', () => {
    const items = flatten(build('es').template);
    expect(items.find((i) => i.label === 'Pantalla completa')?.role).toBe('togglefullscreen');
    expect(items.find((i) => i.label === 'Salir de Trayecto')?.role).toBe('quit');
    expect(flatten(build('en', [], true).template).some((i) => i.role === 'quit')).toBe(false);
  });

  it('speaks Spanish when the app does', () => {
    const { template } = build('es');
    expect(template.map((m) => m.label)).toEqual(['Archivo', 'Edición', 'Ver', 'Ayuda']);
    expect(flatten(template).some((i) => i.label === 'Deshacer' && i.accelerator === 'CmdOrCtrl+Z')).toBe(
      true,
    );
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

import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from '../../../electron/main/menu';
import { closeChoice, closePromptOptions } from '../../../electron/main/window';
import { MENU_COMMANDS } from '../../../electron/shared/ipc';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function build(language: 'en' | 'es', recentFiles: string[] = [], isMac = false) {
  const actions = { send: vi.fn(), openRecent: vi.fn(), clearRecent: vi.fn() };
  return { template: buildMenuTemplate({ language, recentFiles, isMac }, actions), actions };
}

describe('app menu', () => {
  it('has File, Edit, View, Help with the documented items and shortcuts', () => {
    const { template } = build('en');
    expect(template.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    const byLabel = new Map(flatten(template).map((i) => [i.label, i]));
    expect(byLabel.get('Undo')?.accelerator).toBe('CmdOrCtrl+Z');
    expect(byLabel.get('Redo')?.accelerator).toBe('CmdOrCtrl+Shift+Z');
    expect(byLabel.get('Save')?.accelerator).toBe('CmdOrCtrl+S');
    expect(byLabel.get('Open…')?.accelerator).toBe('CmdOrCtrl+O');
    for (const label of [
      'New from Template…',
      'Save As…',
      'Import CSV…',
      'PNG Image…',
      'SVG Image…',
      'PDF…',
      'JSON Document…',
      'CSV Table…',
      'Close',
      'Cut',
      'Copy',
      'Paste',
      'Delete',
      'Select All',
      'Zoom In',
      'Zoom Out',
      'Fit to Window',
      'Channel View',
      'Toggle Dark Theme',
      'Full Screen',
      'Presentation Mode',
      'Keyboard Shortcuts',
      'About Trayecto',
    ]) {
      expect(byLabel.has(label), label).toBe(true);
    }
  });

  it('sends every menu command to the renderer, and each one exists', () => {
    const { template, actions } = build('en');
    for (const item of flatten(template)) item.click?.(undefined as never, undefined, undefined as never);
    const sent = actions.send.mock.calls.map(([c]) => c);
    expect(new Set(sent)).toEqual(new Set(MENU_COMMANDS));
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

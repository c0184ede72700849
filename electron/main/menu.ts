import type { MenuItemConstructorOptions } from 'electron';
import { basename } from 'node:path';
import {
  ACTION_WORDS,
  acceleratorOf,
  MENU_LAYOUT,
  MENU_WORDS,
  type ActionId,
  type MenuEntry,
} from '../../src/actions';
import type { AppLanguage } from '../shared/ipc';

export interface MenuState {
  /** Most recent first. */
  recentFiles: string[];
  isMac: boolean;
}

export interface MenuActions {
  send(action: ActionId): void;
  openRecent(path: string): void;
  clearRecent(): void;
}

/**
 * The native app menu, generated from the action catalog: each item is an action's name in the app's
 * language and its keys; a click sends the action's id to the renderer, which runs it (and gives edit
 * commands to a focused text field first), so the menu and the keyboard never disagree.
 */
export function buildMenuTemplate(
  language: AppLanguage,
  { recentFiles, isMac }: MenuState,
  actions: MenuActions,
): MenuItemConstructorOptions[] {
  const words = MENU_WORDS[language];
  const platform = isMac ? 'mac' : 'other';
  const recent: MenuItemConstructorOptions[] = recentFiles.length
    ? [
        ...recentFiles.map((path) => ({
          label: basename(path),
          toolTip: path,
          click: () => actions.openRecent(path),
        })),
        { type: 'separator' },
        { label: words.clearRecent, click: () => actions.clearRecent() },
      ]
    : [{ label: words.noRecent, enabled: false }];
  const action = (id: ActionId): MenuItemConstructorOptions => ({
    label: ACTION_WORDS[language][id],
    accelerator: acceleratorOf(id, platform),
    click: () => actions.send(id),
  });
  const entry = (item: MenuEntry): MenuItemConstructorOptions[] => {
    if (typeof item === 'object') return [{ label: words[item.submenu], submenu: item.items.map(action) }];
    switch (item) {
      case 'separator':
        return [{ type: 'separator' }];
      case 'recent':
        return [{ label: words.recent, submenu: recent }];
      case 'fullScreen':
        return [{ label: words.fullScreen, role: 'togglefullscreen' }];
      case 'quit':
        // On macOS quitting is in the app menu.
        return isMac ? [] : [{ type: 'separator' }, { label: words.quit, role: 'quit' }];
      default:
        return [action(item)];
    }
  };
  const template = MENU_LAYOUT.map(({ menu, items }): MenuItemConstructorOptions => ({
    label: words[menu],
    ...(menu === 'help' && { role: 'help' as const }),
    submenu: items.flatMap(entry),
  }));
  return isMac ? [{ label: 'Trayecto', role: 'appMenu' }, ...template] : template;
}

import {
  formatShortcut,
  shortcutsOf,
  type ActionId,
  type ActionPlatform,
  type Shortcut,
} from '../../src/actions';

export const currentPlatform = (): ActionPlatform =>
  typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform) ? 'mac' : 'other';

export function matchesShortcut(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
  shortcut: Shortcut,
): boolean {
  const mod = currentPlatform() === 'mac' ? event.metaKey : event.ctrlKey;
  return (
    event.key.toLowerCase() === shortcut.key.toLowerCase() &&
    mod === Boolean(shortcut.mod) &&
    event.shiftKey === Boolean(shortcut.shift) &&
    event.altKey === Boolean(shortcut.alt)
  );
}

/** The action's keys on this computer. */
export const shortcutsFor = (id: ActionId): readonly Shortcut[] => shortcutsOf(id, currentPlatform());

/** How a shortcut is written on this computer ("Ctrl+S", "⌘S"). */
export const shortcutText = (shortcut: Shortcut): string => formatShortcut(shortcut, currentPlatform());

/** " (Ctrl+Z)" after a button's name, or nothing when the action has no keys. */
export function shortcutHint(id: ActionId): string {
  const first = shortcutsFor(id)[0];
  return first ? ` (${shortcutText(first)})` : '';
}

/**
 * Fields keep their own keys (typing, native text undo); the canvas gets the rest. A field in an element
 * marked `data-keys="actions"` gives them to the actions (the workshop bar's, a clicker's keys go on working),
 * unless it is itself marked `data-keys="own"`.
 */
export function isTextEntry(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    target.closest('[data-keys]')?.getAttribute('data-keys') !== 'actions' &&
    (target.isContentEditable ||
      ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) ||
      target.closest('[role="dialog"]') !== null)
  );
}

/** A key combination. `mod` is Cmd on macOS and Ctrl elsewhere. */
export interface Shortcut {
  key: string;
  mod?: boolean;
  shift?: boolean;
  alt?: boolean;
}

export const isMac = () => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

export function matchesShortcut(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
  shortcut: Shortcut,
): boolean {
  const mod = isMac() ? event.metaKey : event.ctrlKey;
  return (
    event.key.toLowerCase() === shortcut.key.toLowerCase() &&
    mod === Boolean(shortcut.mod) &&
    event.shiftKey === Boolean(shortcut.shift) &&
    event.altKey === Boolean(shortcut.alt)
  );
}

const KEY_NAMES: Record<string, string> = {
  arrowleft: '←',
  arrowright: '→',
  arrowup: '↑',
  arrowdown: '↓',
  delete: 'Delete',
  escape: 'Esc',
  enter: 'Enter',
  pageup: 'Page Up',
  pagedown: 'Page Down',
};

/** How a shortcut is written for people: "Ctrl+Shift+Z" or "⌘⇧Z". */
export function formatShortcut(shortcut: Shortcut): string {
  const key = KEY_NAMES[shortcut.key.toLowerCase()] ?? shortcut.key.toUpperCase();
  const mac = isMac();
  const parts = [
    shortcut.mod ? (mac ? '⌘' : 'Ctrl') : '',
    shortcut.shift ? (mac ? '⇧' : 'Shift') : '',
    shortcut.alt ? (mac ? '⌥' : 'Alt') : '',
    key,
  ].filter(Boolean);
  return mac ? parts.join('') : parts.join('+');
}

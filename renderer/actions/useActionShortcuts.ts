import { useEffect } from 'react';
import { ACTION_IDS, ACTION_SPECS } from '../../src/actions';
import { actionContext } from './context';
import { canRunAction, runAction } from './registry';
import { isTextEntry, matchesShortcut, shortcutsFor } from './shortcuts';

/** A scrolling region (a wide table) moves by the arrow keys while it has the focus. */
const scrollsByArrows = (event: KeyboardEvent) =>
  event.target instanceof HTMLElement &&
  event.target.closest('[role="region"][tabindex]') !== null &&
  event.key.startsWith('Arrow');

/**
 * Enter and Space press the focused button, tab, checkbox or link outside the map (an inspector's "Add",
 * a panel's tab): the control's own key, not a shortcut. On the map, a card's Enter is the map's.
 */
const pressesControl = (event: KeyboardEvent) =>
  (event.key === 'Enter' || event.key === ' ') &&
  event.target instanceof HTMLElement &&
  event.target.closest('.react-flow') === null &&
  event.target.closest(
    'button, a[href], summary, [role="button"], [role="tab"], [role="checkbox"], [role="radio"], [role="switch"], [role="menuitem"], [role="option"]',
  ) !== null;

/** Every action's keys, wherever the user is in the app (each action says where it applies). */
export function useActionShortcuts() {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const keyed = ACTION_IDS.filter((a) => shortcutsFor(a).some((s) => matchesShortcut(event, s)));
      if (!keyed.length) return;
      // Actions that never apply together may share keys (the arrows on the map and in workshop mode).
      const context = actionContext();
      const id = keyed.find((a) => canRunAction(a, context));
      if (!id) return;
      const spec = ACTION_SPECS[id];
      const theirKeys =
        (isTextEntry(event.target) && !spec.anywhere) || scrollsByArrows(event) || pressesControl(event);
      if (spec.clipboardEvent || theirKeys) return;
      event.preventDefault();
      runAction(id, context);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

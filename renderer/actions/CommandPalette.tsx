import * as Dialog from '@radix-ui/react-dialog';
import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTION_IDS, type ActionId } from '../../src/actions';
import { foldAccents } from '../../src/model';
import { actionContext } from './context';
import { actionLabelKey, canRunAction, perform } from './registry';
import { shortcutsFor, shortcutText } from './shortcuts';
import './actions.css';

/**
 * The entries whose name has every word of the query in it, in the registry's order; without case or accents,
 * so "exportar pdf" finds "Exportar PDF…" and "anadir" finds "Añadir".
 */
export function paletteMatches<T extends { label: string }>(entries: readonly T[], query: string): T[] {
  const words = foldAccents(query).split(/\s+/).filter(Boolean);
  return entries.filter((entry) => words.every((word) => foldAccents(entry.label).includes(word)));
}

/**
 * Every action that can run now, searchable by name in the app's language, each with its keys;
 * Enter (or a click) runs the one highlighted. A combobox over a listbox (WAI-ARIA's pattern).
 */
export function CommandPalette({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const listId = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  // What can run is read once, when the palette opens: nothing else changes while it is open.
  const runnable = useMemo(() => {
    const context = actionContext();
    return ACTION_IDS.filter((id) => id !== 'commandPalette' && canRunAction(id, context)).map((id) => ({
      id,
      label: t(actionLabelKey(id)),
      shortcut: shortcutsFor(id)[0],
    }));
  }, [t]);
  const shown = paletteMatches(runnable, query);
  const current = shown[Math.min(active, shown.length - 1)];
  const optionId = (id: ActionId) => `${listId}-${id}`;
  const run = (id: ActionId) => {
    onClose();
    perform(id);
  };
  const currentId = current && optionId(current.id);
  useEffect(() => {
    // Optional: jsdom, which has no layout, has no scrollIntoView.
    if (currentId) document.getElementById(currentId)?.scrollIntoView?.({ block: 'nearest' });
  }, [currentId]);
  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 5, PageUp: -5 };
    if (event.key in moves) {
      event.preventDefault();
      const at = Math.min(active, shown.length - 1) + moves[event.key]!;
      setActive(Math.max(0, Math.min(shown.length - 1, at)));
    } else if (event.key === 'Enter' && current) {
      event.preventDefault();
      run(current.id);
    }
  };
  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="palette" aria-describedby={undefined}>
          <Dialog.Title className="sr-only">{t('commands.palette')}</Dialog.Title>
          <input
            className="input palette-input"
            role="combobox"
            aria-label={t('commands.search')}
            aria-expanded="true"
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={currentId}
            placeholder={t('commands.search')}
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              setActive(0);
            }}
            onKeyDown={onKeyDown}
          />
          <ul className="palette-list" role="listbox" id={listId} aria-label={t('commands.palette')}>
            {shown.map((entry) => (
              <li
                key={entry.id}
                id={optionId(entry.id)}
                role="option"
                aria-selected={entry === current}
                className="palette-option"
                onMouseMove={() => setActive(shown.indexOf(entry))}
                onClick={() => run(entry.id)}
              >
                <span>{entry.label}</span>
                {entry.shortcut && <kbd>{shortcutText(entry.shortcut)}</kbd>}
              </li>
            ))}
          </ul>
          {shown.length === 0 && (
            <p className="palette-empty" role="status">
              {t('commands.none')}
            </p>
          )}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

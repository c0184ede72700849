const LOCK_PREFIX = 'trayecto:tab:';

/**
 * This window (tab), named for its journal entries. It holds a Web Lock for as long as it is
 * open, so a starting window can tell the journal entries of windows still open (theirs to
 * clear) from those of windows that closed (to recover).
 */
function openTab() {
  const id = crypto.randomUUID();
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  void locks?.request(LOCK_PREFIX + id, () => new Promise<never>(() => {}));
  return {
    id,
    /** The ids of the other windows open now (none known if the browser has no Web Locks). */
    async otherTabsAlive(): Promise<Set<string>> {
      const held = (await locks?.query())?.held ?? [];
      return new Set(
        held
          .map((lock) => lock.name ?? '')
          .filter((name) => name.startsWith(LOCK_PREFIX))
          .map((name) => name.slice(LOCK_PREFIX.length))
          .filter((tabId) => tabId !== id),
      );
    },
  };
}

export const thisTab = openTab();

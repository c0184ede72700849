/**
 * The screen in the address: `#/journey/<id>` for an open map, `#/` for the library. A reload
 * comes back to the same screen and the browser's Back returns from a map to the library.
 * No hash at all means "where the user left off" (the start-up decides).
 */
export type Route = { screen: 'library' } | { screen: 'journey'; id: string } | { screen: 'unspecified' };

const JOURNEY = /^#\/journey\/(.+)$/;

export function readRoute(hash = location.hash): Route {
  const journey = JOURNEY.exec(hash);
  if (journey) return { screen: 'journey', id: decodeURIComponent(journey[1]!) };
  return hash === '' || hash === '#' ? { screen: 'unspecified' } : { screen: 'library' };
}

const hashOf = (route: Route) =>
  route.screen === 'journey' ? `#/journey/${encodeURIComponent(route.id)}` : '#/';

/** Show `route` in the address: a new history entry (Back undoes it) or in place of the current one. */
export function showRoute(route: Route, how: 'push' | 'replace'): void {
  const hash = hashOf(route);
  if (location.hash === hash) return;
  if (how === 'push') history.pushState({ trayecto: hash }, '', hash);
  else history.replaceState(history.state, '', hash);
}

/** Leave a map for the library: back through the history entry opening it made, if it is the last one. */
export function showLibrary(): void {
  if ((history.state as { trayecto?: string } | null)?.trayecto === location.hash) history.back();
  else showRoute({ screen: 'library' }, 'replace');
}

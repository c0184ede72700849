import { valenceOf, type Valence } from './emotion';
import { openNotesByTarget } from './openNotes';
import type { Journey, Touchpoint } from './schema';

/** What the map shows brightly (the rest fades); an empty list means "any". View state, per journey. */
export interface Filters {
  personaIds: string[];
  channelIds: string[];
  valences: Valence[];
  openPainPointsOnly: boolean;
}

export const NO_FILTERS: Filters = {
  personaIds: [],
  channelIds: [],
  valences: [],
  openPainPointsOnly: false,
};

/** How many choices the filters hold (the count on the Filters button). */
export const activeFilterCount = (filters: Filters): number =>
  filters.personaIds.length +
  filters.channelIds.length +
  filters.valences.length +
  (filters.openPainPointsOnly ? 1 : 0);

/**
 * Which touchpoints of this journey the filters let through: of a chosen persona, on any chosen channel,
 * of a chosen valence, and — when asked — with an open pain point pinned to it.
 */
export function touchpointFilter(journey: Journey, filters: Filters): (touchpoint: Touchpoint) => boolean {
  const { painPoints } = openNotesByTarget(journey.annotations);
  return (t) =>
    (filters.personaIds.length === 0 || filters.personaIds.includes(t.personaId)) &&
    (filters.channelIds.length === 0 || t.channelIds.some((c) => filters.channelIds.includes(c))) &&
    (filters.valences.length === 0 || filters.valences.includes(valenceOf(t.emotion))) &&
    (!filters.openPainPointsOnly || painPoints.has(t.id));
}

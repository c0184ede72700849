import { z } from 'zod';
import { checkInvariants, checkJourney, journeySchema, type InvariantOptions, type Journey } from '../model';
import { InvalidJourneyError } from './errors';

/** The journey's lists of items; an edit replaces the few items it changes and shares the rest. */
export const JOURNEY_LISTS = [
  'scenarios',
  'stages',
  'personas',
  'channels',
  'touchpoints',
  'annotations',
  'metrics',
  'metricValues',
  'researchNotes',
] as const satisfies readonly (keyof Journey)[];
export type JourneyList = (typeof JOURNEY_LISTS)[number];

/** A list's own schema, without the default an optional list has. */
const listSchema = (key: JourneyList) => {
  const schema = journeySchema.shape[key];
  return schema instanceof z.ZodDefault ? schema.unwrap() : schema;
};
const listOmitted = Object.fromEntries(JOURNEY_LISTS.map((key) => [key, true])) as Record<JourneyList, true>;
/** The journey without its lists: title, dates, conflicts… */
const headSchema = journeySchema.omit(listOmitted);
/** Each list's own checks (how many items) without parsing its items. */
const listLengthSchemas = Object.fromEntries(
  JOURNEY_LISTS.map((key) => [
    key,
    z.array(z.unknown()).check(...((listSchema(key)._zod.def.checks ?? []) as z.core.$ZodCheck<unknown[]>[])),
  ]),
) as unknown as Record<JourneyList, z.ZodType>;

type Issues = { path: string; message: string }[];
const issuesOf = (error: { issues: readonly z.core.$ZodIssue[] }, prefix: (string | number)[] = []): Issues =>
  error.issues.map((i) => ({ path: [...prefix, ...i.path].join('.'), message: i.message }));

/** The journey `checkJourney` makes of a stored value, or an InvalidJourneyError saying what is wrong where. */
export function validJourney(raw: unknown, options?: InvariantOptions): Journey {
  const checked = checkJourney(raw, options);
  if (checked.ok) return checked.journey;
  const { fault } = checked;
  throw new InvalidJourneyError(fault.kind === 'schema' ? issuesOf(fault) : fault.violations);
}

/**
 * Validates journeys on their way into the library, parsing only the items it has not seen valid
 * before: an edit made by a command replaces the items it changes and keeps the others (the same
 * objects), so a save costs the changed items plus the cross-reference check, not the whole map.
 */
export class JourneyValidator {
  private readonly valid = new WeakSet<object>();
  /**
   * Journeys trusted whose items are not remembered yet: a measured map has tens of thousands, which opening
   * it should not wait for. The next check remembers them (if the journey is still around to edit).
   */
  private trusted: WeakRef<Journey>[] = [];

  /** Remember a journey's items as valid (one that came out of `journeySchema`), by the next check. */
  trust(journey: Journey): void {
    // Those gone meanwhile are let go: saves through a worker never check on this thread.
    this.trusted = [...this.trusted.filter((earlier) => earlier.deref()), new WeakRef(journey)];
  }

  /** Throws InvalidJourneyError unless the journey matches the schema and its invariants. */
  check(journey: Journey): void {
    for (const trusted of this.trusted.splice(0)) {
      const earlier = trusted.deref();
      if (earlier) this.remember(earlier);
    }
    const issues: Issues = [];
    const head = headSchema.safeParse(journey);
    if (!head.success) issues.push(...issuesOf(head.error));
    for (const key of JOURNEY_LISTS) {
      const list: unknown = journey[key];
      if (typeof list === 'object' && list !== null && this.valid.has(list)) continue;
      const length = listLengthSchemas[key].safeParse(list);
      if (!length.success) {
        issues.push(...issuesOf(length.error, [key]));
        continue;
      }
      const element = listSchema(key).element;
      (list as unknown[]).forEach((item, i) => {
        if (typeof item === 'object' && item !== null && this.valid.has(item)) return;
        const parsed = element.safeParse(item);
        if (!parsed.success) issues.push(...issuesOf(parsed.error, [key, i]));
      });
    }
    if (!issues.length) issues.push(...checkInvariants(journey));
    if (issues.length) throw new InvalidJourneyError(issues);
    this.remember(journey);
  }

  private remember(journey: Journey): void {
    for (const key of JOURNEY_LISTS) {
      this.valid.add(journey[key]);
      for (const item of journey[key]) this.valid.add(item);
    }
  }
}

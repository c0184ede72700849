import { foldAccents } from '../model';

/**
 * A spreadsheet header as a key to compare: lower case, without accents, without what is in
 * parentheses or brackets (units such as "(1-10)" or "[%]"), punctuation and "_" as single spaces.
 * "Satisfacción (1-10)", "satisfaccion" and "SATISFACCIÓN [%]" give the same key.
 */
export function headerKey(header: string): string {
  return foldAccents(header)
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Which of several names a header matches (ignoring case, accents and units): a table from a
 * thing to the header names it goes by, e.g. `{ stage: ['Stage', 'Fase', 'Etapa'] }`.
 */
export function headerMatcher<T extends string>(
  names: Record<T, readonly string[]>,
): (header: string) => T | undefined {
  const byKey = new Map<string, T>();
  for (const [thing, spellings] of Object.entries(names) as [T, readonly string[]][])
    for (const spelling of spellings) byKey.set(headerKey(spelling), thing);
  return (header) => byKey.get(headerKey(header));
}

/**
 * Text as people's names are compared: lower case, accents dropped ("Satisfacción" and "satisfaccion"
 * match). The one rule behind header matching, metric names, CSV words and the command palette's search.
 */
export const foldAccents = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

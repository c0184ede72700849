import type { ChannelKind } from './schema';

/**
 * The colour a channel starts with, by its kind: the same on every map, whether the channel came
 * from a template, a CSV import or the editor. Chosen to stay apart for colour-blind viewers.
 */
export const CHANNEL_KIND_COLORS: Record<ChannelKind, string> = {
  web: '#0072b2',
  email: '#7c3aed',
  phone: '#0f766e',
  'in-person': '#b45309',
  social: '#be185d',
  app: '#4d7c0f',
  chat: '#0891b2',
  advertising: '#9f1239',
  mail: '#a16207',
  other: '#64748b',
};

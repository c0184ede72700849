import type { ChannelKind } from './schema';

/**
 * The colours new stages take in turn, whether they come from a template, a CSV import or the
 * editor's Add stage: calm, and told apart side by side.
 */
export const STAGE_COLORS = [
  '#2563eb',
  '#0d9488',
  '#7c3aed',
  '#c2410c',
  '#be185d',
  '#4d7c0f',
  '#0369a1',
  '#a16207',
] as const;

/** The colours new personas take in turn (their lane's edge, their curve). */
export const PERSONA_COLORS = ['#2563eb', '#0d9488', '#c2410c', '#7c3aed', '#be185d', '#4d7c0f'] as const;

/** The colour of the stage added at `index` (0 for the first), round the palette again after the last. */
export const stageColor = (index: number): string => STAGE_COLORS[index % STAGE_COLORS.length]!;

/** The colour of the persona added at `index` (0 for the first), round the palette again after the last. */
export const personaColor = (index: number): string => PERSONA_COLORS[index % PERSONA_COLORS.length]!;

/** Scenarios compared on one chart, in Okabe–Ito colours: told apart with colour-blindness too. */
export const SCENARIO_COLORS = [
  '#0072b2',
  '#d55e00',
  '#009e73',
  '#cc79a7',
  '#e69f00',
  '#56b4e9',
  '#000000',
] as const;

/** The colour of the scenario at `index` on a chart. */
export const scenarioColor = (index: number): string => SCENARIO_COLORS[index % SCENARIO_COLORS.length]!;

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

/** The edge of the lane of touchpoints on no channel (or on one since deleted), in the channel view. */
export const NO_CHANNEL_COLOR = '#94a3b8';

import type { TargetStatus } from '../analytics';
import type { AnnotationKind, Valence } from '../model';

/**
 * Emotion colours from the Okabe–Ito palette (safe for the common colour-vision deficiencies),
 * always paired with a face so that colour is never the only cue.
 */
export const VALENCE_COLOR: Record<Valence, string> = {
  positive: '#0072b2',
  neutral: '#6b7280',
  negative: '#d55e00',
};

/** The colours of a printed map: light, whatever the app's theme. */
export const PAPER = {
  background: '#ffffff',
  surface: '#ffffff',
  band: '#f6f7f9',
  text: '#111827',
  muted: '#5b6472',
  border: '#d9dee6',
  line: '#e5e7eb',
} as const;

export const NOTE_COLOR: Record<AnnotationKind, string> = {
  'pain-point': '#b42318',
  opportunity: '#067647',
  idea: '#7c3aed',
  question: '#2454d6',
  comment: '#5b6472',
};

/** A metric's standing, as the canvas's badges (always with its symbol). */
export const STATUS_COLOR: Record<TargetStatus, string> = { on: '#0a7a3d', near: '#a15c00', off: '#b42318' };

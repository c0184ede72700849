import { scenarioView, type Journey, type Language } from '../model';
import type { ViewMode } from '../layout/mapGrid';
import type { ExportFonts } from '../drawing/fonts';
import { drawSheet } from '../drawing/sheet';
import { drawingToSvg } from '../drawing/svg';
import { EXPORT_WORDS } from './words';

export interface MapImageOptions {
  /** The scenario to draw (default: the first). */
  scenarioId?: string;
  mode: ViewMode;
  /** The language of the deliverable's own words (default: the map's). */
  language?: Language;
  /** Text as text with the font embedded (default), or as outlines for tools that read no embedded font. */
  text?: 'text' | 'outlines';
  /** No background: the map on a transparent sheet. */
  transparent?: boolean;
}

/** The scenario a deliverable shows, as a one-scenario journey. */
export function shownScenario(journey: Journey, scenarioId?: string): Journey {
  return scenarioView(
    journey,
    journey.scenarios.find((s) => s.id === scenarioId)?.id ?? journey.scenarios[0]!.id,
  );
}

/** The deliverable image of one scenario (title, map, legend, key of notes) as the drawing's shapes. */
export function journeySheet(journey: Journey, fonts: ExportFonts, options: MapImageOptions) {
  const shown = shownScenario(journey, options.scenarioId);
  const language = options.language ?? journey.language;
  const sheet = drawSheet(shown, options.mode, fonts, EXPORT_WORDS[language]);
  return { ...sheet, shapes: options.transparent ? sheet.shapes.slice(1) : sheet.shapes };
}

/** The map of one scenario as a self-contained vector SVG (see src/drawing). */
export function journeySvg(journey: Journey, fonts: ExportFonts, options: MapImageOptions): string {
  return drawingToSvg(journeySheet(journey, fonts, options), fonts, {
    text: options.text ?? 'text',
    title: journey.title,
    lang: options.language ?? journey.language,
  });
}

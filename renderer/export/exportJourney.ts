import i18next from 'i18next';
import { journeyToCsv, writeNotesFile, writeTrayecto } from '../../src/formats';
import type { Journey } from '../../src/model';
import type { ViewMode } from '../canvas/layout';
import { getPlatform } from '../platform';
import type { SaveResult } from '../platform/types';
import type { ExportFormat } from '../state/dialogStore';
import type { Paper } from '../../src/export/pdf';
import type { DeliverableJob } from './deliverables';
import { makeInWorker } from './exportInWorker';
import { FILTERS, fileNameFor } from '../platform/fileNames';

export type ExportBackground = 'white' | 'transparent';

export interface ExportOptions {
  format: ExportFormat;
  pixelRatio: number;
  background: ExportBackground;
  /** SVG: text drawn as shapes, for tools that read no embedded font. */
  outlines: boolean;
  paper: Paper;
  portrait: boolean;
  /** PDF: an Insights page after the map. */
  insightsPage: boolean;
  mode: ViewMode;
}

export interface ExportOutcome {
  saved: SaveResult | undefined;
  /** What to tell the user besides "saved" (e.g. a lowered pixel ratio). */
  note?: string;
}

const encode = (text: string) => new TextEncoder().encode(text);

/**
 * Export `journey` (the whole journey). Images and PDF draw `shown`, the scenario on show,
 * named after it when the map has several; the files that carry data carry every scenario.
 */
export async function exportJourney(
  journey: Journey,
  shown: Journey,
  options: ExportOptions,
  signal?: AbortSignal,
): Promise<ExportOutcome> {
  const platform = getPlatform();
  const drawn =
    journey.scenarios.length > 1
      ? { ...shown, title: `${shown.title} — ${shown.scenarios[0]!.name}` }
      : shown;
  switch (options.format) {
    case 'json':
      return {
        saved: await platform.saveFile(
          encode(writeTrayecto(journey)),
          fileNameFor(journey.title, 'trayecto'),
          [FILTERS.trayecto, FILTERS.json],
        ),
      };
    case 'csv':
      return {
        saved: await platform.saveFile(encode(journeyToCsv(journey)), fileNameFor(journey.title, 'csv'), [
          FILTERS.csv,
        ]),
      };
    case 'notes':
      return {
        saved: await platform.saveFile(
          encode(writeNotesFile(journey)),
          fileNameFor(i18next.t('exportNames.notes', { title: journey.title }), 'json'),
          [FILTERS.json],
        ),
      };
    case 'pdf':
    case 'html':
    case 'xlsx': {
      const job: DeliverableJob =
        options.format === 'pdf'
          ? {
              format: 'pdf',
              journey,
              options: {
                scenarioId: shown.scenarios[0]!.id,
                mode: options.mode,
                paper: options.paper,
                portrait: options.portrait,
                insights: options.insightsPage,
                date: new Date().toISOString(),
              },
            }
          : options.format === 'html'
            ? { format: 'html', journey, options: { mode: options.mode } }
            : { format: 'xlsx', journey };
      const { bytes } = await makeInWorker(job, signal);
      const name = options.format === 'pdf' ? drawn.title : journey.title;
      return {
        saved: await platform.saveFile(bytes, fileNameFor(name, options.format), [FILTERS[options.format]]),
      };
    }
    case 'png':
    case 'svg': {
      const image = {
        scenarioId: shown.scenarios[0]!.id,
        mode: options.mode,
        transparent: options.background === 'transparent',
      };
      // A PNG carries the map inside it (the worker embeds it): opening it in Trayecto gives the journey back.
      const made = await makeInWorker(
        options.format === 'png'
          ? { format: 'png', journey, options: { ...image, pixelRatio: options.pixelRatio } }
          : { format: 'svg', journey, options: { ...image, text: options.outlines ? 'outlines' : 'text' } },
        signal,
      );
      const saved = await platform.saveFile(made.bytes, fileNameFor(drawn.title, options.format), [
        FILTERS[options.format],
      ]);
      const used = made.pixelRatio ?? options.pixelRatio;
      return {
        saved,
        note:
          used < options.pixelRatio
            ? i18next.t('export.lowered', { asked: options.pixelRatio, used })
            : undefined,
      };
    }
  }
}

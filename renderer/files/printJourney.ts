import { createElement } from 'react';
import type { Journey } from '../../src/model';
import { layoutJourney, type ViewMode } from '../canvas/layout';
import { getPlatform } from '../platform';
import type { PdfOptions, SaveResult } from '../platform/types';
import { mountDetached, mountExportSheet } from './exportImage';
import { fileNameFor } from './fileNames';
import { InsightsPage } from './InsightsPage';

type PageSize = PdfOptions['pageSize'];

const mm = (length: number) => (length / 25.4) * 96;

/** A4 and A3 landscape, less 10 mm margins, in CSS pixels (96 per inch). */
const PRINT_AREA_PX: Record<PageSize, { width: number; height: number }> = {
  A4: { width: mm(297 - 20), height: mm(210 - 20) },
  A3: { width: mm(420 - 20), height: mm(297 - 20) },
};

/** The Insights page is laid out on A4's printable width, then zoomed to the page. */
const INSIGHTS_PAGE_WIDTH_PX = PRINT_AREA_PX.A4.width;

/** The zoom that puts an Insights page `height` px tall on one page: grown to fill A3, shrunk when too tall. */
export function insightsPageZoom(pageSize: PageSize, height: number): number {
  const area = PRINT_AREA_PX[pageSize];
  // A hair under the page, so rounding never pushes a last line onto a page of its own.
  return Math.min(area.width / INSIGHTS_PAGE_WIDTH_PX, (area.height * 0.98) / Math.max(1, height));
}

/** What the Insights page is about: the whole journey and the scenario on show. */
interface InsightsPageSource {
  journey: Journey;
  scenarioId: string;
}

/**
 * Print the whole map — a print-only sheet scaled to the page width — and, when asked, the
 * Insights page after it; then the host's PDF or print dialog.
 */
export async function printJourney(
  drawn: Journey,
  mode: ViewMode,
  pageSize: PageSize,
  insights?: InsightsPageSource,
): Promise<SaveResult | undefined> {
  const sheet = mountExportSheet(drawn, layoutJourney(drawn, mode), 'print-host');
  sheet.element.style.zoom = String(Math.min(1, PRINT_AREA_PX[pageSize].width / sheet.width));
  const page =
    insights && mountDetached(createElement(InsightsPage, { ...insights, title: drawn.title }), 'print-host');
  if (page) {
    const element = page.host.firstElementChild as HTMLElement;
    element.style.width = `${INSIGHTS_PAGE_WIDTH_PX}px`;
    element.style.zoom = String(insightsPageZoom(pageSize, element.offsetHeight));
  }
  const style = document.createElement('style');
  style.textContent = `@page { size: ${pageSize} landscape; margin: 10mm; }`;
  document.head.append(style);
  try {
    return await getPlatform().printToPdf({ pageSize }, fileNameFor(drawn.title, 'pdf'));
  } finally {
    style.remove();
    page?.unmount();
    sheet.unmount();
  }
}

/// <reference types="pdfkit" />
import type { Insights } from '../analytics';
import type { Journey } from '../model';
import type { ExportFonts } from '../drawing/fonts';
import { journeyCharts } from '../drawing/insightsChart';
import { paintShapes } from './pdfPainter';
import type { ExportWords } from './words';

/** The Insights page's charts, drawn as vector shapes at the page's cursor, across its text width. */
export function paintInsightsCharts(
  doc: PDFKit.PDFDocument,
  journey: Journey,
  insights: Insights,
  words: ExportWords,
  fonts: ExportFonts,
) {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const chart = journeyCharts(journey, insights, words, width, fonts);
  if (doc.y + chart.height > doc.page.height - doc.page.margins.bottom) doc.addPage();
  const top = doc.y;
  doc.save().translate(left, top);
  paintShapes(doc, chart.shapes, fonts);
  doc.restore();
  doc.x = left;
  doc.y = top + chart.height + 12;
}

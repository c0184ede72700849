import type { Journey } from '../model';
import { PAPER } from '../drawing/palette';
import { planTable } from '../formats/planCsv';
import { PDF_FONT } from './pdfPainter';
import type { ExportWords } from './words';

/** The PDF report's action plan: the ranked opportunities with quadrant, scores, owner, due date and status. */
export function planPage(doc: PDFKit.PDFDocument, journey: Journey, words: ExportWords): void {
  const w = words.blueprint;
  const { rows } = planTable(journey, w.language);
  if (!rows.length) return;
  doc.addPage();
  doc.outline.addItem(w.plan);
  doc.font(PDF_FONT[600]).fontSize(22).fillColor(PAPER.text).text(w.plan);
  doc.moveDown(0.5);
  const c = w.columns;
  for (const [rank, text, target, impact, effort, quadrant, owner, due, status, pains] of rows) {
    doc.font(PDF_FONT[600]).fontSize(11).fillColor(PAPER.text).text(`${rank}. ${text}`);
    const facts = [
      target,
      quadrant,
      impact && `${c.impact} ${impact}`,
      effort && `${c.effort} ${effort}`,
      owner,
      due,
      status,
      pains !== '0' && `${c.painPoints.replaceAll('_', ' ')}: ${pains}`,
    ];
    doc.font(PDF_FONT[400]).fontSize(9).fillColor(PAPER.muted).text(facts.filter(Boolean).join(' · '));
    doc.moveDown(0.4);
  }
}

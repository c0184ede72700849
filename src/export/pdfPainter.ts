/// <reference types="pdfkit" />
import type { ExportFonts, Weight } from '../drawing/fonts';
import type { Shape } from '../drawing/shapes';

/** The font names the PDF registers Inter under, by weight. */
export const PDF_FONT: Record<Weight, string> = { 400: 'Inter', 600: 'Inter-SemiBold' };

/** Register the shipped Inter in a PDF: pdfkit embeds the glyphs it uses, as vector text. */
export function registerPdfFonts(doc: PDFKit.PDFDocument, fonts: ExportFonts) {
  doc.registerFont(PDF_FONT[400], fonts.files[400] as Buffer);
  doc.registerFont(PDF_FONT[600], fonts.files[600] as Buffer);
}

function paint(doc: PDFKit.PDFDocument, fill?: string, stroke?: string, width = 1, dash?: number) {
  if (stroke) doc.lineWidth(width).strokeColor(stroke);
  if (dash) doc.dash(dash, { space: dash });
  if (fill && stroke) doc.fillAndStroke(fill, stroke);
  else if (fill) doc.fill(fill);
  else if (stroke) doc.stroke();
  if (dash) doc.undash();
}

/** Draw the drawing's shapes (map units) on the current page, through its current transform. */
export function paintShapes(doc: PDFKit.PDFDocument, shapes: readonly Shape[], fonts: ExportFonts) {
  for (const shape of shapes) {
    switch (shape.kind) {
      case 'rect':
        if (shape.radius) doc.roundedRect(shape.x, shape.y, shape.width, shape.height, shape.radius);
        else doc.rect(shape.x, shape.y, shape.width, shape.height);
        paint(doc, shape.fill, shape.stroke, shape.strokeWidth, shape.dash);
        break;
      case 'path':
        doc.path(shape.d);
        paint(doc, shape.fill, shape.stroke, shape.strokeWidth, shape.dash);
        break;
      case 'icon':
        doc
          .save()
          .translate(shape.x, shape.y)
          .scale(shape.size / 24);
        doc.path(shape.d).lineWidth(2.25).lineCap('round').lineJoin('round').stroke(shape.color);
        doc.restore();
        break;
      case 'text': {
        doc.font(PDF_FONT[shape.weight]).fontSize(shape.size).fillColor(shape.fill);
        shape.lines.forEach((line, i) => {
          const x = shape.anchor ? shape.x - fonts.width(line, shape.weight, shape.size) / 2 : shape.x;
          doc.text(line, x, shape.y + i * shape.lineHeight, { lineBreak: false, baseline: 'alphabetic' });
        });
        break;
      }
      case 'emoji':
        // PDF has no colour emoji: the persona's initial on its colour.
        doc.circle(shape.x, shape.y, shape.size * 0.75).fill(shape.color);
        doc.font(PDF_FONT[600]).fontSize(shape.size).fillColor('#ffffff');
        doc.text(
          shape.fallback,
          shape.x - fonts.width(shape.fallback, 600, shape.size) / 2,
          shape.y + shape.size * 0.35,
          {
            lineBreak: false,
            baseline: 'alphabetic',
          },
        );
        break;
      case 'image':
        try {
          doc.image(shape.href, shape.x, shape.y, { width: shape.width, height: shape.height });
        } catch {
          // An avatar pdfkit cannot read (neither PNG nor JPEG) is left out; the name is beside it.
        }
        break;
      case 'group':
        doc.save().translate(shape.x, shape.y);
        paintShapes(doc, shape.shapes, fonts);
        doc.restore();
        break;
    }
  }
}

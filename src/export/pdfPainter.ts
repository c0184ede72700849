/// <reference types="pdfkit" />
import type { ExportFonts, Weight } from '../drawing/fonts';
import type { Shape } from '../drawing/shapes';
import type { Persona } from '../model';

/** The font names the PDF registers Inter under, by weight. */
export const PDF_FONT: Record<Weight, string> = { 400: 'Inter', 600: 'Inter-SemiBold' };

/** Register the shipped Inter in a PDF: pdfkit embeds the glyphs it uses, as vector text. */
export function registerPdfFonts(doc: PDFKit.PDFDocument, fonts: ExportFonts) {
  doc.registerFont(PDF_FONT[400], fonts.files[400] as Buffer);
  doc.registerFont(PDF_FONT[600], fonts.files[600] as Buffer);
}

/** Images pdfkit can embed: PNG and JPEG. */
const PDF_IMAGE = /^data:image\/(png|jpe?g);base64,/;

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
      case 'image': {
        const { href, x, y, width, height } = shape;
        if (!PDF_IMAGE.test(href)) break; // pdfkit reads PNG and JPEG only; the name is beside the avatar.
        doc.save();
        if (shape.round) doc.ellipse(x + width / 2, y + height / 2, width / 2, height / 2).clip();
        try {
          doc.image(href, x, y, { cover: [width, height], align: 'center', valign: 'center' });
        } catch {
          // A broken picture is left out, not the whole PDF.
        }
        doc.restore();
        break;
      }
      case 'group':
        doc.save().translate(shape.x, shape.y);
        paintShapes(doc, shape.shapes, fonts);
        doc.restore();
        break;
    }
  }
}

/**
 * A persona's avatar, `size` wide, top-left at (x, y): its picture in a circle when it is a PNG or JPEG; else
 * its initial on its colour — PDF fonts have no colour emoji, and pdfkit reads no other image format.
 */
export function paintAvatar(
  doc: PDFKit.PDFDocument,
  persona: Persona,
  x: number,
  y: number,
  size: number,
  fonts: ExportFonts,
) {
  const r = size / 2;
  if (PDF_IMAGE.test(persona.avatar)) {
    const picture: Shape = {
      kind: 'image',
      href: persona.avatar,
      x,
      y,
      width: size,
      height: size,
      round: true,
    };
    paintShapes(doc, [picture], fonts);
    doc
      .circle(x + r, y + r, r)
      .lineWidth(1.5)
      .stroke(persona.color);
    return;
  }
  doc.circle(x + r, y + r, r).fill(persona.color);
  doc
    .font(PDF_FONT[600])
    .fontSize(size / 2)
    .fillColor('#ffffff')
    .text((persona.name[0] ?? '?').toUpperCase(), x, y + size * 0.22, { width: size, align: 'center' });
}

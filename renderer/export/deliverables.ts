import type { Journey } from '../../src/model';
import type { MapImageOptions } from '../../src/export/mapImage';
import type { PdfOptions } from '../../src/export/pdf';
import { embedDocumentInPng, writeTrayecto } from '../../src/formats';
import { exportFonts } from './exportFonts';

/** A deliverable drawn from the journey: what the export worker makes. */
export type DeliverableJob =
  | { format: 'svg'; journey: Journey; options: MapImageOptions }
  | { format: 'png'; journey: Journey; options: MapImageOptions & { pixelRatio: number } }
  | { format: 'pdf'; journey: Journey; options: PdfOptions }
  | { format: 'html'; journey: Journey; options: Pick<MapImageOptions, 'mode'> }
  | { format: 'xlsx'; journey: Journey };

/** A deliverable's bytes, and for a PNG the pixel ratio it could have (lower than asked on a huge map). */
export interface Deliverable {
  bytes: Uint8Array;
  pixelRatio?: number;
}

/** The file. Each library loads on first use, not with the app. */
export async function makeDeliverable(job: DeliverableJob): Promise<Deliverable> {
  const bytes = await deliverableBytes(job);
  return bytes instanceof Uint8Array ? { bytes } : bytes;
}

async function deliverableBytes(job: DeliverableJob): Promise<Uint8Array | Deliverable> {
  switch (job.format) {
    case 'svg': {
      const { journeySvg } = await import('../../src/export/mapImage');
      return new TextEncoder().encode(journeySvg(job.journey, await exportFonts(), job.options));
    }
    case 'png': {
      const { journeySheet } = await import('../../src/export/mapImage');
      const { drawingToPng } = await import('./mapImage');
      const fonts = await exportFonts();
      const image = await drawingToPng(
        journeySheet(job.journey, fonts, job.options),
        fonts,
        job.options.pixelRatio,
      );
      // A PNG carries the map inside it: opening it in Trayecto gives the editable journey back.
      return { ...image, bytes: embedDocumentInPng(image.bytes, writeTrayecto(job.journey)) };
    }
    case 'pdf': {
      const { journeyPdf } = await import('../../src/export/pdf');
      const { default: PDFDocument } = await import('pdfkit/js/pdfkit.standalone.js');
      return journeyPdf(PDFDocument, job.journey, await exportFonts(), job.options);
    }
    case 'html': {
      const { journeyHtml } = await import('../../src/export/html');
      return new TextEncoder().encode(await journeyHtml(job.journey, await exportFonts(), job.options));
    }
    case 'xlsx': {
      const { journeyXlsx } = await import('../../src/export/xlsx');
      return journeyXlsx(job.journey);
    }
  }
}

import type { Journey } from '../../src/model';
import type { MapImageOptions } from '../../src/export/mapImage';
import type { PdfOptions } from '../../src/export/pdf';
import { exportFonts } from './exportFonts';

/** A deliverable drawn from the journey: what the export worker makes. */
export type DeliverableJob =
  | { format: 'svg'; journey: Journey; options: MapImageOptions }
  | { format: 'pdf'; journey: Journey; options: PdfOptions }
  | { format: 'html'; journey: Journey; options: Pick<MapImageOptions, 'mode'> }
  | { format: 'xlsx'; journey: Journey };

/** The file's bytes. Each library loads on first use, not with the app. */
export async function makeDeliverable(job: DeliverableJob): Promise<Uint8Array> {
  switch (job.format) {
    case 'svg': {
      const { journeySvg } = await import('../../src/export/mapImage');
      return new TextEncoder().encode(journeySvg(job.journey, await exportFonts(), job.options));
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

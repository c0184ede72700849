import { extname } from 'node:path';
import { embedDocumentInPng, writeTrayecto } from '../formats';
import { LANGUAGES, type Journey, type Language } from '../model';
import type { ExportFonts } from '../drawing/fonts';
import { journeySvg, type MapImageOptions } from '../export/mapImage';
import { journeyPdf, PAPERS, type Paper } from '../export/pdf';
import { journeyXlsx } from '../export/xlsx';
import { journeyHtml } from '../export/html';
import { loadExportFonts } from './exportFonts';

export const EXPORT_USAGE = `  export IN OUT.{svg,png,pdf,xlsx,html} [--scenario NAME] [--lang en|es] [--channels] [--outlines]
                         [--paper A4|A3|letter|tabloid] [--portrait]
                         draw the map of one scenario (default: the first) as a vector SVG, a PNG or
                         a PDF (default A3 landscape), a web page, or an Excel workbook, in the map's language
                         or --lang; --channels draws channels in the rows, --outlines the SVG's text as
                         shapes (for tools without Inter)
`;

const FORMATS = ['.svg', '.png', '.pdf', '.xlsx', '.html'] as const;
type Format = (typeof FORMATS)[number];

export interface ExportIo {
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
  stdout(text: string): void;
  stderr(text: string): void;
}

interface Parsed {
  input: string;
  output: string;
  format: Format;
  scenario?: string;
  language?: Language;
  channels: boolean;
  outlines: boolean;
  paper: Paper;
  portrait: boolean;
}

/** The export command's arguments, or what is wrong with them. */
export function parseExportArgs(args: readonly string[]): Parsed | string {
  const files: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--scenario' || arg === '--lang' || arg === '--paper') {
      const value = args[++i];
      if (value === undefined) return `${arg} needs a value`;
      flags.set(arg, value);
    } else if (arg === '--channels' || arg === '--outlines' || arg === '--portrait') flags.set(arg, true);
    else if (arg.startsWith('--')) return `unknown option "${arg}"`;
    else files.push(arg);
  }
  if (files.length !== 2) return 'export takes an input and an output file';
  const [input, output] = files as [string, string];
  const format = extname(output).toLowerCase() as Format;
  if (!FORMATS.includes(format)) return `cannot export to "${output}": use ${FORMATS.join(', ')}`;
  const language = flags.get('--lang');
  if (language !== undefined && !LANGUAGES.includes(language as Language))
    return `--lang must be ${LANGUAGES.join(' or ')}`;
  const paperName = (flags.get('--paper') as string | undefined) ?? 'A3';
  const paper = PAPERS.find((p) => p.toLowerCase() === paperName.toLowerCase());
  if (!paper) return `--paper must be ${PAPERS.join(', ')}`;
  return {
    input,
    output,
    format,
    scenario: flags.get('--scenario') as string | undefined,
    language: language as Language | undefined,
    channels: flags.has('--channels'),
    outlines: flags.has('--outlines'),
    paper,
    portrait: flags.has('--portrait'),
  };
}

/** The PNG of an SVG, through resvg (its binaries ship in npm packages): no browser needed. */
async function rasterise(svg: string): Promise<Uint8Array> {
  const { Resvg } = await import('@resvg/resvg-js');
  return new Resvg(svg, { font: { loadSystemFonts: true }, fitTo: { mode: 'zoom', value: 2 } })
    .render()
    .asPng();
}

async function render(journey: Journey, parsed: Parsed, fonts: ExportFonts, scenarioId: string) {
  const options: MapImageOptions = {
    scenarioId,
    mode: parsed.channels ? 'channels' : 'personas',
    language: parsed.language,
    text: parsed.outlines ? 'outlines' : 'text',
  };
  switch (parsed.format) {
    case '.svg':
      return journeySvg(journey, fonts, options);
    case '.png':
      // Outlines: the rasteriser reads no embedded font. The PNG carries the map, as the app's does.
      return embedDocumentInPng(
        await rasterise(journeySvg(journey, fonts, { ...options, text: 'outlines' })),
        writeTrayecto(journey),
      );
    case '.html':
      return journeyHtml(journey, fonts, options);
    case '.xlsx':
      return journeyXlsx(journey, { language: parsed.language });
    case '.pdf': {
      const { default: PDFDocument } = await import('pdfkit');
      return journeyPdf(PDFDocument, journey, fonts, {
        ...options,
        paper: parsed.paper,
        portrait: parsed.portrait,
        date: new Date().toISOString(),
      });
    }
  }
}

/** `trayecto export`: returns the exit code (0 written, 1 unreadable input, 2 usage). */
export async function runExport(
  args: readonly string[],
  io: ExportIo,
  load: (path: string) => Promise<Journey | string>,
  usage: (message: string) => number,
): Promise<number> {
  const parsed = parseExportArgs(args);
  if (typeof parsed === 'string') return usage(parsed);
  const journey = await load(parsed.input);
  if (typeof journey === 'string') {
    io.stderr(`invalid: ${journey}\n`);
    return 1;
  }
  const scenario = journey.scenarios.find((s) => parsed.scenario === undefined || s.name === parsed.scenario);
  if (!scenario) {
    io.stderr(
      `no scenario named "${parsed.scenario}"; the scenarios are: ${journey.scenarios.map((s) => s.name).join(', ')}\n`,
    );
    return 2;
  }
  await io.writeFile(parsed.output, await render(journey, parsed, await loadExportFonts(), scenario.id));
  io.stdout(`wrote ${parsed.output}: ${journey.title}, scenario ${scenario.name}\n`);
  return 0;
}

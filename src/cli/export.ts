import { extname } from 'node:path';
import { embedDocumentInPng, writeTrayecto } from '../formats';
import type { Journey, Language } from '../model';
import { loadScenario, type Command } from './command';
import type { CliKey } from './words';
import type { ExportFonts } from '../drawing/fonts';
import { journeySvg, type MapImageOptions } from '../export/mapImage';
import { journeyPdf, PAPERS, type Paper } from '../export/pdf';
import { journeyXlsx } from '../export/xlsx';
import { journeyHtml } from '../export/html';
import { loadExportFonts } from './exportFonts';

const FORMATS = ['.svg', '.png', '.pdf', '.xlsx', '.html'] as const;
type Format = (typeof FORMATS)[number];

interface Parsed {
  input: string;
  output: string;
  format: Format;
  scenario?: string;
  channels: boolean;
  outlines: boolean;
  paper: Paper;
  portrait: boolean;
}

type ParseError = { key: CliKey; params?: Record<string, string> };

/** The export command's arguments (--lang is the CLI's, already taken), or what is wrong with them. */
export function parseExportArgs(args: readonly string[]): Parsed | ParseError {
  const files: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--scenario' || arg === '--paper') {
      const value = args[++i];
      if (value === undefined) return { key: 'exportNeedsValue', params: { option: arg } };
      flags.set(arg, value);
    } else if (arg === '--channels' || arg === '--outlines' || arg === '--portrait') flags.set(arg, true);
    else if (arg.startsWith('--')) return { key: 'exportUnknownOption', params: { option: arg } };
    else files.push(arg);
  }
  if (files.length !== 2) return { key: 'exportArgs' };
  const [input, output] = files as [string, string];
  const format = extname(output).toLowerCase() as Format;
  if (!FORMATS.includes(format))
    return { key: 'exportFormat', params: { path: output, formats: FORMATS.join(', ') } };
  const paperName = (flags.get('--paper') as string | undefined) ?? 'A3';
  const paper = PAPERS.find((p) => p.toLowerCase() === paperName.toLowerCase());
  if (!paper) return { key: 'exportPaper', params: { papers: PAPERS.join(', ') } };
  return {
    input,
    output,
    format,
    scenario: flags.get('--scenario') as string | undefined,
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

async function render(
  journey: Journey,
  parsed: Parsed,
  fonts: ExportFonts,
  scenarioId: string,
  language: Language | undefined,
) {
  const options: MapImageOptions = {
    scenarioId,
    mode: parsed.channels ? 'channels' : 'personas',
    language,
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
      return journeyXlsx(journey, { language });
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
export async function exportMap(command: Command): Promise<number> {
  const { args, chosenLanguage, say, out, usage, io } = command;
  const parsed = parseExportArgs(args);
  if ('key' in parsed) return usage(say(parsed.key, parsed.params));
  const loaded = await loadScenario(command, parsed.input, parsed.scenario);
  if (typeof loaded === 'number') return loaded;
  const { journey, scenario } = loaded;
  const fonts = await loadExportFonts();
  await io.writeFile(parsed.output, await render(journey, parsed, fonts, scenario.id, chosenLanguage));
  out(`${say('exported', { path: parsed.output, title: journey.title, scenario: scenario.name })}\n`);
  return 0;
}

// Export times in Node, as the CLI makes them (`npm run bench` runs it after the app's figures, with the same
// --sizes; alone: `npx tsx tests/bench/exports.ts [--sizes 500,2000,5000]`): drawing + SVG (text and outlines),
// PDF, web page and Excel workbook on the benchmark's generated maps, and the whole
// `trayecto export sample.trayecto out.pdf` process. A Markdown table.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { loadExportFonts } from '../../src/cli/exportFonts';
import { writeTrayecto } from '../../src/formats';
import { journeySvg } from '../../src/export/mapImage';
import { journeyHtml } from '../../src/export/html';
import { journeyPdf } from '../../src/export/pdf';
import { journeyXlsx } from '../../src/export/xlsx';
import { createSampleJourney } from '../../src/templates';
import { generateJourney } from './generate';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : fallback;
};
const sizes = arg('sizes', '500,2000,5000').split(',').map(Number);
const fonts = await loadExportFonts();
const seconds = async (work: () => unknown) => {
  const start = performance.now();
  await work();
  return (performance.now() - start) / 1000;
};

const rows: string[] = [];
for (const size of sizes) {
  const journey = generateJourney(size);
  const svg = await seconds(() => journeySvg(journey, fonts, { mode: 'personas' }));
  const outlines = await seconds(() => journeySvg(journey, fonts, { mode: 'personas', text: 'outlines' }));
  const pdf = await seconds(() =>
    journeyPdf(PDFDocument, journey, fonts, { mode: 'personas', paper: 'A3', date: journey.updatedAt }),
  );
  const html = await seconds(() => journeyHtml(journey, fonts, { mode: 'personas' }));
  const xlsx = await seconds(() => journeyXlsx(journey));
  const cells = [svg, outlines, pdf, html, xlsx].map((t) => `${t.toFixed(2)} s`);
  rows.push(`| ${size.toLocaleString('en-US')} | ${cells.join(' | ')} |`);
}

const dir = mkdtempSync(join(tmpdir(), 'trayecto-bench-'));
const sample = join(dir, 'sample.trayecto');
writeFileSync(sample, writeTrayecto(createSampleJourney('en', { now: '2026-01-01T00:00:00.000Z' })));
const cli = await seconds(() =>
  execFileSync('node', ['bin/trayecto.mjs', 'export', sample, join(dir, 'out.pdf')]),
);
rmSync(dir, { recursive: true, force: true });
console.log("\nExports in Node (the CLI's code), one run each:\n");
console.log(
  '| touchpoints | SVG (text) | SVG (outlines) | PDF (A3) | web page | Excel |\n| --- | --- | --- | --- | --- | --- |',
);
console.log(rows.join('\n'));
console.log(`\n\`trayecto export sample.trayecto out.pdf\` (the whole process): ${cli.toFixed(2)} s`);

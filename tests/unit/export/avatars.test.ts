import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { afterAll, describe, expect, it } from 'vitest';
import { loadExportFonts } from '../../../src/cli/exportFonts';
import { journeySvg } from '../../../src/export/mapImage';
import { journeyPdf } from '../../../src/export/pdf';
import { createSampleJourney } from '../../../src/templates';

// A 1×1 PNG, as a persona's picture would be stored in a map.
const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const fonts = await loadExportFonts();
const journey = createSampleJourney('en', { now: '2026-01-01T00:00:00.000Z' });
journey.personas[0]!.avatar = PNG;
const dir = await mkdtemp(join(tmpdir(), 'trayecto-avatars-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("a persona's picture in the deliverables", () => {
  it('is an SVG image where the avatar is a picture, and an emoji stays text', () => {
    const svg = journeySvg(journey, fonts, { mode: 'personas' });
    expect(svg.match(/<image href="data:image\/png;base64,/g)).toHaveLength(1);
    // Cropped to a circle, as on the canvas.
    const clip =
      /<clipPath id="([^"]+)"><ellipse [^>]+\/><\/clipPath><image href="data:image\/png[^>]+clip-path="url\(#([^)]+)\)"/.exec(
        svg,
      )!;
    expect(clip[1]).toBe(clip[2]);
    expect(svg).toContain(`>${journey.personas[1]!.avatar}</text>`);
  });

  it('is embedded in the PDF on the map and on the persona profile; an emoji avatar is its initial', async () => {
    const bytes = await journeyPdf(PDFDocument, journey, fonts, {
      mode: 'personas',
      paper: 'A3',
      date: '2026-01-01',
    });
    const path = join(dir, 'avatars.pdf');
    await writeFile(path, bytes);
    const images = execFileSync('pdfimages', ['-list', path])
      .toString('utf8')
      .split('\n')
      .map((line) => line.trim().split(/\s+/))
      .filter((columns) => columns[2] === 'image');
    // Page 2 (the map) and page 3 (the personas), one picture each: the other persona has an emoji.
    expect(images.map((columns) => columns[0])).toEqual(['2', '3']);
    const profiles = execFileSync('pdftotext', ['-f', '3', '-l', '3', path, '-']).toString('utf8');
    expect(profiles).toMatch(new RegExp(`^${journey.personas[1]!.name[0]}$`, 'm'));
  });
});

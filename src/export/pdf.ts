/// <reference types="pdfkit" />
import { computeInsights } from '../analytics';
import { concatBytes } from '../formats/bytes';
import type { Journey, Language } from '../model';
import { metricLines } from './measuresExport';
import { drawMap, type MapDrawing } from '../drawing/mapDrawing';
import type { ExportFonts } from '../drawing/fonts';
import type { Shape } from '../drawing/shapes';
import { PAPER } from '../drawing/palette';
import { GEOMETRY } from '../layout/geometry';
import { shownScenario, type MapImageOptions } from './mapImage';
import { planMapPages, type MapPage } from './mapPages';
import { paintInsightsCharts } from './pdfInsights';
import { paintAvatar, paintShapes, PDF_FONT, registerPdfFonts } from './pdfPainter';
import { EXPORT_WORDS, type ExportWords } from './words';
import { planPage } from './pdfPlan';

export const PAPERS = ['A4', 'A3', 'letter', 'tabloid'] as const;
export type Paper = (typeof PAPERS)[number];

/** Portrait sizes in points. */
const PAPER_SIZE: Record<Paper, [number, number]> = {
  A4: [595.28, 841.89],
  A3: [841.89, 1190.55],
  letter: [612, 792],
  tabloid: [792, 1224],
};
const MARGIN = 36;
const HEADER = 24;

export interface PdfOptions extends Omit<MapImageOptions, 'text' | 'transparent'> {
  paper: Paper;
  portrait?: boolean;
  /** The date printed on the title page (ISO). */
  date: string;
  /** The Insights page at the end (default: yes). */
  insights?: boolean;
}

/** pdfkit's document class: Node's build in the CLI, its standalone browser build in the app. */
export type PdfDocumentClass = new (options?: PDFKit.PDFDocumentOptions) => PDFKit.PDFDocument;

/** Where each map page's area is and how big, in points. */
export function mapArea(options: Pick<PdfOptions, 'paper' | 'portrait'>) {
  const [short, long] = PAPER_SIZE[options.paper];
  const [width, height] = options.portrait ? [short, long] : [long, short];
  return {
    page: [width, height] as [number, number],
    width: width - 2 * MARGIN,
    height: height - 2 * MARGIN - HEADER,
  };
}

function heading(doc: PDFKit.PDFDocument, text: string, size = 20) {
  doc.font(PDF_FONT[600]).fontSize(size).fillColor(PAPER.text).text(text);
  doc.moveDown(0.5);
}

/** A line of the Insights page's running text. */
function bodyLine(doc: PDFKit.PDFDocument, text: string) {
  doc.font(PDF_FONT[400]).fontSize(11).fillColor(PAPER.text).text(text);
}

function field(doc: PDFKit.PDFDocument, label: string, value: string) {
  if (!value) return;
  if (label) doc.font(PDF_FONT[600]).fontSize(10).fillColor(PAPER.muted).text(label);
  doc.font(PDF_FONT[400]).fontSize(12).fillColor(PAPER.text).text(value);
  doc.moveDown(0.6);
}

/** Draw the part of the map `shapes` that lies in `from` (map units) at `to` (map units from the page's map corner). */
function paintRegion(
  doc: PDFKit.PDFDocument,
  fonts: ExportFonts,
  scale: number,
  from: { x: number; y: number; width: number; height: number },
  to: { x: number; y: number },
  shapes: readonly Shape[],
) {
  doc
    .save()
    .translate(MARGIN, MARGIN + HEADER)
    .scale(scale);
  doc.rect(to.x, to.y, from.width, from.height).clip();
  doc.translate(to.x - from.x, to.y - from.y);
  paintShapes(doc, shapes, fonts);
  doc.restore();
}

/** One map page: the corner, the page's stage headers, its lanes' headers and its part of the body. */
function mapPage(doc: PDFKit.PDFDocument, map: MapDrawing, page: MapPage, fonts: ExportFonts) {
  const [hx, hy] = [GEOMETRY.laneHeaderWidth, GEOMETRY.stageHeaderHeight];
  const { layers } = map;
  const inColumns = (i: number) => i >= page.columns[0] && i <= page.columns[1];
  const inLanes = (i: number) => i >= page.lanes[0] && i <= page.lanes[1];
  const bg = layers.background;
  paintRegion(doc, fonts, page.scale, { x: 0, y: 0, width: hx, height: hy }, { x: 0, y: 0 }, bg);
  paintRegion(doc, fonts, page.scale, { x: page.x, y: 0, width: page.width, height: hy }, { x: hx, y: 0 }, [
    ...bg,
    ...layers.stageHeaders.filter((_, i) => inColumns(i)).flat(),
  ]);
  paintRegion(doc, fonts, page.scale, { x: 0, y: page.y, width: hx, height: page.height }, { x: 0, y: hy }, [
    ...bg,
    ...layers.laneHeaders.filter((_, i) => inLanes(i)).flat(),
  ]);
  paintRegion(
    doc,
    fonts,
    page.scale,
    { x: page.x, y: page.y, width: page.width, height: page.height },
    { x: hx, y: hy },
    [
      ...bg,
      ...layers.curves,
      ...layers.cards
        .filter((c) => inColumns(c.card.column.index) && inLanes(c.card.lane.index))
        .flatMap((c) => c.shapes),
    ],
  );
}

function titlePage(
  doc: PDFKit.PDFDocument,
  journey: Journey,
  shown: Journey,
  words: ExportWords,
  date: string,
) {
  doc.addPage();
  doc.outline.addItem(journey.title);
  doc.moveDown(4);
  doc.font(PDF_FONT[600]).fontSize(30).fillColor(PAPER.text).text(journey.title);
  doc.moveDown(1);
  field(doc, words.scenario, shown.scenarios[0]!.name);
  field(doc, words.situation, journey.situation);
  field(doc, '', journey.description);
  field(doc, words.author, journey.author);
  field(doc, words.date, date.slice(0, 10));
}

function personaPages(doc: PDFKit.PDFDocument, journey: Journey, words: ExportWords, fonts: ExportFonts) {
  if (!journey.personas.length) return;
  doc.addPage();
  doc.outline.addItem(words.personas);
  heading(doc, words.personas, 22);
  for (const persona of journey.personas) {
    if (doc.y > doc.page.height - 200) doc.addPage();
    const top = doc.y;
    paintAvatar(doc, persona, MARGIN, top, 36, fonts);
    doc
      .font(PDF_FONT[600])
      .fontSize(16)
      .fillColor(PAPER.text)
      .text(persona.name, MARGIN + 48, top + 2);
    if (persona.role)
      doc
        .font(PDF_FONT[400])
        .fontSize(11)
        .fillColor(PAPER.muted)
        .text(persona.role, MARGIN + 48);
    doc.x = MARGIN;
    doc.y = Math.max(doc.y, top + 40) + 6;
    field(doc, '', persona.summary);
    field(doc, words.goals, persona.goals);
    field(doc, words.needs, persona.needs);
    field(doc, words.frustrations, persona.frustrations);
    field(doc, words.quote, persona.quote);
    doc.moveDown(1);
  }
}

function notesPages(doc: PDFKit.PDFDocument, map: MapDrawing, journey: Journey, words: ExportWords) {
  if (!map.notes.length) return;
  doc.addPage();
  doc.outline.addItem(words.notesByStage);
  heading(doc, words.notesByStage, 22);
  const groups = [
    ...journey.stages.map((s) => ({ id: s.id as string | undefined, name: s.name })),
    { id: undefined, name: words.generalNotes },
  ];
  for (const group of groups) {
    const notes = map.notes.filter((n) => n.stageId === group.id);
    if (!notes.length) continue;
    heading(doc, group.name, 15);
    for (const { number, note, targetName } of notes) {
      doc.font(PDF_FONT[600]).fontSize(10).fillColor(PAPER.muted);
      doc.text(
        `${number}. ${[words.noteKind[note.kind], words.priority[note.priority], words.status[note.status]].join(' · ')}`,
      );
      doc.font(PDF_FONT[400]).fontSize(12).fillColor(PAPER.text).text(note.text);
      doc.font(PDF_FONT[400]).fontSize(9).fillColor(PAPER.muted);
      doc.text([`${words.target}: ${targetName}`, note.author].filter(Boolean).join(' · '));
      for (const reply of note.replies)
        doc
          .font(PDF_FONT[400])
          .fontSize(10)
          .fillColor(PAPER.text)
          .text(`— ${reply.author ? `${reply.author}: ` : ''}${reply.text}`, { indent: 16 });
      doc.moveDown(0.8);
    }
    doc.moveDown(0.5);
  }
}

const signed = (value: number | null) =>
  value === null ? '—' : `${value > 0 ? '+' : ''}${value.toFixed(1)}`;

/** The metrics on the Insights page: each per stage in its latest period, then what is off target. */
function metricsSection(doc: PDFKit.PDFDocument, journey: Journey, scenarioId: string, language: Language) {
  const lines = metricLines(journey, scenarioId, language);
  if (!lines) return;
  doc.moveDown(1);
  heading(doc, lines.words.metricsPerStage, 13);
  for (const line of lines.perStage) bodyLine(doc, line);
  doc.moveDown(1);
  heading(doc, lines.words.offTarget, 13);
  for (const line of lines.off) bodyLine(doc, line);
}

function insightsPage(
  doc: PDFKit.PDFDocument,
  journey: Journey,
  scenarioId: string,
  words: ExportWords,
  fonts: ExportFonts,
  language: Language,
) {
  const insights = computeInsights(journey, scenarioId);
  doc.addPage();
  doc.outline.addItem(words.insights);
  heading(doc, `${words.insights} — ${insights.scenario}`, 22);
  paintInsightsCharts(doc, journey, insights, words, fonts);
  heading(doc, words.averageEmotion, 13);
  const rows = [
    ...insights.emotionByStage.map((r) => ({ name: r.persona, stages: r.stages })),
    { name: words.allPersonas, stages: insights.overallByStage },
  ];
  const width = doc.page.width - 2 * MARGIN;
  const first = Math.min(180, width / 3);
  const cell = (width - first) / Math.max(1, journey.stages.length);
  const table = (cells: string[], weight: 400 | 600) => {
    const y = doc.y;
    let height = 0;
    cells.forEach((text, i) => {
      doc.font(PDF_FONT[weight]).fontSize(9).fillColor(PAPER.text);
      const x = i === 0 ? MARGIN : MARGIN + first + (i - 1) * cell;
      const w = (i === 0 ? first : cell) - 6;
      height = Math.max(height, doc.heightOfString(text, { width: w }));
      doc.text(text, x, y, { width: w });
    });
    doc.x = MARGIN;
    doc.y = y + height + 4;
  };
  table(['', ...journey.stages.map((s) => s.name)], 600);
  for (const row of rows) table([row.name, ...row.stages.map((s) => signed(s.average))], 400);
  doc.moveDown(1);
  heading(doc, words.lowestMoments, 13);
  for (const m of insights.lowestMoments)
    bodyLine(doc, `${signed(m.emotion)}  ${m.title} (${m.persona}, ${m.stage})`);
  doc.moveDown(1);
  heading(doc, words.openPainPoints, 13);
  for (const p of insights.painPoints)
    bodyLine(
      doc,
      `${p.stage}: ${p.total}${
        p.total
          ? ` (${Object.entries(p.byChannel)
              .map(([c, n]) => `${c} ${n}`)
              .join(', ')})`
          : ''
      }`,
    );
  metricsSection(doc, journey, scenarioId, language);
  doc.moveDown(1);
  bodyLine(
    doc,
    words.notesCount
      .replace('{open}', String(insights.notes.open))
      .replace('{resolved}', String(insights.notes.resolved)),
  );
}

/**
 * The deliverable PDF: a title page, the map (fitted to the page, or split by whole stages with the
 * headers repeated), the persona profiles, the notes by stage and the Insights page; vector text in Inter,
 * a bookmark per section, title, author and language in its metadata.
 */
export async function journeyPdf(
  PDFDocument: PdfDocumentClass,
  journey: Journey,
  fonts: ExportFonts,
  options: PdfOptions,
): Promise<Uint8Array> {
  const shown = shownScenario(journey, options.scenarioId);
  const language = options.language ?? journey.language;
  const words = EXPORT_WORDS[language];
  const area = mapArea(options);
  const doc = new PDFDocument({
    size: area.page,
    margin: MARGIN,
    autoFirstPage: false,
    lang: language,
    displayTitle: true,
    info: { Title: journey.title, Author: journey.author, Subject: journey.situation, Creator: 'Trayecto' },
  });
  const chunks: Uint8Array[] = [];
  doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
  const ended = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  registerPdfFonts(doc, fonts);

  titlePage(doc, journey, shown, words, options.date);
  const map = drawMap(shown, options.mode, fonts, words);
  const pages = planMapPages(map.grid, area);
  doc.outline.addItem(words.map);
  pages.forEach((page, i) => {
    doc.addPage();
    doc.font(PDF_FONT[400]).fontSize(9).fillColor(PAPER.muted);
    doc.text(
      `${journey.title} — ${shown.scenarios[0]!.name} · ${words.map} ${i + 1}/${pages.length}`,
      MARGIN,
      MARGIN,
      { lineBreak: false },
    );
    mapPage(doc, map, page, fonts);
    const right = MARGIN + (GEOMETRY.laneHeaderWidth + page.width) * page.scale;
    const bottom = MARGIN + HEADER + (GEOMETRY.stageHeaderHeight + page.height) * page.scale + 4;
    doc.font(PDF_FONT[600]).fontSize(9).fillColor(PAPER.text);
    if (page.x + page.width < map.grid.width - 1)
      doc.text(words.continues, right - fonts.width(words.continues, 600, 9), bottom, { lineBreak: false });
    if (page.x > GEOMETRY.laneHeaderWidth) doc.text(words.continued, MARGIN, bottom, { lineBreak: false });
  });
  personaPages(doc, shown, words, fonts);
  notesPages(doc, map, shown, words);
  if (options.insights !== false) insightsPage(doc, journey, shown.scenarios[0]!.id, words, fonts, language);
  planPage(doc, shown, words);
  doc.end();
  await ended;
  return concatBytes(chunks);
}

import ExcelJS from 'exceljs';
import { computeInsights } from '../analytics';
import { documentCells, WORKBOOK_DOCUMENT_SHEET, writeTrayecto } from '../formats';
import type { Journey, Language } from '../model';
import { numberNotes } from '../drawing/numberedNotes';
import { planTable } from '../formats/planCsv';
import { EXPORT_WORDS } from './words';
import { MEASURE_WORDS, metricValueRows } from './measuresExport';

export interface XlsxOptions {
  /** The language of the headers (default: the map's). */
  language?: Language;
}

/**
 * The journey as an Excel workbook: sheets Touchpoints (every scenario), Notes (numbered as on the map),
 * Personas, Stages and Insights (the first scenario), headers in the map's language, a header row frozen
 * and filtered on each sheet.
 */
export async function journeyXlsx(journey: Journey, options: XlsxOptions = {}): Promise<Uint8Array> {
  const words = EXPORT_WORDS[options.language ?? journey.language];
  const c = words.columns;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = journey.author || 'Trayecto';
  workbook.title = journey.title;
  const sheet = (name: string, headers: string[], rows: (string | number)[][]) => {
    const ws = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.addRow(headers).font = { bold: true };
    ws.addRows(rows);
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: headers.length } };
    ws.columns.forEach((column, i) => {
      const longest = Math.max(headers[i]!.length, ...rows.map((r) => String(r[i] ?? '').length));
      column.width = Math.min(60, Math.max(8, longest + 2));
    });
  };
  const name = <T extends { id: string; name: string }>(items: T[]) =>
    new Map(items.map((i) => [i.id, i.name]));
  const [scenarios, stages, personas, channels] = [
    name(journey.scenarios),
    name(journey.stages),
    name(journey.personas),
    name(journey.channels),
  ];
  const stageIndex = new Map(journey.stages.map((s, i) => [s.id, i]));
  const touchpoints = [...journey.touchpoints].sort(
    (a, b) =>
      journey.scenarios.findIndex((s) => s.id === a.scenarioId) -
        journey.scenarios.findIndex((s) => s.id === b.scenarioId) ||
      stageIndex.get(a.stageId)! - stageIndex.get(b.stageId)! ||
      journey.personas.findIndex((p) => p.id === a.personaId) -
        journey.personas.findIndex((p) => p.id === b.personaId) ||
      a.order - b.order,
  );
  sheet(
    words.sheets.touchpoints,
    [
      c.scenario,
      c.stage,
      c.persona,
      c.order,
      c.title,
      c.description,
      c.channels,
      c.score,
      c.emotion,
      c.doing,
      c.thinking,
      c.feeling,
      c.momentOfTruth,
    ],
    touchpoints.map((t) => [
      scenarios.get(t.scenarioId) ?? '',
      stages.get(t.stageId) ?? '',
      personas.get(t.personaId) ?? '',
      t.order + 1,
      t.title,
      t.description,
      t.channelIds.map((id) => channels.get(id) ?? '').join('; '),
      t.emotion,
      words.emotion[String(t.emotion) as keyof typeof words.emotion],
      t.doing,
      t.thinking,
      t.feeling,
      t.momentOfTruth ? words.yes : '',
    ]),
  );
  sheet(
    words.sheets.notes,
    [c.number, c.kind, c.text, c.target, c.stage, c.priority, c.status, c.author, c.created, c.replies],
    numberNotes(journey).map(({ number, note, targetName, stageId }) => [
      number,
      words.noteKind[note.kind],
      note.text,
      targetName,
      stageId ? (stages.get(stageId) ?? '') : '',
      words.priority[note.priority],
      words.status[note.status],
      note.author,
      note.createdAt,
      note.replies.map((r) => (r.author ? `${r.author}: ${r.text}` : r.text)).join('\n'),
    ]),
  );
  sheet(
    words.sheets.personas,
    [c.name, c.role, c.summary, c.goals, c.needs, c.frustrations, c.quote],
    journey.personas.map((p) => [p.name, p.role, p.summary, p.goals, p.needs, p.frustrations, p.quote]),
  );
  sheet(
    words.sheets.stages,
    [c.order, c.name, c.description],
    journey.stages.map((s, i) => [i + 1, s.name, s.description]),
  );
  const insights = computeInsights(journey, journey.scenarios[0]!.id);
  const round = (v: number | null) => (v === null ? '' : Math.round(v * 10) / 10);
  sheet(
    words.sheets.insights,
    [
      c.stage,
      ...insights.emotionByStage.map((p) => `${c.average}: ${p.persona}`),
      `${c.average}: ${words.allPersonas}`,
      c.touchpoints,
      c.openPainPoints,
    ],
    journey.stages.map((s, i) => [
      s.name,
      ...insights.emotionByStage.map((p) => round(p.stages[i]!.average)),
      round(insights.overallByStage[i]!.average),
      insights.overallByStage[i]!.count,
      insights.painPoints[i]!.total,
    ]),
  );
  const measures = MEASURE_WORDS[options.language ?? journey.language];
  if (journey.metricValues.length)
    sheet(
      measures.metrics,
      Object.values(measures.columns),
      metricValueRows(journey, journey.scenarios[0]!.id, options.language ?? journey.language),
    );
  const plan = planTable(journey, options.language ?? journey.language);
  sheet(words.blueprint.plan, plan.fields, plan.rows);
  // The document rides inside, as in a PNG: whoever has Trayecto opens the workbook as the map.
  const inside = workbook.addWorksheet(WORKBOOK_DOCUMENT_SHEET, { state: 'veryHidden' });
  inside.addRows(documentCells(writeTrayecto(journey)).map((cell) => [cell]));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

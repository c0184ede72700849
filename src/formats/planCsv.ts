import Papa from 'papaparse';
import { rankPlan } from '../analytics/plan';
import { BLUEPRINT_WORDS } from '../export/blueprintWords';
import type { Journey, Language } from '../model';
import { CSV_DELIMITER, FORMULA_START } from './csv';

/** What an opportunity is about, by name: a touchpoint's title, a stage's or persona's name, or the journey's title. */
export function targetName(journey: Journey, targetId: string): string {
  const named = [
    ...journey.touchpoints.map((t) => ({ id: t.id, name: t.title })),
    ...journey.stages,
    ...journey.personas,
  ];
  return named.find((n) => n.id === targetId)?.name ?? journey.title;
}

/** The action plan as a table, ranked, in `language`: its header and one row per opportunity. */
export function planTable(journey: Journey, language: Language): { fields: string[]; rows: string[][] } {
  const w = BLUEPRINT_WORDS[language];
  const owners = new Map(journey.owners.map((o) => [o.id, o.name]));
  const c = w.columns;
  const rows = rankPlan(journey).map((r, i) => [
    String(i + 1),
    r.opportunity.text,
    targetName(journey, r.opportunity.targetId),
    r.plan.impact === undefined ? '' : String(r.plan.impact),
    r.plan.effort === undefined ? '' : String(r.plan.effort),
    r.quadrant ? w.quadrant[r.quadrant] : '',
    r.plan.ownerId === undefined ? '' : (owners.get(r.plan.ownerId) ?? ''),
    r.plan.due ?? '',
    w.status[r.plan.status],
    String(r.pain.count),
  ]);
  const fields = [
    c.rank,
    c.opportunity,
    c.target,
    c.impact,
    c.effort,
    c.quadrant,
    c.owner,
    c.due,
    c.status,
    c.painPoints,
  ];
  return { fields, rows };
}

/** The action plan as a CSV table, ranked, in `language` (headers, words, delimiter); UTF-8 with a BOM. */
export function planToCsv(journey: Journey, language: Language): string {
  const { fields, rows } = planTable(journey, language);
  return `\uFEFF${Papa.unparse(
    { fields, data: rows },
    { delimiter: CSV_DELIMITER[language], newline: '\r\n', escapeFormulae: FORMULA_START },
  )}\r\n`;
}

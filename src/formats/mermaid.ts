import {
  emptyBlueprint,
  blankPersona,
  cellKey,
  LIMITS,
  newId,
  noMeasures,
  textLength,
  type Journey,
  type Language,
  type Persona,
  type Stage,
  type Touchpoint,
} from '../model';
import { presetScenario } from '../templates/scenarios';
import type { RowError } from './csv';
import type { MermaidDiagram } from './mermaidSyntax';

/** Mermaid's score (1–5; its faces: below 3 sad, 3 neutral, above 3 happy) for each emotion −3..3. */
const SCORE_OF_EMOTION: Record<number, number> = { [-3]: 1, [-2]: 2, [-1]: 2, 0: 3, 1: 4, 2: 4, 3: 5 };
/** The emotion for each whole Mermaid score: 1–5 come back from `mermaidScore` unchanged. */
const EMOTION_OF_SCORE: Record<number, number> = { 1: -3, 2: -2, 3: 0, 4: 2, 5: 3 };

export const mermaidScore = (emotion: number): number => SCORE_OF_EMOTION[emotion] ?? 3;

/** The emotion of a Mermaid score; other numbers are rounded into 1–5, a non-number counts as 3. */
export function emotionOfMermaidScore(score: number): { emotion: number; used: number } {
  const used = Number.isNaN(score) ? 3 : Math.min(5, Math.max(1, Math.round(score)));
  return { emotion: EMOTION_OF_SCORE[used]!, used };
}

/** A task whose score is not a whole number from 1 to 5: imported with the nearest one. */
export interface ScoreWarning {
  line: number;
  value: string;
  used: number;
}

export interface MermaidImportOptions {
  language: Language;
  now: string;
  /** The map's title when the diagram has none (the file's name). */
  title: string;
  makeId?: () => string;
  /** Import the good tasks and report the others, instead of refusing the whole diagram. */
  skipBadRows?: boolean;
}

const STAGE_COLORS = ['#2563eb', '#0d9488', '#7c3aed', '#c2410c', '#be185d', '#4d7c0f', '#0369a1', '#a16207'];
const PERSONA_COLORS = ['#2563eb', '#0d9488', '#c2410c', '#7c3aed', '#be185d', '#4d7c0f'];
const clip = (text: string) => [...text].slice(0, LIMITS.shortText).join('');

/**
 * A new map from a journey diagram: sections → stages (in order, a stage per section), actors →
 * personas, each task → a touchpoint per actor, score → emotion. Tasks without actors go to a persona,
 * and tasks before the first section to a first stage, named after the journey (`journeyToMermaid`
 * writes those back without actors and before the first section). Names longer than the map allows
 * and more stages, personas or touchpoints than it holds are refused, by line.
 */
export function mermaidToJourney(
  diagram: MermaidDiagram,
  options: MermaidImportOptions,
):
  | { ok: true; journey: Journey; warnings: ScoreWarning[]; skippedRows: RowError[] }
  | { ok: false; rows: RowError[] } {
  const makeId = options.makeId ?? newId;
  const { now } = options;
  const title = clip(diagram.title || diagram.accTitle || options.title);
  const scenario = presetScenario('today', options.language, makeId(), now);
  const stage = (name: string, index: number): Stage => ({
    id: makeId(),
    name,
    description: '',
    color: STAGE_COLORS[index % STAGE_COLORS.length]!,
    suggestions: [],
    updatedAt: now,
  });
  // Tasks before the first section get a stage of their own, first.
  const unsectioned = diagram.tasks.some((t) => t.section < 0);
  const stages = [...(unsectioned ? [title] : []), ...diagram.sections].map(stage);
  const personas = new Map<string, Persona>();
  const touchpoints: Touchpoint[] = [];
  const warnings: ScoreWarning[] = [];
  const rows: RowError[] = [];
  const inCell = new Map<string, number>();
  // A stage cannot be left out like a task: these refuse the diagram whatever `skipBadRows` says.
  const line = (index: number) => diagram.sectionLines[index - (unsectioned ? 1 : 0)] ?? 1;
  const longStage = stages.findIndex((s) => textLength(s.name) > LIMITS.shortText);
  if (longStage >= 0)
    rows.push({
      line: line(longStage),
      problem: { kind: 'tooLong', column: 'section', limit: LIMITS.shortText },
    });
  if (stages.length > LIMITS.stages)
    rows.push({
      line: line(LIMITS.stages),
      problem: { kind: 'tooMany', what: 'stages', limit: LIMITS.stages },
    });
  if (rows.length) return { ok: false, rows };
  for (const task of diagram.tasks) {
    const taskStage = stages[task.section + (unsectioned ? 1 : 0)]!;
    const names = task.actors.length ? task.actors : [title];
    const long = [task.name, ...names].find((n) => textLength(n) > LIMITS.shortText);
    if (long !== undefined) {
      rows.push({
        line: task.line,
        problem: { kind: 'tooLong', column: long.slice(0, 40), limit: LIMITS.shortText },
      });
      continue;
    }
    const newPersonas = new Set(names.filter((n) => !personas.has(n))).size;
    if (
      personas.size + newPersonas > LIMITS.personas ||
      touchpoints.length + names.length > LIMITS.touchpoints
    ) {
      const what = personas.size + newPersonas > LIMITS.personas ? 'personas' : 'touchpoints';
      rows.push({ line: task.line, problem: { kind: 'tooMany', what, limit: LIMITS[what] } });
      continue;
    }
    const { emotion, used } = emotionOfMermaidScore(task.score);
    if (used !== task.score) warnings.push({ line: task.line, value: task.scoreText, used });
    for (const actor of new Set(names)) {
      const persona =
        personas.get(actor) ??
        blankPersona(makeId(), actor, PERSONA_COLORS[personas.size % PERSONA_COLORS.length]!, now);
      personas.set(actor, persona);
      const cell = cellKey({ scenarioId: scenario.id, personaId: persona.id, stageId: taskStage.id });
      const order = inCell.get(cell) ?? 0;
      inCell.set(cell, order + 1);
      touchpoints.push({
        id: makeId(),
        scenarioId: scenario.id,
        personaId: persona.id,
        stageId: taskStage.id,
        order,
        title: task.name,
        description: '',
        channelIds: [],
        emotion,
        doing: '',
        thinking: '',
        feeling: '',
        momentOfTruth: false,
        updatedAt: now,
      });
    }
  }
  if (rows.length && !options.skipBadRows) return { ok: false, rows };
  const journey: Journey = {
    id: makeId(),
    title,
    situation: '',
    description: [...diagram.accDescr].slice(0, LIMITS.longText).join(''),
    language: options.language,
    author: '',
    templateId: 'blank',
    createdAt: now,
    updatedAt: now,
    scenarios: [scenario],
    stages,
    personas: [...personas.values()],
    channels: [],
    touchpoints,
    annotations: [],
    ...noMeasures(),
    ...emptyBlueprint(),
  };
  return { ok: true, journey, warnings, skippedRows: rows };
}

// Characters Mermaid's lexer stops at or reads as something else, written as its `#code;` entities.
const entity = (c: string) => `#${c.codePointAt(0)};`;
const escapeText = (text: string, special: RegExp) => text.replace(special, entity);
/** Statements a name must not be mistaken for, at the start of a line (the lexer is case-insensitive). */
const KEYWORD = /^(?:journey|title\s|section\s|accTitle\s*:|accDescr\s*[:{])/i;
function escapeName(text: string, special = /[#;:%<>{}\n\r]/g): string {
  const escaped = escapeText(text.trim(), special);
  if (escaped === '') return entity(' ');
  return KEYWORD.test(escaped) ? entity(escaped[0]!) + escaped.slice(1) : escaped;
}

export interface MermaidExportOptions {
  /** The scenario written (default: the first). */
  scenarioId?: string;
  /** Only this persona's touchpoints (one diagram per persona); default: every persona as actors. */
  personaId?: string;
}

/**
 * Touchpoints of a stage in the order they were made, except that those of one cell keep their
 * order in the cell: a task with several actors (one touchpoint each) stays one task.
 */
function inOrder(touchpoints: Touchpoint[]): Touchpoint[] {
  const cells = new Map<string, Touchpoint[]>();
  for (const t of touchpoints) cells.set(cellKey(t), [...(cells.get(cellKey(t)) ?? []), t]);
  for (const list of cells.values()) list.sort((a, b) => a.order - b.order);
  return touchpoints.map((t) => cells.get(cellKey(t))!.shift()!);
}

/** A Mermaid `journey` diagram of one scenario: stages → sections, touchpoints → tasks. */
export function journeyToMermaid(journey: Journey, options: MermaidExportOptions = {}): string {
  const scenarioId = options.scenarioId ?? journey.scenarios[0]?.id;
  const personas = new Map(journey.personas.map((p) => [p.id, p]));
  const lines = ['journey'];
  const title = journey.title.replace(/\s+/g, ' ').trim();
  // A first stage named after the journey holds the tasks before any section (see `mermaidToJourney`).
  const unsectioned = journey.stages[0]?.name === journey.title ? journey.stages[0] : undefined;
  if (title)
    lines.push(`  title ${escapeText(title, /[#;%]/g)}`, `  accTitle: ${escapeText(title, /[#%]/g)}`);
  const description = journey.description.trim();
  if (description)
    lines.push(
      `  accDescr {`,
      ...escapeText(description, /[#}%]/g)
        .split('\n')
        .map((l) => `    ${l}`),
      '  }',
    );
  for (const stage of journey.stages) {
    if (stage !== unsectioned) lines.push(`  section ${escapeName(stage.name)}`);
    const tasks: { title: string; score: number; actors: string[]; personaIds: string[] }[] = [];
    const mine = journey.touchpoints.filter(
      (t) =>
        t.stageId === stage.id &&
        t.scenarioId === scenarioId &&
        (options.personaId === undefined || t.personaId === options.personaId),
    );
    for (const touchpoint of inOrder(mine)) {
      const name = personas.get(touchpoint.personaId)?.name ?? '';
      const actor = name === journey.title ? [] : [name];
      const score = mermaidScore(touchpoint.emotion);
      const last = tasks.at(-1);
      // One task per run of touchpoints with the same title and score in different actors' lanes.
      const sameTask =
        last?.title === touchpoint.title &&
        last.score === score &&
        actor.length > 0 &&
        last.actors.length > 0 &&
        !last.personaIds.includes(touchpoint.personaId);
      if (sameTask) {
        last.actors.push(...actor);
        last.personaIds.push(touchpoint.personaId);
      } else
        tasks.push({ title: touchpoint.title, score, actors: actor, personaIds: [touchpoint.personaId] });
    }
    for (const task of tasks) {
      const actors = task.actors.map((a) => escapeName(a, /[#;:,%<>{}\n\r]/g)).join(', ');
      lines.push(`    ${escapeName(task.title)}: ${task.score}${actors ? `: ${actors}` : ''}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Mermaid diagrams in a Markdown file: one fenced block each. */
export const mermaidMarkdown = (diagrams: string[]): string =>
  diagrams.map((d) => `\`\`\`mermaid\n${d}\`\`\`\n`).join('\n');

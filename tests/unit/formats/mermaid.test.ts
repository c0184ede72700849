// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  emotionOfMermaidScore,
  journeyToMermaid,
  mermaidScore,
  mermaidToJourney,
  parseMermaidJourney,
  parseMermaidMarkdown,
  readTrayecto,
  writeTrayecto,
  type MermaidDiagram,
} from '../../../src/formats';
import type { Journey } from '../../../src/model';
import { createSampleJourney } from '../../../src/templates';

const OPTIONS = {
  language: 'en' as const,
  now: '2026-01-01T00:00:00.000Z',
  title: 'file name',
};

/** Mermaid's own parser and database (the published package, run under jsdom). */
async function mermaidReads(text: string) {
  const { default: mermaid } = await import('mermaid');
  await mermaid.parse(text); // registers the diagram types
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
  const db = diagram.db as unknown as {
    getDiagramTitle(): string;
    getSections(): string[];
    getTasks(): { section: string; task: string; score: number; people: string[] }[];
  };
  const decode = (s: string) =>
    s
      .replace(/\uFB02\u00B0\u00B0(\d+)\u00B6\u00DF/g, (_, c: string) => String.fromCodePoint(Number(c)))
      .trim();
  return {
    title: decode(db.getDiagramTitle()),
    sections: db.getSections().map(decode),
    tasks: db.getTasks().map((t) => ({
      section: decode(t.section),
      task: decode(t.task),
      score: t.score,
      actors: t.people.map(decode).filter(Boolean),
    })),
  };
}

const parsed = (text: string): MermaidDiagram => {
  const result = parseMermaidJourney(text);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
};
const imported = (text: string): Journey => {
  const result = mermaidToJourney(parsed(text), OPTIONS);
  if (!result.ok) throw new Error(JSON.stringify(result.rows));
  return result.journey;
};
/** Each touchpoint as "stage / persona / title / emotion". */
const lanes = (journey: Journey) =>
  journey.touchpoints.map((t) =>
    [
      journey.stages.find((s) => s.id === t.stageId)!.name,
      journey.personas.find((p) => p.id === t.personaId)!.name,
      t.title,
      t.emotion,
    ].join(' / '),
  );

// The example on Mermaid's user-journey syntax page (docs/syntax/userJourney.md).
const DOCS_EXAMPLE = readFileSync('tests/fixtures/mermaid/working-day.mmd', 'utf8');

// The task test of Mermaid's parser spec (user-journey/parser/journey.spec.js).
const SPEC_TASKS =
  'journey\n' +
  'title Adding journey diagram functionality to mermaid\n' +
  'section Documentation\n' +
  'A task: 5: Alice, Bob, Charlie\n' +
  'B task: 3:Bob, Charlie\n' +
  'C task: 5\n' +
  'D task: 5: Charlie, Alice\n' +
  'E task: 5:\n' +
  'section Another section\n' +
  'P task: 5:\n' +
  'Q task: 5:\n' +
  'R task: 5:';

describe('Mermaid journey: reading', () => {
  it("reads the syntax page's example into stages, personas and emotions", () => {
    const journey = imported(DOCS_EXAMPLE);
    expect(journey.title).toBe('My working day');
    expect(journey.stages.map((s) => s.name)).toEqual(['Go to work', 'Go home']);
    expect(journey.personas.map((p) => p.name)).toEqual(['Me', 'Cat']);
    expect(lanes(journey)).toEqual([
      'Go to work / Me / Make tea / 3',
      'Go to work / Me / Go upstairs / 0',
      'Go to work / Me / Do work / -3',
      'Go to work / Cat / Do work / -3',
      'Go home / Me / Go downstairs / 3',
      'Go home / Me / Sit down / 3',
    ]);
  });

  it("reads the parser spec's tasks as Mermaid's database does", async () => {
    const diagram = parsed(SPEC_TASKS);
    const mermaid = await mermaidReads(SPEC_TASKS);
    expect(diagram.title).toBe(mermaid.title);
    expect(diagram.sections).toEqual(mermaid.sections);
    expect(
      diagram.tasks.map((t) => ({
        section: diagram.sections[t.section] ?? '',
        task: t.name,
        score: t.score,
        actors: t.actors,
      })),
    ).toEqual(mermaid.tasks);
    const journey = imported(SPEC_TASKS);
    // Tasks without actors: a persona named after the journey.
    const everyone = 'Adding journey diagram functionality to mermaid';
    expect(journey.personas.map((p) => p.name)).toEqual(['Alice', 'Bob', 'Charlie', everyone]);
    expect(lanes(journey).filter((l) => l.includes(everyone))).toEqual(
      [
        'Documentation / C',
        'Documentation / E',
        'Another section / P',
        'Another section / Q',
        'Another section / R',
      ].map((task) => task.replace(' / ', ` / ${everyone} / `) + ' task / 3'),
    );
  });

  it("reads the spec's accessibility title and multi-line description", () => {
    const diagram = parsed(
      'journey\n' +
        `accDescr {
        A user journey for
        family shopping
      }` +
        'title Adding journey diagram functionality to mermaid\n' +
        'accTitle: Adding acc journey diagram functionality to mermaid\n' +
        'section Order from website',
    );
    expect(diagram.accDescr).toBe('A user journey for\nfamily shopping');
    expect(diagram.title).toBe('Adding journey diagram functionality to mermaid');
    expect(diagram.accTitle).toBe('Adding acc journey diagram functionality to mermaid');
    expect(parsed('journey\naccDescr: A user journey for family shopping\n').accDescr).toBe(
      'A user journey for family shopping',
    );
  });

  it('takes front matter titles, comments, directives, entity codes, <br> and tasks before any section', () => {
    const text = `---
title: From the front matter
---
%%{init: {"theme": "forest"}}%%
%% a comment
journey
  Arrive#58; early: 4: Ana#44; the client
  section Pay #35;1#59; card
    Pay: 2: Ana # the rest of a line after # is a comment
    Leave<br>quietly: 4.6:
`;
    const diagram = parsed(text);
    expect(diagram.title).toBe('From the front matter');
    expect(diagram.sections).toEqual(['Pay #1; card']);
    expect(diagram.tasks.map((t) => [t.section, t.name, t.score, t.actors, t.line])).toEqual([
      [-1, 'Arrive: early', 4, ['Ana, the client'], 7],
      [0, 'Pay', 2, ['Ana'], 9],
      [0, 'Leave quietly', 4.6, [], 10],
    ]);
    const result = mermaidToJourney(diagram, OPTIONS);
    if (!result.ok) throw new Error('refused');
    expect(result.journey.stages.map((s) => s.name)).toEqual(['From the front matter', 'Pay #1; card']);
    expect(result.warnings).toEqual([{ line: 10, value: '4.6', used: 5 }]);
    expect(
      parsed('journey\ntitle In the text\n'.replace('journey', '---\ntitle: Front\n---\njourney')).title,
    ).toBe('In the text');
  });

  it('takes statements in any order and is case-insensitive after the first word', () => {
    const diagram = parsed('journey\nSECTION One\nTask: 3: Me\nTITLE Late title\nsection Two\n');
    expect(diagram.title).toBe('Late title');
    expect(diagram.sections).toEqual(['One', 'Two']);
  });

  it('refuses what Mermaid refuses, with the line', async () => {
    const cases: [string, number][] = [
      ['journey\n  title Fine\n  Make tea\n', 3],
      ['journey\n  section A\n  Task:\n', 3],
      ['journey\n  section A\n  Task: 5; Me\n', 3],
      ['journey\n\n\n  section A: B\n', 4],
      ['%% header\njourney\n  title A\n  journey planning: 3: Me\n', 4],
    ];
    const { default: mermaid } = await import('mermaid');
    for (const [text, line] of cases) {
      const result = parseMermaidJourney(text);
      expect(result.ok ? 'accepted' : result.error).toMatchObject({ kind: 'mermaidSyntax', line });
      await expect(mermaid.parse(text)).rejects.toThrow(/Parse error/);
    }
    expect(parseMermaidJourney('flowchart LR\n  A --> B\n')).toEqual({
      ok: false,
      error: { kind: 'mermaidNotJourney', found: 'flowchart' },
    });
    expect(parseMermaidJourney('Journey\n')).toMatchObject({
      ok: false,
      error: { kind: 'mermaidNotJourney' },
    });
  });

  it('finds the journey among fenced blocks of a Markdown file, with lines of the file', () => {
    const markdown =
      '# Notes\n\n```mermaid\nflowchart LR\nA-->B\n```\n\nText\n\n~~~mermaid\njourney\n  Bad line\n~~~\n';
    expect(parseMermaidMarkdown(markdown)).toEqual({
      ok: false,
      error: { kind: 'mermaidSyntax', line: 12, found: 'Bad line' },
    });
    const good = parseMermaidMarkdown(`Intro\n\`\`\`mermaid\n${DOCS_EXAMPLE}\`\`\`\n`);
    expect(good.ok && good.value.sections).toEqual(['Go to work', 'Go home']);
    expect(parseMermaidMarkdown('# Nothing here\n')).toEqual({
      ok: false,
      error: { kind: 'mermaidNoJourneyBlock' },
    });
  });
});

describe('Mermaid journey: scores', () => {
  it('round-trips the whole scores 1–5 exactly and clamps the rest', () => {
    for (const score of [1, 2, 3, 4, 5])
      expect(mermaidScore(emotionOfMermaidScore(score).emotion)).toBe(score);
    expect([-3, -2, -1, 0, 1, 2, 3].map(mermaidScore)).toEqual([1, 2, 2, 3, 4, 4, 5]);
    expect(emotionOfMermaidScore(0)).toEqual({ emotion: -3, used: 1 });
    expect(emotionOfMermaidScore(9)).toEqual({ emotion: 3, used: 5 });
    expect(emotionOfMermaidScore(Number.NaN)).toEqual({ emotion: 0, used: 3 });
  });
});

describe('Mermaid journey: writing', () => {
  it('writes text that Mermaid parses back to the same sections, tasks, scores and actors (.mmd → map → .mmd)', async () => {
    const BEFORE_SECTIONS =
      'journey\n  title Early\n  Wake up: 2\n  Coffee: 4: Me\n  section Later\n    Work: 3: Me';
    for (const text of [DOCS_EXAMPLE, SPEC_TASKS, BEFORE_SECTIONS]) {
      const before = await mermaidReads(text);
      const after = await mermaidReads(journeyToMermaid(imported(text)));
      expect(after).toEqual(before);
    }
  });

  it('escapes names Mermaid would misread, and Mermaid reads them back', async () => {
    const journey = imported(DOCS_EXAMPLE);
    journey.title = 'Q3: #1; 100%% done';
    journey.description = 'Line one }\n%% not a comment';
    journey.stages[0]!.name = 'Title page: #2; <b>';
    journey.personas[1]!.name = 'Cat, the: other';
    journey.touchpoints[0]!.title = 'section 1: journey; #tag';
    journey.touchpoints[1]!.title = 'journey';
    const text = journeyToMermaid(journey);
    const mermaid = await mermaidReads(text);
    expect(mermaid.title).toBe('Q3: #1; 100%% done');
    expect(mermaid.sections).toEqual(['Title page: #2; <b>', 'Go home']);
    expect(mermaid.tasks.slice(0, 3).map((t) => [t.task, t.actors])).toEqual([
      ['section 1: journey; #tag', ['Me']],
      ['journey', ['Me']],
      ['Do work', ['Me', 'Cat, the: other']],
    ]);
    const back = parsed(text);
    expect(back.title).toBe(journey.title);
    expect(back.accDescr).toBe('Line one }\n%% not a comment');
    expect(back.sections[0]).toBe('Title page: #2; <b>');
    expect(back.tasks[2]!.actors).toEqual(['Me', 'Cat, the: other']);
  });

  it('keeps stage order, persona names, titles and emotions (map → .mmd → map)', () => {
    const sample = createSampleJourney('es', { now: OPTIONS.now });
    const again = imported(journeyToMermaid(sample));
    const today = sample.scenarios[0]!.id;
    const expected = {
      ...sample,
      touchpoints: sample.touchpoints.filter((t) => t.scenarioId === today),
    };
    expect(again.title).toBe(sample.title);
    expect(again.description).toBe(sample.description.replace(/\n\s+/g, '\n').trim());
    expect(again.stages.map((s) => s.name)).toEqual(sample.stages.map((s) => s.name));
    const used = new Set(expected.touchpoints.map((t) => t.personaId));
    expect(again.personas.map((p) => p.name).sort()).toEqual(
      sample.personas
        .filter((p) => used.has(p.id))
        .map((p) => p.name)
        .sort(),
    );
    const within = (e: number) => emotionOfMermaidScore(mermaidScore(e)).emotion;
    expect(lanes(again).sort()).toEqual(
      lanes({
        ...expected,
        touchpoints: expected.touchpoints.map((t) => ({ ...t, emotion: within(t.emotion) })),
      }).sort(),
    );
    // And the map it makes is a sound document.
    expect(readTrayecto(new TextEncoder().encode(writeTrayecto(again))).ok).toBe(true);
  });

  it('writes one persona only, without the others as actors', () => {
    const journey = imported(DOCS_EXAMPLE);
    const cat = journey.personas.find((p) => p.name === 'Cat')!;
    expect(journeyToMermaid(journey, { personaId: cat.id })).toBe(
      'journey\n  title My working day\n  accTitle: My working day\n  section Go to work\n    Do work: 1: Cat\n  section Go home\n',
    );
  });
});

describe('Mermaid journey: the same verdict as Mermaid', () => {
  // Lines people write, right and wrong, combined at random (seeded): our parser must accept exactly
  // what Mermaid accepts, and read the same title, sections, tasks, scores and actors from it.
  const LINES = [
    'title A day',
    'Title: with a colon',
    'section One',
    'SECTION Two #not a comment?',
    'section Three: bad',
    'Task: 5: Me',
    'Task two: 3:Me, You',
    'Task three: 1',
    'Task four: 4:',
    'Task five: 7: Me',
    'Task six:',
    'Journey mixed: 3: Me',
    'Task seven',
    'Task; eight: 2',
    '  Indented: 2: Them ',
    'Entity#58; name: 3: A#44;B',
    '%% a comment',
    'Trailing: 4: Me # comment',
    'accTitle: Access title',
    'accDescr: One line',
    'accDescr {\nLong\n  description\n}',
    'journey',
    '',
    ': 3: Me',
    'Percent 50%% off: 2: Me',
  ];
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;

  it('agrees on 150 random diagrams', async () => {
    const { default: mermaid } = await import('mermaid');
    let accepted = 0;
    for (let i = 0; i < 150; i++) {
      const lines = Array.from(
        { length: 1 + Math.floor(random() * 6) },
        () => LINES[Math.floor(random() * LINES.length)],
      );
      const text = `journey\n${lines.join('\n')}\n`;
      const ours = parseMermaidJourney(text);
      const theirs = await mermaid.parse(text, { suppressErrors: true });
      expect({ text, accepted: ours.ok }).toEqual({ text, accepted: theirs !== false });
      if (!ours.ok) continue;
      accepted++;
      const read = await mermaidReads(text);
      expect({ text, title: ours.value.title, sections: ours.value.sections }).toEqual({
        text,
        title: read.title,
        sections: read.sections,
      });
      expect(
        ours.value.tasks.map((t) => ({
          section: ours.value.sections[t.section] ?? '',
          task: t.name,
          score: t.score,
          actors: t.actors,
        })),
      ).toEqual(read.tasks);
    }
    // Both verdicts come up often enough for the comparison to mean something.
    expect(accepted).toBeGreaterThan(20);
    expect(accepted).toBeLessThan(130);
  });
});

import { load as loadYaml, JSON_SCHEMA } from 'js-yaml';
import { countLineBreaks } from './lines';
import { fail, ok, type Result } from './result';

/** A Mermaid `journey` diagram as Mermaid's own parser and database see it. */
export interface MermaidDiagram {
  title: string;
  accTitle: string;
  accDescr: string;
  sections: string[];
  /** The line each section is on. */
  sectionLines: number[];
  tasks: MermaidTask[];
}

export interface MermaidTask {
  /** The index in `sections` of the task's section, −1 before any section. */
  section: number;
  name: string;
  /** `Number()` of the text, as Mermaid reads it: NaN when it is not a number. */
  score: number;
  /** The score as written, for messages. */
  scoreText: string;
  actors: string[];
  line: number;
}

export type MermaidError =
  /** The text is not a journey diagram; `found` is its first word. */
  | { kind: 'mermaidNotJourney'; found: string }
  /** A Markdown file without a fenced `mermaid` block holding a journey. */
  | { kind: 'mermaidNoJourneyBlock' }
  /** Where Mermaid's parser stops; `found` is the text it could not take. */
  | { kind: 'mermaidSyntax'; line: number; found: string };

// Mermaid's lexer (user-journey/parser/journey.jison), rule by rule in its order: the first rule that
// matches wins (Jison's default), case-insensitive. `skip` rules produce no token.
type Rule = [RegExp, string | null, ('acc_title' | 'acc_descr' | 'acc_descr_multiline' | 'pop')?];
const rule = (source: string, token: string | null, state?: Rule[2]): Rule => [
  new RegExp(source, 'iy'),
  token,
  state,
];
const INITIAL: Rule[] = [
  rule('%%(?!\\{)[^\\n]*', null),
  rule('[^}]%%[^\\n]*', null),
  rule('\\n+', 'NEWLINE'),
  rule('\\s+', null),
  rule('#[^\\n]*', null),
  rule('journey', 'journey'),
  rule('title\\s[^#\\n;]+', 'title'),
  rule('accTitle\\s*:\\s*', 'acc_title', 'acc_title'),
  rule('accDescr\\s*:\\s*', 'acc_descr', 'acc_descr'),
  rule('accDescr\\s*\\{\\s*', null, 'acc_descr_multiline'),
  rule('section\\s[^#:\\n;]+', 'section'),
  rule('[^#:\\n;]+', 'taskName'),
  rule(':[^#\\n;]+', 'taskData'),
  rule(':', ':'),
  rule('.', 'INVALID'),
];
const STATES: Record<string, Rule[]> = {
  INITIAL,
  acc_title: [rule('[^\\n]*', 'acc_title_value', 'pop')],
  acc_descr: [rule('[^\\n]*', 'acc_descr_value', 'pop')],
  acc_descr_multiline: [rule('\\}', null, 'pop'), rule('[^}]*', 'acc_descr_multiline_value')],
};

interface Token {
  type: string;
  text: string;
  line: number;
}

function* tokens(text: string, firstLine: number): Generator<Token> {
  let state = 'INITIAL';
  let at = 0;
  let line = firstLine;
  while (at < text.length) {
    const found = STATES[state]!.map(([pattern, type, next]) => {
      pattern.lastIndex = at;
      const match = pattern.exec(text);
      return match && { type, next, text: match[0] };
    }).find(Boolean)!;
    at += found.text.length;
    if (found.next === 'pop') state = 'INITIAL';
    else if (found.next) state = found.next;
    if (found.type) yield { type: found.type, text: found.text, line };
    line += countLineBreaks(found.text);
  }
  yield { type: 'EOF', text: '', line };
}

// What Mermaid does to the text before its lexer sees it (mermaidAPI's preprocessing, Diagram.fromText).
const FRONT_MATTER = /^-{3}\s*[\n\r](.*?)[\n\r]-{3}\s*[\n\r]+/s;
const DIRECTIVE = /%{2}{\s*(?:(\w+)\s*:|(\w+))\s*(?:(\w+)|((?:(?!}%{2}).|\r?\n)*))?\s*(?:}%{2})?/gi;
const COMMENT_LINE = /^\s*%%(?!{)[^\n]+$/gm;
/** Mermaid protects `#name;` codes from its lexer and decodes them when drawing. */
const ENTITY = /#(\w+);/g;
const PROTECTED = /\uFB02\u00B0(\u00B0?)(\w+)\u00B6\u00DF/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };

/** `#58;` → `:`, `#quot;` → `"`; other names stay as written. */
const decode = (text: string) =>
  text.replace(PROTECTED, (whole, hash: string, code: string) => {
    if (hash) return /^\d+$/.test(code) ? String.fromCodePoint(Number(code)) : whole;
    return NAMED[code.toLowerCase()] ?? `#${code};`;
  });
/** Mermaid draws `<br>` in names as a line break; on the map it is a space. */
const name = (text: string) =>
  decode(text)
    .replace(/<br\s*\/?>/gi, ' ')
    .trim();

function frontMatterTitle(yaml: string): string {
  try {
    const data: unknown = loadYaml(yaml, { schema: JSON_SCHEMA });
    const title = data && typeof data === 'object' && 'title' in data ? data.title : undefined;
    return title ? String(title) : '';
  } catch {
    return '';
  }
}

const firstWord = (text: string) => /\S+/.exec(text)?.[0]?.slice(0, 40) ?? '';

/**
 * Read a Mermaid `journey` diagram as Mermaid's parser does: front matter `title:`, `%%` comments and
 * directives, entity codes, then its grammar (`journey` then statements in any order). What Mermaid
 * refuses is refused, with the line in `text` (1-based) where its parser stops.
 */
export function parseMermaidJourney(text: string, firstLine = 1): Result<MermaidDiagram, MermaidError> {
  let source = text.replace(/\r\n?/g, '\n');
  let title = '';
  const front = FRONT_MATTER.exec(source);
  if (front) title = frontMatterTitle(front[1]!);
  // Blank out what Mermaid removes, so that line numbers stay those of the file.
  const blank = (part: string) => part.replace(/[^\n]/g, '');
  if (front) source = blank(front[0]) + source.slice(front[0].length);
  source = source.replace(DIRECTIVE, blank).replace(COMMENT_LINE, blank);
  const lead = /^\s*/.exec(source)![0];
  const body = source.slice(lead.length);
  if (!/^journey/.test(body)) return fail({ kind: 'mermaidNotJourney', found: firstWord(body) });
  const encoded = `${body.replace(ENTITY, (_, code: string) => (/^\+?\d+$/.test(code) ? `\uFB02\u00B0\u00B0${code}\u00B6\u00DF` : `\uFB02\u00B0${code}\u00B6\u00DF`))}\n`;

  const diagram: MermaidDiagram = {
    title,
    accTitle: '',
    accDescr: '',
    sections: [],
    sectionLines: [],
    tasks: [],
  };
  const stream = tokens(encoded, firstLine + countLineBreaks(lead));
  const next = () => stream.next().value as Token;
  const refuse = (token: Token) =>
    fail({ kind: 'mermaidSyntax' as const, line: token.line, found: decode(token.text).slice(0, 40) });
  const start = next();
  if (start.type !== 'journey') return refuse(start);
  for (let token = next(); token.type !== 'EOF'; token = next()) {
    switch (token.type) {
      case 'NEWLINE':
        break;
      case 'title':
        diagram.title = name(token.text.slice(6));
        break;
      case 'acc_title':
      case 'acc_descr': {
        const value = next();
        if (token.type === 'acc_title') diagram.accTitle = decode(value.text).trim();
        else diagram.accDescr = decode(value.text).trim();
        break;
      }
      case 'acc_descr_multiline_value':
        diagram.accDescr = decode(token.text).trim().replace(/\n\s+/g, '\n');
        break;
      case 'section':
        diagram.sections.push(name(token.text.slice(8)));
        diagram.sectionLines.push(token.line);
        break;
      case 'taskName': {
        const data = next();
        // A name alone on its line: show the name, not the line break after it.
        if (data.type !== 'taskData') return refuse(['NEWLINE', 'EOF'].includes(data.type) ? token : data);
        // journeyDb.addTask: the score before the second ":", the actors after it, split on ",".
        const [scoreText = '', people] = data.text.slice(1).split(':');
        diagram.tasks.push({
          section: diagram.sections.length - 1,
          name: name(token.text),
          score: Number(scoreText),
          scoreText: decode(scoreText).trim(),
          actors: people === undefined ? [] : people.split(',').map(name).filter(Boolean),
          line: token.line,
        });
        break;
      }
      default:
        return refuse(token);
    }
  }
  return ok(diagram);
}

const FENCE = /^([ \t]*)(`{3,}|~{3,})[ \t]*mermaid[ \t]*\n([\s\S]*?)\n[ \t]*\2[ \t]*$/gm;

/** The first fenced ```mermaid block of a Markdown text that holds a journey, read as above. */
export function parseMermaidMarkdown(markdown: string): Result<MermaidDiagram, MermaidError> {
  const text = markdown.replace(/\r\n?/g, '\n');
  for (const block of text.matchAll(FENCE)) {
    const parsed = parseMermaidJourney(block[3]!, countLineBreaks(text, 0, block.index) + 2);
    if (parsed.ok || parsed.error.kind !== 'mermaidNotJourney') return parsed;
  }
  return fail({ kind: 'mermaidNoJourneyBlock' });
}

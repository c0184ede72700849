import { basename, extname, resolve } from 'node:path';
import { computeInsights } from '../analytics';
import {
  fileErrorSentences,
  journeyToCsv,
  journeyToMermaid,
  mermaidMarkdown,
  openJourneyFile,
  scoreWarningSentences,
  writeTrayecto,
} from '../formats';
import type { Journey, Language } from '../model';
import { exportMap } from './export';
import { formatInsightsText } from './statsReport';
import { blueprintStats, formatBlueprintText } from './blueprintStats';
import { forTerminal } from './terminal';
import { cliLanguage, words, type CliCatalogue } from './words';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
  /** The environment, for the locale (LC_ALL, LC_MESSAGES, LANG). */
  env?: Record<string, string | undefined>;
}

const READABLE = ['.trayecto', '.json', '.csv', '.png', '.html', '.xlsx', '.mmd', '.md'];
const WRITABLE = ['.trayecto', '.json', '.csv', '.mmd', '.md'];

/** The text of a map in the format its output file's extension names. */
function written(journey: Journey, extension: string, perPersona: boolean): string {
  if (extension === '.csv') return journeyToCsv(journey);
  if (extension === '.mmd') return journeyToMermaid(journey);
  if (extension === '.md')
    return mermaidMarkdown(
      perPersona
        ? journey.personas.map((p) => journeyToMermaid(journey, { personaId: p.id }))
        : [journeyToMermaid(journey)],
    );
  return writeTrayecto(journey);
}

/** What one run of a command has to hand: its arguments, its words and its output. */
export interface Command {
  args: string[];
  /** The language of messages (from --lang, else the locale). */
  language: Language;
  /** The language --lang named, if it did (the language of a deliverable, else the map's). */
  chosenLanguage?: Language;
  say(key: keyof CliCatalogue, params?: Record<string, string | number>): string;
  out(text: string): void;
  err(text: string): void;
  /** Print the usage (after a message) and return the usage exit code. */
  usage(message?: string): number;
  /** The map in a file, or undefined after printing why it could not be read (exit 1). */
  load(path: string): Promise<Journey | undefined>;
  io: CliIo;
}

function summary(journey: Journey, say: Command['say']): string {
  return (['scenarios', 'stages', 'personas', 'touchpoints', 'annotations'] as const)
    .map((list) => say(list, { count: journey[list].length }))
    .join(', ');
}

async function validate({ args, say, out, usage, load }: Command): Promise<number> {
  if (args.length !== 1) return usage(say('validateArgs'));
  if (!READABLE.includes(extname(args[0]!).toLowerCase()))
    return usage(say('cannotReadType', { path: args[0]! }));
  const journey = await load(args[0]!);
  if (!journey) return 1;
  out(`${say('valid', { summary: summary(journey, say) })}\n`);
  return 0;
}

async function convert({ args: all, say, out, usage, load, io }: Command): Promise<number> {
  const perPersona = all.includes('--per-persona');
  const args = all.filter((a) => a !== '--per-persona');
  if (args.length !== 2) return usage(say('convertArgs'));
  const [input, output] = args as [string, string];
  const outExt = extname(output).toLowerCase();
  if (perPersona && outExt !== '.md') return usage(say('perPersonaMarkdown'));
  if (!READABLE.includes(extname(input).toLowerCase())) return usage(say('cannotReadType', { path: input }));
  if (!WRITABLE.includes(outExt)) return usage(say('cannotWriteType', { path: output }));
  if (resolve(input) === resolve(output)) return usage(say('sameFile'));
  const journey = await load(input);
  if (!journey) return 1;
  await io.writeFile(output, written(journey, outExt, perPersona));
  out(`${say('wrote', { path: output, summary: summary(journey, say) })}\n`);
  return 0;
}

async function stats({ args, language, say, out, err, usage, load }: Command): Promise<number> {
  const json = args.includes('--json');
  const at = args.indexOf('--scenario');
  const scenarioName = at >= 0 ? args[at + 1] : undefined;
  const files = args.filter((a, i) => a !== '--json' && (at < 0 || (i !== at && i !== at + 1)));
  if (files.length !== 1 || (at >= 0 && scenarioName === undefined) || files.some((a) => a.startsWith('--')))
    return usage(say('statsArgs'));
  const journey = await load(files[0]!);
  if (!journey) return 1;
  const scenario = journey.scenarios.find((s) => scenarioName === undefined || s.name === scenarioName);
  if (!scenario) {
    err(
      `${say('noScenario', { name: scenarioName!, names: journey.scenarios.map((s) => s.name).join(', ') })}\n`,
    );
    return 2;
  }
  const insights = computeInsights(journey, scenario.id);
  const blueprint = blueprintStats(journey, scenario.id);
  out(
    json
      ? `${JSON.stringify({ ...insights, ...blueprint }, null, 2)}\n`
      : `${formatInsightsText(insights, journey, language)}${formatBlueprintText(blueprint, language).join('\n')}\n`,
  );
  return 0;
}

// One entry per command: adding a command is adding a line here and its function.
const COMMANDS: Record<string, (command: Command) => Promise<number>> = {
  validate,
  convert,
  stats,
  export: exportMap,
};

/** Run the CLI; returns the exit code. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const langAt = argv.indexOf('--lang');
  const langOption = langAt >= 0 ? argv[langAt + 1] : undefined;
  const language = cliLanguage(langOption, io.env ?? {});
  const [name, ...args] = langAt >= 0 ? argv.filter((_, i) => i !== langAt && i !== langAt + 1) : argv;
  // Titles and names come from files: their control characters are shown, never sent to the terminal.
  const out = (text: string) => io.stdout(forTerminal(text));
  const err = (text: string) => io.stderr(forTerminal(text));
  const say: Command['say'] = (key, params) => words(language, key, params);
  const usage = (message?: string) => {
    if (message) err(`${say('usageError', { message })}\n\n`);
    err(say('usage'));
    return 2;
  };
  if (name === '--help' || name === '-h' || name === 'help') {
    out(say('usage'));
    return 0;
  }
  if (langAt >= 0 && langOption !== 'en' && langOption !== 'es') return usage('--lang en|es');
  const load = async (path: string): Promise<Journey | undefined> => {
    const refuse = (message: string) => void err(`${say('refused', { path, message })}\n`);
    let bytes: Uint8Array;
    try {
      bytes = await io.readFile(path);
    } catch (error) {
      return refuse(say('cannotRead', { code: (error as NodeJS.ErrnoException).code ?? String(error) }));
    }
    const result = await openJourneyFile(basename(path), bytes, { language, now: new Date().toISOString() });
    if (result.ok) {
      for (const s of scoreWarningSentences(result.value.scoreWarnings ?? []))
        err(`${path}: ${words(language, s.key, s.params)}\n`);
      return result.value.journey;
    }
    return refuse(
      fileErrorSentences(result.error, language)
        .map((s) => words(language, s.key, s.params))
        .join('\n'),
    );
  };
  if (name === undefined) return usage();
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name]! : undefined;
  if (!command) return usage(say('unknownCommand', { command: name }));
  const chosenLanguage = langOption === undefined ? undefined : language;
  return command({ args, language, chosenLanguage, say, out, err, usage, load, io });
}

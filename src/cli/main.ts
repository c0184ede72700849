import { basename, extname, resolve } from 'node:path';
import { computeInsights, metricReports, offTargets } from '../analytics';
import {
  fileErrorSentences,
  isSpreadsheetName,
  journeyToCsv,
  journeyToMermaid,
  mermaidMarkdown,
  openJourneyFile,
  readMappingFile,
  scoreWarningSentences,
  writeTrayecto,
  type FileError,
  type MappingFile,
  type OpenedJourney,
} from '../formats';
import type { Journey, Language } from '../model';
import { exportMap } from './export';
import { importMetrics } from './metrics';
import { formatInsightsText } from './statsReport';
import { blueprintStats, formatBlueprintText } from './blueprintStats';
import { forTerminal } from './terminal';
import { loadScenario, scenarioOption, type CliIo, type Command } from './command';
import { cliLanguage, words } from './words';

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

/** Why a file could not be used, in the CLI's language, one sentence a line. */
const errorWords = (error: FileError, language: Language) =>
  fileErrorSentences(error, language)
    .map((s) => words(language, s.key, s.params))
    .join('\n');

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

/** A table's column mapping as one line: each header to its field, and the emotion scale. */
function mappingLine(mapping: MappingFile, say: Command['say']): string {
  const columns = Object.entries(mapping.columns)
    .map(([header, field]) => `"${header}" → ${field ?? say('mappingLeftOut')}`)
    .join(', ');
  const sheet = mapping.sheet === undefined ? '' : ` [${mapping.sheet}]`;
  return say('mappingUsed', { sheet, columns, scale: mapping.emotionScale ?? '' });
}

/** The mapping file `--map` names, or undefined after printing why it cannot be used. */
async function mappingFileAt(
  path: string,
  { say, err, read, language }: Command,
): Promise<MappingFile | undefined> {
  const bytes = await read(path);
  if (!bytes) return undefined;
  const mapping = readMappingFile(new TextDecoder().decode(bytes));
  if (mapping.ok) return mapping.value;
  err(`${say('refused', { path, message: errorWords(mapping.error, language) })}\n`);
  return undefined;
}

async function convert(command: Command): Promise<number> {
  const { args: all, say, out, usage, open, io } = command;
  const perPersona = all.includes('--per-persona');
  const mapAt = all.indexOf('--map');
  const mapPath = mapAt >= 0 ? all[mapAt + 1] : undefined;
  if (mapAt >= 0 && (mapPath === undefined || mapPath.startsWith('--')))
    return usage(say('exportNeedsValue', { option: '--map' }));
  const args = all.filter((a, i) => a !== '--per-persona' && (mapAt < 0 || (i !== mapAt && i !== mapAt + 1)));
  if (args.length !== 2) return usage(say('convertArgs'));
  const [input, output] = args as [string, string];
  const outExt = extname(output).toLowerCase();
  const table = isSpreadsheetName(input);
  if (perPersona && outExt !== '.md') return usage(say('perPersonaMarkdown'));
  if (mapPath !== undefined && !table) return usage(say('mapNeedsTable'));
  if (!READABLE.includes(extname(input).toLowerCase())) return usage(say('cannotReadType', { path: input }));
  if (!WRITABLE.includes(outExt)) return usage(say('cannotWriteType', { path: output }));
  if (resolve(input) === resolve(output)) return usage(say('sameFile'));
  const mappingFile = mapPath === undefined ? undefined : await mappingFileAt(mapPath, command);
  if (mapPath !== undefined && !mappingFile) return 1;
  const opened = await open(input, mappingFile);
  if (!opened) return 1;
  const { journey, mapping } = opened;
  await io.writeFile(output, written(journey, outExt, perPersona));
  out(`${say('wrote', { path: output, summary: summary(journey, say) })}\n`);
  if (mapping) {
    out(`${mappingLine(mapping, say)}\n`);
    if (!mappingFile) out(`${say('mappingProposed')}\n`);
  }
  return 0;
}

async function stats(command: Command): Promise<number> {
  const { args, language, say, out, usage } = command;
  const json = args.includes('--json');
  const option = scenarioOption(args);
  const files = option.rest.filter((a) => a !== '--json');
  if (files.length !== 1 || option.missing || files.some((a) => a.startsWith('--')))
    return usage(say('statsArgs'));
  const loaded = await loadScenario(command, files[0]!, option.name);
  if (typeof loaded === 'number') return loaded;
  const { journey, scenario } = loaded;
  const insights = computeInsights(journey, scenario.id);
  const metrics = metricReports(journey, scenario.id);
  const blueprint = blueprintStats(journey, scenario.id);
  const measured = { ...insights, metrics, offTarget: offTargets(journey, metrics) };
  out(
    json
      ? `${JSON.stringify({ ...measured, ...blueprint }, null, 2)}\n`
      : `${formatInsightsText(measured, journey, language)}${formatBlueprintText(blueprint, language).join('\n')}\n`,
  );
  return 0;
}

// One entry per command: adding a command is adding a line here and its function.
const COMMANDS: Record<string, (command: Command) => Promise<number>> = {
  validate,
  convert,
  stats,
  export: exportMap,
  metrics: importMetrics,
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
  const refuse = (path: string, message: string) => void err(`${say('refused', { path, message })}\n`);
  const read = async (path: string): Promise<Uint8Array | undefined> => {
    try {
      return await io.readFile(path);
    } catch (error) {
      return refuse(
        path,
        say('cannotRead', { code: (error as NodeJS.ErrnoException).code ?? String(error) }),
      );
    }
  };
  const open = async (path: string, mappingFile?: MappingFile): Promise<OpenedJourney | undefined> => {
    const bytes = await read(path);
    if (!bytes) return undefined;
    const result = await openJourneyFile(basename(path), bytes, {
      language,
      now: new Date().toISOString(),
      mappingFile,
    });
    if (result.ok) {
      for (const s of scoreWarningSentences(result.value.scoreWarnings ?? []))
        err(`${path}: ${words(language, s.key, s.params)}\n`);
      return result.value;
    }
    return refuse(path, errorWords(result.error, language));
  };
  const load = async (path: string) => (await open(path))?.journey;
  if (name === undefined) return usage();
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name]! : undefined;
  if (!command) return usage(say('unknownCommand', { command: name }));
  const chosenLanguage = langOption === undefined ? undefined : language;
  return command({ args, language, chosenLanguage, say, out, err, usage, read, load, open, io });
}

import type { MappingFile, OpenedJourney } from '../formats';
import type { Journey, Language, Scenario } from '../model';
import type { CliCatalogue } from './words';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
  /** The environment, for the locale (LC_ALL, LC_MESSAGES, LANG). */
  env?: Record<string, string | undefined>;
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
  /** The bytes of a file, or undefined after printing why it could not be read (exit 1). */
  read(path: string): Promise<Uint8Array | undefined>;
  /** The map in a file, or undefined after printing why it could not be read (exit 1). */
  load(path: string): Promise<Journey | undefined>;
  /** As `load`, with what was read besides the map (a table's column mapping), read with a mapping file. */
  open(path: string, mappingFile?: MappingFile): Promise<OpenedJourney | undefined>;
  io: CliIo;
}

/** `--scenario NAME` taken out of the arguments: its name (undefined when absent), whether its value is missing, the rest. */
export function scenarioOption(args: string[]): { name?: string; missing: boolean; rest: string[] } {
  const at = args.indexOf('--scenario');
  if (at < 0) return { missing: false, rest: args };
  const name = args[at + 1];
  return { name, missing: name === undefined, rest: args.filter((_, i) => i !== at && i !== at + 1) };
}

/**
 * The map in `path` and the scenario `name` names (the first when no name is given); else the exit
 * code, after saying why: 1 when the map cannot be read, 2 when it has no such scenario.
 */
export async function loadScenario(
  { load, say, err }: Pick<Command, 'load' | 'say' | 'err'>,
  path: string,
  name: string | undefined,
): Promise<{ journey: Journey; scenario: Scenario } | number> {
  const journey = await load(path);
  if (!journey) return 1;
  const scenario = journey.scenarios.find((s) => name === undefined || s.name === name);
  if (scenario) return { journey, scenario };
  err(`${say('noScenario', { name: name!, names: journey.scenarios.map((s) => s.name).join(', ') })}\n`);
  return 2;
}

import { basename, extname, resolve } from 'node:path';
import { computeInsights, formatInsightsText } from '../analytics';
import { fileErrorMessage, journeyToCsv, readJourneyFile, writeTrayecto } from '../formats';
import type { Journey } from '../model';
import { EXPORT_USAGE, runExport } from './export';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
}

export const USAGE = `Usage: trayecto <command> [options]

Commands:
  validate FILE          check a .trayecto, .json or .csv file; print a summary or the errors
  convert IN OUT         convert between .trayecto/.json and .csv (by extension)
  stats FILE [--json] [--scenario NAME]
                         emotion per stage, lowest moments, pain points per stage and channel,
                         for one scenario (default: the first) with every scenario's curve
${EXPORT_USAGE}
Exit codes: 0 ok, 1 invalid file, 2 usage error.
`;

const READABLE = ['.trayecto', '.json', '.csv', '.png'];
const WRITABLE = ['.trayecto', '.json', '.csv'];

async function load(path: string, io: CliIo): Promise<Journey | string> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (error) {
    return `${path}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`;
  }
  const result = readJourneyFile(basename(path), bytes, { language: 'en', now: new Date().toISOString() });
  return result.ok ? result.value.journey : `${path}: ${fileErrorMessage(result.error, 'en')}`;
}

function summary(journey: Journey): string {
  return `${journey.scenarios.length} scenario${journey.scenarios.length === 1 ? '' : 's'}, ${journey.stages.length} stages, ${journey.personas.length} personas, ${journey.touchpoints.length} touchpoints, ${journey.annotations.length} annotations`;
}

/** Run the CLI; returns the exit code. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const [command, ...args] = argv;
  const usage = (message?: string) => {
    if (message) io.stderr(`trayecto: ${message}\n\n`);
    io.stderr(USAGE);
    return 2;
  };
  if (command === '--help' || command === '-h' || command === 'help') {
    io.stdout(USAGE);
    return 0;
  }
  switch (command) {
    case 'validate': {
      if (args.length !== 1) return usage('validate takes one file');
      if (!READABLE.includes(extname(args[0]!).toLowerCase()))
        return usage(`cannot read "${args[0]}": use .trayecto, .json, .csv or .png`);
      const journey = await load(args[0]!, io);
      if (typeof journey === 'string') {
        io.stderr(`invalid: ${journey}\n`);
        return 1;
      }
      io.stdout(`valid: ${summary(journey)}\n`);
      return 0;
    }
    case 'convert': {
      if (args.length !== 2) return usage('convert takes an input and an output file');
      const [input, output] = args as [string, string];
      const outExt = extname(output).toLowerCase();
      if (!READABLE.includes(extname(input).toLowerCase())) return usage(`cannot read "${input}"`);
      if (!WRITABLE.includes(outExt)) return usage(`cannot write "${output}": use .trayecto, .json or .csv`);
      if (resolve(input) === resolve(output)) return usage('the output must be another file than the input');
      const journey = await load(input, io);
      if (typeof journey === 'string') {
        io.stderr(`invalid: ${journey}\n`);
        return 1;
      }
      await io.writeFile(output, outExt === '.csv' ? journeyToCsv(journey) : writeTrayecto(journey));
      io.stdout(`wrote ${output}: ${summary(journey)}\n`);
      return 0;
    }
    case 'stats': {
      const json = args.includes('--json');
      const at = args.indexOf('--scenario');
      const scenarioName = at >= 0 ? args[at + 1] : undefined;
      const files = args.filter((a, i) => a !== '--json' && (at < 0 || (i !== at && i !== at + 1)));
      if (
        files.length !== 1 ||
        (at >= 0 && scenarioName === undefined) ||
        files.some((a) => a.startsWith('--'))
      )
        return usage('stats takes one file and optionally --json and --scenario NAME');
      const journey = await load(files[0]!, io);
      if (typeof journey === 'string') {
        io.stderr(`invalid: ${journey}\n`);
        return 1;
      }
      const scenario = journey.scenarios.find((s) => scenarioName === undefined || s.name === scenarioName);
      if (!scenario) {
        io.stderr(
          `no scenario named "${scenarioName}"; the scenarios are: ${journey.scenarios.map((s) => s.name).join(', ')}\n`,
        );
        return 2;
      }
      const insights = computeInsights(journey, scenario.id);
      io.stdout(json ? `${JSON.stringify(insights, null, 2)}\n` : formatInsightsText(insights, journey));
      return 0;
    }
    case 'export':
      return runExport(args, io, (path) => load(path, io), usage);
    case undefined:
      return usage();
    default:
      return usage(`unknown command "${command}"`);
  }
}

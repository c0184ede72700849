import type { MappingFile, OpenedJourney } from '../formats';
import type { Journey, Language } from '../model';
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
  /** The map in a file, or undefined after printing why it could not be read (exit 1). */
  load(path: string): Promise<Journey | undefined>;
  /** As `load`, with what was read besides the map (a table's column mapping), read with a mapping file. */
  open(path: string, mappingFile?: MappingFile): Promise<OpenedJourney | undefined>;
  io: CliIo;
}

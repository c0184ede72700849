import { readFile, writeFile } from 'node:fs/promises';
import { run } from './main';

// The process entry: real files, real streams, the environment's locale, the exit code from `run`.
const code = await run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: async (path) => new Uint8Array(await readFile(path)),
  writeFile: (path, data) => writeFile(path, data),
  env: process.env,
});
process.exitCode = code;

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { ExportFonts } from '../drawing/fonts';

const require = createRequire(import.meta.url);

/** The shipped Inter, read from its npm package: the same files the app bundles. */
export async function loadExportFonts(): Promise<ExportFonts> {
  const file = (weight: number) =>
    readFile(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`));
  const [regular, semibold] = await Promise.all([file(400), file(600)]);
  return new ExportFonts({ 400: new Uint8Array(regular), 600: new Uint8Array(semibold) });
}

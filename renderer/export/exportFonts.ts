import regularUrl from '@fontsource/inter/files/inter-latin-400-normal.woff?url';
import semiboldUrl from '@fontsource/inter/files/inter-latin-600-normal.woff?url';
import { ExportFonts } from '../../src/drawing/fonts';

const bytes = async (url: string) => new Uint8Array(await (await fetch(url)).arrayBuffer());

let loaded: Promise<ExportFonts> | undefined;

/** The shipped Inter, as the drawing measures and embeds it: the same files the CLI reads. Loaded once. */
export function exportFonts(): Promise<ExportFonts> {
  loaded ??= Promise.all([bytes(regularUrl), bytes(semiboldUrl)]).then(
    ([regular, semibold]) => new ExportFonts({ 400: regular, 600: semibold }),
  );
  // A failed load is tried again next time.
  loaded.catch(() => (loaded = undefined));
  return loaded;
}

import type { Journey } from '../model';
import { readTrayecto } from './document';
import type { ImportError } from './errors';
import { fail, type Result } from './result';

/** Where an exported web page carries its map (`src/export/html.ts` writes it). */
const DOCUMENT_SCRIPT = /<script type="application\/json" id="trayecto-document">([\s\S]*?)<\/script>/;

/** The map inside a web page exported by Trayecto, as the PNG export carries one too. */
export function readTrayectoWebPage(bytes: Uint8Array): Result<Journey, ImportError> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail({ kind: 'notText' });
  }
  const found = DOCUMENT_SCRIPT.exec(text);
  // The JSON was written with `<` escaped as \u003c, which JSON reads back as `<`.
  return found ? readTrayecto(found[1]!) : fail({ kind: 'webPageWithoutDocument' });
}

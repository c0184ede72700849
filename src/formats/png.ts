import { LIMITS, type Journey } from '../model';
import { readTrayecto } from './document';
import { concatBytes } from './bytes';
import type { ImportError } from './errors';
import { fail, type Result } from './result';

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];
export const PNG_KEYWORD = 'trayecto';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

export function isPng(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && SIGNATURE.every((b, i) => bytes[i] === b);
}

interface Chunk {
  type: string;
  start: number;
  data: Uint8Array;
}

/** The chunks of a PNG, or undefined if it is truncated or not a PNG. */
function chunks(png: Uint8Array): Chunk[] | undefined {
  if (!isPng(png)) return undefined;
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const found: Chunk[] = [];
  for (let at = 8; at < png.length;) {
    if (at + 12 > png.length) return undefined;
    const length = view.getUint32(at);
    if (at + 12 + length > png.length) return undefined;
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    found.push({ type, start: at, data: png.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
    if (type === 'IEND') return found;
  }
  return undefined;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  const typeAndData = out.subarray(4, 8 + data.length);
  typeAndData.set([...type].map((c) => c.charCodeAt(0)));
  typeAndData.set(data, 4);
  view.setUint32(8 + data.length, crc32(typeAndData));
  return out;
}

const ITXT_HEADER = new TextEncoder().encode(`${PNG_KEYWORD}\u0000\u0000\u0000\u0000\u0000`);

/** The text of an iTXt chunk if its keyword is ours: keyword, \0, flag, method, language \0, translated \0, text. */
function trayectoText(c: Chunk): string | undefined {
  if (c.type !== 'iTXt') return undefined;
  const keywordEnd = c.data.indexOf(0);
  if (keywordEnd < 0 || new TextDecoder().decode(c.data.subarray(0, keywordEnd)) !== PNG_KEYWORD)
    return undefined;
  // Only uncompressed text, which is what Trayecto writes.
  if (c.data[keywordEnd + 1] !== 0) return undefined;
  const languageEnd = c.data.indexOf(0, keywordEnd + 3);
  const translatedEnd = languageEnd < 0 ? -1 : c.data.indexOf(0, languageEnd + 1);
  return translatedEnd < 0 ? undefined : new TextDecoder().decode(c.data.subarray(translatedEnd + 1));
}

/**
 * Add the document as an iTXt (UTF-8) chunk just before IEND, so the image opens as an editable
 * map. A document embedded earlier is replaced, never left behind to be read instead.
 */
export function embedDocumentInPng(png: Uint8Array, documentText: string): Uint8Array {
  const parts = chunks(png);
  if (!parts) throw new Error('not a complete PNG');
  const data = concatBytes([ITXT_HEADER, new TextEncoder().encode(documentText)]);
  const kept = parts.filter((c) => trayectoText(c) === undefined);
  return concatBytes([
    png.subarray(0, 8),
    ...kept.flatMap((c) => {
      const raw = png.subarray(c.start, c.start + 12 + c.data.length);
      return c.type === 'IEND' ? [chunk('iTXt', data), raw] : [raw];
    }),
  ]);
}

/** The document embedded by `embedDocumentInPng`, if any. */
export function extractDocumentFromPng(png: Uint8Array): string | undefined {
  for (const c of chunks(png) ?? []) {
    const text = trayectoText(c);
    if (text !== undefined) return text;
  }
  return undefined;
}

/** Open a PNG exported by Trayecto as its map. */
export function readTrayectoPng(bytes: Uint8Array): Result<Journey, ImportError> {
  if (bytes.byteLength > LIMITS.fileBytes)
    return fail({ kind: 'tooLarge', bytes: bytes.byteLength, limit: LIMITS.fileBytes });
  if (!chunks(bytes)) return fail({ kind: 'notPng' });
  const text = extractDocumentFromPng(bytes);
  return text === undefined ? fail({ kind: 'pngWithoutDocument' }) : readTrayecto(text);
}

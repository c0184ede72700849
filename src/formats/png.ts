import type { Journey } from '../model';
import { readTrayecto } from './document';
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

/** Add the document as an iTXt (UTF-8) chunk just before IEND, so the image opens as an editable map. */
export function embedDocumentInPng(png: Uint8Array, documentText: string): Uint8Array {
  const parts = chunks(png);
  const end = parts?.find((c) => c.type === 'IEND');
  if (!parts || !end) throw new Error('not a complete PNG');
  const header = new TextEncoder().encode(`${PNG_KEYWORD}\u0000\u0000\u0000\u0000\u0000`);
  const text = new TextEncoder().encode(documentText);
  const data = new Uint8Array(header.length + text.length);
  data.set(header);
  data.set(text, header.length);
  const itxt = chunk('iTXt', data);
  const out = new Uint8Array(png.length + itxt.length);
  out.set(png.subarray(0, end.start));
  out.set(itxt, end.start);
  out.set(png.subarray(end.start), end.start + itxt.length);
  return out;
}

/** The document embedded by `embedDocumentInPng`, if any. */
export function extractDocumentFromPng(png: Uint8Array): string | undefined {
  for (const c of chunks(png) ?? []) {
    if (c.type !== 'iTXt') continue;
    const keywordEnd = c.data.indexOf(0);
    if (new TextDecoder().decode(c.data.subarray(0, keywordEnd)) !== PNG_KEYWORD) continue;
    // keyword \0, compression flag, method, language \0, translated keyword \0, text
    let at = keywordEnd + 3;
    at = c.data.indexOf(0, at) + 1;
    at = c.data.indexOf(0, at) + 1;
    return new TextDecoder().decode(c.data.subarray(at));
  }
  return undefined;
}

/** Open a PNG exported by Trayecto as its map. */
export function readTrayectoPng(bytes: Uint8Array): Result<Journey, ImportError> {
  if (!chunks(bytes)) return fail({ kind: 'notPng' });
  const text = extractDocumentFromPng(bytes);
  return text === undefined ? fail({ kind: 'pngWithoutDocument' }) : readTrayecto(text);
}

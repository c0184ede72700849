import { fail, ok, type Result } from './result';
import type { ImportError } from './errors';
import { LIMITS } from '../model/limits';
import { jsonSyntaxErrorOffset } from './jsonSyntax';
import { lineAndColumn } from './lines';

// Keys that could reach Object.prototype through a later spread or assign are dropped at parse time.
const POISONED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Bytes → text, refusing oversized and non-UTF-8 input before anything is parsed. */
export function decodeText(input: string | Uint8Array): Result<string, ImportError> {
  if (typeof input !== 'string') {
    if (input.byteLength > LIMITS.fileBytes)
      return fail({ kind: 'tooLarge', bytes: input.byteLength, limit: LIMITS.fileBytes });
    try {
      input = new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch {
      return fail({ kind: 'notText' });
    }
  } else if (input.length > LIMITS.fileBytes) {
    return fail({ kind: 'tooLarge', bytes: input.length, limit: LIMITS.fileBytes });
  }
  if (input.includes('\u0000')) return fail({ kind: 'notText' });
  return ok(input.replace(/^\uFEFF/, ''));
}

/**
 * Where objects and arrays first nest deeper than `limit`, or undefined. Checked before parsing:
 * JSON.parse and the reviver recurse, so 100,000 brackets would overflow the stack.
 */
function tooDeepAt(text: string, limit: number): number | undefined {
  let depth = 0;
  let inString = false;
  for (let at = 0; at < text.length; at++) {
    const char = text[at];
    if (inString) {
      if (char === '\\') at++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') {
      if (++depth > limit) return at;
    } else if (char === '}' || char === ']') depth--;
  }
  return undefined;
}

/** JSON.parse with the syntax error located by line and column. */
export function parseJson(text: string): Result<unknown, ImportError> {
  const deep = tooDeepAt(text, LIMITS.jsonDepth);
  if (deep !== undefined)
    return fail({ kind: 'tooDeep', limit: LIMITS.jsonDepth, ...lineAndColumn(text, deep) });
  try {
    return ok(JSON.parse(text, (key, value: unknown) => (POISONED_KEYS.has(key) ? undefined : value)));
  } catch {
    // Located and worded by us: engines word parse errors differently, and only in English.
    const offset = jsonSyntaxErrorOffset(text) ?? text.length;
    const found = text.codePointAt(offset);
    return fail({
      kind: 'notJson',
      ...lineAndColumn(text, offset),
      found: found === undefined ? null : String.fromCodePoint(found),
    });
  }
}

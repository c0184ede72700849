import { fail, ok, type Result } from './result';
import type { ImportError } from './errors';
import { LIMITS } from '../model/limits';
import { jsonSyntaxErrorOffset } from './jsonSyntax';

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

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  return { line, column: position - before.lastIndexOf('\n') };
}

/** JSON.parse with the syntax error located by line and column. */
export function parseJson(text: string): Result<unknown, ImportError> {
  try {
    return ok(JSON.parse(text, (key, value: unknown) => (POISONED_KEYS.has(key) ? undefined : value)));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const at = lineAndColumn(text, jsonSyntaxErrorOffset(text) ?? text.length);
    return fail({ kind: 'notJson', ...at, detail });
  }
}

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readTrayecto } from '../../../src/formats';
import { jsonSyntaxErrorOffset } from '../../../src/formats/jsonSyntax';

const document = readFileSync('tests/fixtures/good/gym-v1.trayecto', 'utf8');

/** Small deterministic PRNG, so a failing case can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x80000000;
  };
}

const parses = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('locating JSON syntax errors', () => {
  it('agrees with JSON.parse on whether 2,000 damaged documents are valid, and on the position V8 names', () => {
    const next = random(7);
    const damage = [',', '}', ']', '"', ':', 'x', '\n', '1', '{', '[', '\\', ' '];
    for (let i = 0; i < 2000; i++) {
      const at = Math.floor(next() * document.length);
      const cut = Math.floor(next() * 3);
      const insert = damage[Math.floor(next() * damage.length)]!;
      const text = document.slice(0, at) + insert + document.slice(at + cut);
      const offset = jsonSyntaxErrorOffset(text);
      expect(offset === undefined, text.slice(Math.max(0, at - 20), at + 20)).toBe(parses(text));
      try {
        JSON.parse(text);
      } catch (error) {
        const position = /position (\d+)/.exec((error as Error).message);
        if (position) expect(offset).toBe(Number(position[1]));
      }
    }
  });

  it('finds what V8 does not locate: trailing commas, bad words, unexpected tokens', () => {
    expect(jsonSyntaxErrorOffset('[1,2,]')).toBe(5);
    expect(jsonSyntaxErrorOffset('{"a": 1,}')).toBe(8);
    expect(jsonSyntaxErrorOffset('{"a": tru}')).toBe(9);
    expect(jsonSyntaxErrorOffset('{"a": x}')).toBe(6);
    expect(jsonSyntaxErrorOffset('')).toBe(0);
    expect(jsonSyntaxErrorOffset('['.repeat(100_000) + ']'.repeat(100_000))).toBeUndefined();
  });

  it('reports the line and column of a trailing comma in a document', () => {
    const text =
      '{\n  "format": "trayecto",\n  "version": 1,\n  "journey": {\n    "stages": [1, 2,],\n  }\n}\n';
    const result = readTrayecto(text);
    expect(!result.ok && result.error).toMatchObject({ kind: 'notJson', line: 5, column: 21 });
  });
});

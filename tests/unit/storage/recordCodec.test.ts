import { describe, expect, it } from 'vitest';
import {
  COLUMNS_FORMAT,
  columnSize,
  decodeList,
  encodeList,
  isColumns,
  type Columns,
} from '../../../src/storage/recordCodec';
import { prng } from '../../bench/generate';

/** Encoded, copied as IndexedDB copies it (structured clone), and decoded. */
function roundTrip(items: unknown[]): unknown {
  const stored = structuredClone(encodeList(items));
  return isColumns(stored) ? decodeList(stored) : stored;
}

/** Where `actual` differs from `expected` in any way structured clone keeps (key order, -0, absent vs undefined), or ''. */
function difference(actual: unknown, expected: unknown, path = '$'): string {
  if (typeof expected !== 'object' || expected === null || typeof actual !== 'object' || actual === null)
    return Object.is(actual, expected) ? '' : `${path}: ${String(actual)} is not ${String(expected)}`;
  if (Array.isArray(actual) !== Array.isArray(expected)) return `${path}: array or not`;
  if (Object.getPrototypeOf(actual) !== Object.getPrototypeOf(expected)) return `${path}: prototype`;
  const [keys, expectedKeys] = [Object.keys(actual), Object.keys(expected)];
  if (keys.join('\u0000') !== expectedKeys.join('\u0000'))
    return `${path}: keys ${keys} are not ${expectedKeys}`;
  for (const key of keys) {
    const found = difference(
      (actual as Record<string, unknown>)[key],
      (expected as Record<string, unknown>)[key],
      `${path}.${key}`,
    );
    if (found) return found;
  }
  return '';
}

function expectExact(actual: unknown, expected: unknown) {
  expect(actual).toStrictEqual(expected);
  expect(difference(actual, expected)).toBe('');
}

const columns = (items: unknown[]) => encodeList(items) as Columns;

describe('record codec', () => {
  it('stores a list of objects as columns: repeated strings once, others in one text, numbers in an array', () => {
    const items = [
      { id: 'v1', metricId: 'csat', period: 'Q1', value: 4.5, touchpointIds: ['t1'] },
      { id: 'v2', metricId: 'csat', period: 'Q2', value: 3, touchpointIds: ['t1', 't2'] },
      { id: 'v3', metricId: 'nps', period: 'Q1', value: -0, touchpointIds: [] },
      { id: 'v4', metricId: 'csat', period: 'Q2', value: 7, touchpointIds: ['t3'] },
    ];
    const encoded = columns(items);
    expect(encoded).toMatchObject({ format: COLUMNS_FORMAT, length: 4 });
    expect(encoded.keys).toEqual(['id', 'metricId', 'period', 'value', 'touchpointIds']);
    const [id, metricId, period, value, touchpointIds] = encoded.columns;
    expect(id).toEqual({ text: 'v1v2v3v4', width: 2, count: 4 });
    expect(metricId).toEqual({ strings: ['csat', 'nps'], indexes: new Uint8Array([0, 0, 1, 0]) });
    expect(period).toEqual({ strings: ['Q1', 'Q2'], indexes: new Uint8Array([0, 1, 0, 1]) });
    expect(value).toEqual({ numbers: new Float64Array([4.5, 3, -0, 7]) });
    expect(touchpointIds).toEqual([['t1'], ['t1', 't2'], [], ['t3']]);
    expectExact(roundTrip(items), items);
  });

  it('gives back absent keys absent, undefined ones present, and each item its own key order', () => {
    const items = [
      { id: 'a', sentiment: 2, text: 'x' },
      { id: 'b', text: 'y' },
      { text: 'z', id: 'c' },
      { id: 'd', sentiment: undefined, text: 'x' },
      { id: 'e', text: 'x', sentiment: null },
      {},
    ];
    const decoded = roundTrip(items) as Record<string, unknown>[];
    expectExact(decoded, items);
    expect(decoded.map((item) => Object.keys(item))).toEqual(items.map((item) => Object.keys(item)));
    expect('sentiment' in decoded[1]!).toBe(false);
    expect('sentiment' in decoded[3]!).toBe(true);
  });

  it('keeps numbers, booleans and nested values exactly, never merging equal ones', () => {
    const shared = { a: 1 };
    const items = [
      { n: -0, b: true, nested: { counts: { open: 1, resolved: [0, -0] } }, same: shared },
      { n: 0, b: false, nested: { counts: { open: 1, resolved: [0, -0] } }, same: shared },
      { n: NaN, b: 'true', nested: null, same: { a: 1 } },
      { n: Infinity, b: 1, nested: [[1], [2, [3]]], same: 'shared' },
    ];
    const decoded = roundTrip(items) as typeof items;
    expectExact(decoded, items);
    expect(Object.is(decoded[0]!.n, -0)).toBe(true);
    expect(Object.is(decoded[1]!.n, 0)).toBe(true);
    // Equal nested values stay two values; the same one stays one (as structured clone keeps it).
    expect(decoded[0]!.nested).not.toBe(decoded[1]!.nested);
    expect(decoded[0]!.same).toBe(decoded[1]!.same);
  });

  it('is not fooled by strings that look like its own marks', () => {
    const items = [
      { format: COLUMNS_FORMAT, keys: 'keys', columns: '0', strings: 'indexes', shapes: '' },
      { format: COLUMNS_FORMAT, keys: 'keys', columns: '1', strings: 'indexes', shapes: '' },
      { format: 'other', length: 2, __shape: '0,1' },
    ];
    expectExact(roundTrip(items), items);
    // A list is an array, so a list stored before columns is never taken for columns.
    expect(isColumns(items)).toBe(false);
    expect(isColumns(items[0])).toBe(true);
  });

  it('leaves alone what it cannot rebuild exactly: an empty list, values that are not plain objects', () => {
    const empty: unknown[] = [];
    expect(encodeList(empty)).toBe(empty);
    const lists: unknown[][] = [
      ['a', 'b', 'a'],
      [{ id: 'a' }, null],
      [{ id: 'a' }, ['b']],
      [{ id: 'a' }, new Date(0)],
      [{ id: 'a' }, Object.create(null) as object],
      [{ id: 'a' }, JSON.parse('{"__proto__": {"polluted": true}}') as object],
      // A hole: [{ id: 'a' }, <empty>].
      Object.assign(new Array<unknown>(2), { 0: { id: 'a' } }),
    ];
    for (const list of lists) expect(encodeList(list)).toBe(list);
  });

  it('keeps a dictionary only where strings repeat, and the smallest index array that fits', () => {
    const many = Array.from({ length: 600 }, (_, i) => ({ id: `i${i}`, kind: `k${i % 260}`, tag: 'x' }));
    const [id, kind, tag] = columns(many).columns;
    expect(id).toMatchObject({ text: expect.stringMatching(/^i0i1i2/), ends: expect.any(Uint32Array) });
    expect(kind).toMatchObject({ indexes: expect.any(Uint16Array) });
    expect(tag).toEqual({ same: 'x', count: 600 });
    expectExact(roundTrip(many), many);
  });

  it('stores texts of one length without their ends, and figures with a decimal or two as small integers', () => {
    const items = [
      { id: 'aaaa', code: '', score: 0.1, count: 127, big: 2 ** 31, sum: 0.1 + 0.2 },
      { id: 'bbbb', code: '', score: 0.3, count: -128, big: 1, sum: 1.25 },
      { id: 'cccc', code: '', score: -1.5, count: 5, big: 2, sum: 3 },
    ];
    const [id, code, score, count, big, sum] = columns(items).columns;
    expect(id).toEqual({ text: 'aaaabbbbcccc', width: 4, count: 3 });
    expect(code).toEqual({ same: '', count: 3 });
    expect(score).toEqual({ scaled: new Int8Array([1, 3, -15]), scale: 10 });
    expect(count).toEqual({ scaled: new Int8Array([127, -128, 5]), scale: 1 });
    // Past 32 bits, or not exactly an integer over 1, 10 or 100 (0.1 + 0.2 is not 0.3): doubles.
    expect(big).toEqual({ numbers: new Float64Array([2 ** 31, 1, 2]) });
    expect(sum).toEqual({ numbers: new Float64Array([0.1 + 0.2, 1.25, 3]) });
    expectExact(roundTrip(items), items);
    const wide = [{ n: 300.5 }, { n: -0.25 }, { n: 21474836.47 }];
    expect(columns(wide).columns[0]).toEqual({
      scaled: new Int32Array([30050, -25, 2147483647]),
      scale: 100,
    });
    expectExact(roundTrip(wide), wide);
    const tenths = [{ n: 3276.7 }, { n: -3276.8 }];
    expect(columns(tenths).columns[0]).toEqual({ scaled: new Int16Array([32767, -32768]), scale: 10 });
    expectExact(roundTrip(tenths), tenths);
  });

  it('measures only columns it could have written, told apart as they are read', () => {
    const sound: unknown[] = [
      { same: 'x', count: 0 },
      { text: 'abcd', width: 2, count: 2 },
      { text: '', width: 0, count: 5 },
      { scaled: new Int16Array(3), scale: 100 },
    ];
    expect(sound.map(columnSize)).toEqual([0, 2, 5, 3]);
    const broken: unknown[] = [
      { same: 'x', count: -1 },
      { same: 7, count: 1 },
      { same: 'x', count: 1.5 },
      { text: 'abc', width: 2, count: 2 },
      { text: 'abcd', width: '2', count: 2 },
      { scaled: new Int16Array(3), scale: 3 },
      { scaled: [1, 2], scale: 1 },
      { scaled: new Uint8Array(2), scale: 1 },
      // Read as numbers first, whatever else the column says.
      { numbers: [1], same: 'x', count: 1 },
    ];
    for (const column of broken) expect(columnSize(column), JSON.stringify(column)).toBeUndefined();
  });

  it('cuts texts that do not repeat back exactly: empty ones, emoji, lone surrogates, NUL', () => {
    const texts = ['', 'a', '', '🙂x', '\ud800', '\udc00', 'b\u0000c', 'ñandú', ''];
    const items = texts.map((text, i) => ({ text, n: i }));
    const [text] = columns(items).columns;
    expect(text).toMatchObject({ text: texts.join('') });
    expectExact(roundTrip(items), items);
  });

  it('keeps every number a double keeps, and a column that mixes numbers with anything else as it is', () => {
    const numbers = [-0, 0, NaN, Infinity, -Infinity, 2 ** 53 + 2, Number.MIN_VALUE, -1.5];
    const items = numbers.map((value) => ({ value }));
    expect(columns(items).columns[0]).toEqual({ numbers: Float64Array.from(numbers) });
    expectExact(roundTrip(items), items);
    const mixed = [{ value: 1 }, { value: '1' }, { value: 2n ** 70n }];
    expect(columns(mixed).columns[0]).toEqual([1, '1', 2n ** 70n]);
    expectExact(roundTrip(mixed), mixed);
  });

  it('reads the columns of the second format, with text ends and doubles only, as it did', () => {
    const stored = {
      format: 'trayecto/columns@2',
      length: 2,
      keys: ['id', 'kind', 'value'],
      columns: [
        { text: 'ab', ends: new Uint32Array([1, 2]) },
        { strings: ['x'], indexes: new Uint8Array([0, 0]) },
        { numbers: new Float64Array([1.5, 2]) },
      ],
      shapes: [[0, 1, 2]],
      shapeOf: new Uint8Array([0, 0]),
    };
    expect(isColumns(stored)).toBe(true);
    expectExact(decodeList(stored), [
      { id: 'a', kind: 'x', value: 1.5 },
      { id: 'b', kind: 'x', value: 2 },
    ]);
  });

  it('reads the columns of the first format, which had no text or number columns, as it did', () => {
    const stored = {
      format: 'trayecto/columns@1',
      length: 2,
      keys: ['id', 'kind', 'value'],
      columns: [['a', 'b'], { strings: ['x'], indexes: new Uint8Array([0, 0]) }, [1.5, -0]],
      shapes: [[0, 1, 2]],
      shapeOf: new Uint8Array([0, 0]),
    };
    expect(isColumns(stored)).toBe(true);
    expectExact(decodeList(stored), [
      { id: 'a', kind: 'x', value: 1.5 },
      { id: 'b', kind: 'x', value: -0 },
    ]);
  });

  it('round-trips thousands of generated lists exactly', () => {
    const random = prng(17);
    const pick = <T>(options: readonly T[]) => options[Math.floor(random() * options.length)]!;
    const keys = ['id', 'metricId', 'period', 'value', 'note', '0', '__shape', 'format', 'nested', 'é'];
    const leaf = (): unknown =>
      pick([
        () => pick(['', 'a', 'b', 'Q1', COLUMNS_FORMAT, 'ñandú', '🙂', '0']),
        () => `s${Math.floor(random() * 5)}`,
        () => Math.round(random() * 100) / 10 - 5,
        () => pick([-0, 0, NaN, Infinity, -Infinity, 2 ** 40, -1]),
        () => random() < 0.5,
        () => pick([null, undefined]),
      ])();
    const value = (depth: number): unknown =>
      depth > 1 || random() < 0.7
        ? leaf()
        : random() < 0.5
          ? Array.from({ length: Math.floor(random() * 3) }, () => value(depth + 1))
          : Object.fromEntries(
              Array.from({ length: Math.floor(random() * 3) }, () => [pick(keys), value(depth + 1)]),
            );
    // Most items of a list share one key order; some swap two keys, and any key may be absent.
    const item = () => {
      const order = [...keys];
      if (random() < 0.2) {
        const [i, j] = [Math.floor(random() * order.length), Math.floor(random() * order.length)];
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      return Object.fromEntries(order.flatMap((key) => (random() < 0.75 ? [[key, value(0)]] : [])));
    };
    let encodedLists = 0;
    for (let run = 0; run < 2000; run++) {
      const items = Array.from({ length: Math.floor(random() * 40) }, item);
      if (isColumns(encodeList(items))) encodedLists++;
      expectExact(roundTrip(items), items);
    }
    // Every non-empty list of plain objects was encoded, so the round trips above went through columns.
    expect(encodedLists).toBeGreaterThan(1900);
  });
});

/**
 * A list of objects stored as columns: IndexedDB copies (structured-clones) a record on every read,
 * and 40,000 small objects of ~7 strings each cost far more to copy and to collect than one array per
 * key. A string key's column is a dictionary of its distinct values plus an index per item (or the one
 * value, if every item has the same), or, if they do not repeat, one text they are cut from; a number key's
 * column is one Float64Array, or small integers and a scale when every number is one exactly; any other value
 * is kept as it is, item by item. Decoding gives back objects equal to the input, keys in order.
 */

/** Marks a value as columns: a list as stored before (an array) is never mistaken for one. */
export const COLUMNS_FORMAT = 'trayecto/columns@3';
/**
 * Every format the app reads: @1 had no number or text columns and @2 no single-value, fixed-width or scaled
 * columns, so both read as @3 does. An app that knows only an earlier format takes a later one for a list that
 * is not one, and says the journey is invalid instead of misreading it.
 */
const FORMATS: ReadonlySet<unknown> = new Set(['trayecto/columns@1', 'trayecto/columns@2', COLUMNS_FORMAT]);

type Indexes = Uint8Array | Uint16Array | Uint32Array;
type Scaled = Int8Array | Int16Array | Int32Array;

/** What a scaled column's integers are multiplied by: whole numbers, tenths, hundredths. */
const SCALES: readonly number[] = [1, 10, 100];

/**
 * Every item's value for one key, in item order (items without the key skipped): strings that repeat as
 * a dictionary, or as the one value when all are the same; strings that do not as one text and where each
 * ends, or their width when all are as long (ids); numbers as doubles, or as integers `scale` times them when
 * that is exact (figures with a decimal or two); else as they are.
 */
export type Column =
  | { strings: string[]; indexes: Indexes }
  | { same: string; count: number }
  | { text: string; ends: Uint32Array }
  | { text: string; width: number; count: number }
  | { numbers: Float64Array }
  | { scaled: Scaled; scale: number }
  | unknown[];

export interface Columns {
  format: string;
  length: number;
  keys: string[];
  columns: Column[];
  /** Each distinct key order, as indexes into `keys`, and which one each item has. */
  shapes: number[][];
  shapeOf: Indexes;
}

type Item = Record<string, unknown>;

/** The smallest typed array that holds every index up to `max`. */
function indexArray(length: number, max: number): Indexes {
  if (max < 2 ** 8) return new Uint8Array(length);
  if (max < 2 ** 16) return new Uint16Array(length);
  return new Uint32Array(length);
}

/** Only plain objects whose keys survive a rebuild are encoded (a prototype or an own `__proto__` would not). */
const isPlainItem = (value: unknown): value is Item =>
  typeof value === 'object' &&
  value !== null &&
  Object.getPrototypeOf(value) === Object.prototype &&
  !Object.prototype.hasOwnProperty.call(value, '__proto__');

/** The column of `values`, one per item that has its key (see `Column`). */
function compactColumn(values: unknown[]): Column {
  if (values.every((value) => typeof value === 'number'))
    return scaled(values) ?? { numbers: Float64Array.from(values) };
  if (!values.every((value) => typeof value === 'string')) return values;
  return dictionary(values) ?? packed(values);
}

/**
 * Numbers that are each exactly an integer over one of `SCALES` (not -0), as those integers in the smallest
 * array that holds them: a measured map's figures mostly have a decimal at most. Else undefined.
 */
function scaled(values: number[]): Column | undefined {
  for (const scale of SCALES) {
    const integers = new Int32Array(values.length);
    let low = 0;
    let high = 0;
    let exact = true;
    for (let i = 0; i < values.length && exact; i++) {
      const value = values[i]!;
      const integer = Math.round(value * scale);
      exact = integer / scale === value && !Object.is(value, -0) && Math.abs(integer) < 2 ** 31;
      integers[i] = integer;
      low = Math.min(low, integer);
      high = Math.max(high, integer);
    }
    if (!exact) continue;
    const fits = (bits: number) => low >= -(2 ** (bits - 1)) && high < 2 ** (bits - 1);
    return {
      scaled: fits(8) ? Int8Array.from(integers) : fits(16) ? Int16Array.from(integers) : integers,
      scale,
    };
  }
  return undefined;
}

/** Strings that repeat (fewer distinct than half the values) as a dictionary, or the one value; else undefined. */
function dictionary(values: string[]): Column | undefined {
  const distinct = new Map<string, number>();
  const most = values.length / 2;
  const indexes = new Uint32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    let index = distinct.get(value);
    if (index === undefined) {
      index = distinct.size;
      if (distinct.set(value, index).size > most) return undefined;
    }
    indexes[i] = index;
  }
  if (distinct.size === 1) return { same: values[0]!, count: values.length };
  return { strings: [...distinct.keys()], indexes: narrowed(indexes, distinct.size - 1) };
}

/**
 * Strings as one text and the end of each in it, or their width when all are as long: one string to copy on a
 * read, not one per item.
 */
function packed(values: string[]): Column {
  const text = values.join('');
  const width = values[0]!.length;
  if (values.every((value) => value.length === width)) return { text, width, count: values.length };
  const ends = new Uint32Array(values.length);
  let end = 0;
  values.forEach((value, i) => (ends[i] = end += value.length));
  return { text, ends };
}

export const isIndexes = (value: unknown): value is Indexes =>
  value instanceof Uint8Array || value instanceof Uint16Array || value instanceof Uint32Array;
const isScaled = (value: unknown): value is Scaled =>
  value instanceof Int8Array || value instanceof Int16Array || value instanceof Int32Array;
const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/**
 * How many values `column` holds if it is one `encodeList` could have made (indexes in range, ends in order
 * within the text), or undefined. `decodeList` trusts its columns; this is for those who read them in place.
 */
export function columnSize(column: unknown): number | undefined {
  if (Array.isArray(column)) return column.length;
  if (!isRecord(column)) return undefined;
  // In the order `columnReader` tells them apart, so that a column is read as it was measured.
  const { numbers, scaled, scale, same, count, text, width, ends, strings, indexes } = column;
  if ('numbers' in column) return numbers instanceof Float64Array ? numbers.length : undefined;
  if ('scaled' in column)
    return isScaled(scaled) && SCALES.includes(scale as number) ? scaled.length : undefined;
  if ('same' in column) return typeof same === 'string' && isCount(count) ? count : undefined;
  if ('width' in column)
    return typeof text === 'string' && isCount(width) && isCount(count) && text.length === width * count
      ? count
      : undefined;
  if ('text' in column) {
    if (typeof text !== 'string' || !(ends instanceof Uint32Array)) return undefined;
    // Bounds read once: a measured map's columns are checked as it opens, in code not optimised yet.
    const size = ends.length;
    const length = text.length;
    for (let j = 0, start = 0; j < size; j++) {
      const end = ends[j]!;
      if (end < start || end > length) return undefined;
      start = end;
    }
    return size;
  }
  if (!Array.isArray(strings) || !isIndexes(indexes)) return undefined;
  // Distinct, as `dictionary` makes them: readers may group values by index.
  if (!strings.every((value) => typeof value === 'string') || new Set(strings).size !== strings.length)
    return undefined;
  const size = indexes.length;
  const names = strings.length;
  for (let j = 0; j < size; j++) if (indexes[j]! >= names) return undefined;
  return size;
}

/** Reads the `j`th value of `column`, where it is stored. */
export function columnReader(column: Column): (j: number) => unknown {
  if (Array.isArray(column)) return (j) => column[j];
  if ('numbers' in column) {
    const { numbers } = column;
    return (j) => numbers[j];
  }
  if ('scaled' in column) {
    const { scaled, scale } = column;
    return (j) => scaled[j]! / scale;
  }
  if ('same' in column) {
    const { same } = column;
    return () => same;
  }
  if ('width' in column) {
    const { text, width } = column;
    return (j) => text.slice(j * width, (j + 1) * width);
  }
  if ('text' in column) {
    const { text, ends } = column;
    return (j) => text.slice(j === 0 ? 0 : ends[j - 1], ends[j]);
  }
  const { strings, indexes } = column;
  return (j) => strings[indexes[j]!];
}

/**
 * A dictionary column's texts and each value's index into them (one text and zeros for a column of one value),
 * or undefined for any other column: told apart as `columnReader` does.
 */
export function dictionaryCodes(
  column: Column,
  length: number,
): { names: readonly string[]; of: ArrayLike<number> } | undefined {
  if (Array.isArray(column) || 'numbers' in column || 'scaled' in column) return undefined;
  if ('same' in column) return { names: [column.same], of: new Uint8Array(length) };
  return 'text' in column ? undefined : { names: column.strings, of: column.indexes };
}

/** A number column's values as doubles: the stored array itself, or one made of scaled integers; else undefined. */
export function numberColumn(column: Column): Float64Array | undefined {
  if (Array.isArray(column)) return undefined;
  if ('numbers' in column) return column.numbers;
  if (!('scaled' in column)) return undefined;
  const { scaled, scale } = column;
  const numbers = new Float64Array(scaled);
  const size = numbers.length;
  if (scale !== 1) for (let j = 0; j < size; j++) numbers[j] = scaled[j]! / scale;
  return numbers;
}

/** The smallest typed array that holds `indexes`, all of them at most `max`. */
function narrowed(indexes: Uint32Array, max: number): Indexes {
  if (max >= 2 ** 16) return indexes;
  const copy = indexArray(indexes.length, max);
  copy.set(indexes);
  return copy;
}

/** The list as columns; a list that is empty or holds anything but plain objects is returned as it is. */
export function encodeList(items: readonly unknown[]): Columns | readonly unknown[] {
  if (items.length === 0) return items;
  // A loop, not `every`: a hole must count as an item that is not a plain object.
  for (let i = 0; i < items.length; i++) if (!isPlainItem(items[i])) return items;
  const keyIndex = new Map<string, number>();
  const values: unknown[][] = [];
  const shapeIndex = new Map<string, number>();
  const shapes: number[][] = [];
  const shapeOf = new Uint32Array(items.length);
  let lastNames: string[] = [];
  let last = -1;
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as Item;
    const names = Object.keys(item);
    // Items of a list mostly share their keys: compare with the previous item's before looking the shape up.
    if (!sameNames(names, lastNames)) {
      const name = JSON.stringify(names);
      let s = shapeIndex.get(name);
      if (s === undefined) {
        s = shapes.length;
        shapeIndex.set(name, s);
        shapes.push(
          names.map((key) => {
            let k = keyIndex.get(key);
            if (k === undefined) {
              k = keyIndex.size;
              keyIndex.set(key, k);
              values.push([]);
            }
            return k;
          }),
        );
      }
      last = s;
      lastNames = names;
    }
    shapeOf[i] = last;
    const shape = shapes[last]!;
    for (let j = 0; j < names.length; j++) values[shape[j]!]!.push(item[names[j]!]);
  }
  return {
    format: COLUMNS_FORMAT,
    length: items.length,
    keys: [...keyIndex.keys()],
    columns: values.map(compactColumn),
    shapes,
    shapeOf: narrowed(shapeOf, shapes.length - 1),
  };
}

function sameNames(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export const isColumns = (value: unknown): value is Columns =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  FORMATS.has((value as { format?: unknown }).format);

/** The items `encodeList` was given. */
export function decodeList(encoded: Columns): Item[] {
  const { keys, columns, shapes, shapeOf, length } = encoded;
  const readers = columns.map(columnReader);
  const plans = shapes.map((shape) => ({
    shape,
    names: shape.map((k) => keys[k]!),
    values: shape.map((k) => readers[k]!),
  }));
  const next = new Uint32Array(keys.length);
  // Filled by push, so the list is a packed array as structured clone would give it.
  const items: Item[] = [];
  for (let i = 0; i < length; i++) {
    const { shape, names, values } = plans[shapeOf[i]!]!;
    // Keys added in the item's own order: items of one shape share one hidden class.
    const item: Item = {};
    for (let j = 0; j < names.length; j++) item[names[j]!] = values[j]!(next[shape[j]!]!++);
    items.push(item);
  }
  return items;
}

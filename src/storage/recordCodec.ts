/**
 * A list of objects stored as columns: IndexedDB copies (structured-clones) a record on every read,
 * and 40,000 small objects of ~7 strings each cost far more to copy and to collect than one array per
 * key. A string key's column is a dictionary of its distinct values plus an index per item; any other
 * value is kept as it is, item by item. Decoding gives back objects equal to the input, keys in order.
 */

/** Marks a value as columns: a list as stored before (an array) is never mistaken for one. */
export const COLUMNS_FORMAT = 'trayecto/columns@1';

type Indexes = Uint8Array | Uint16Array | Uint32Array;

/** Every item's value for one key, in item order (items without the key skipped). */
type Column = { strings: string[]; indexes: Indexes } | unknown[];

export interface Columns {
  format: typeof COLUMNS_FORMAT;
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

/** A column of strings that repeat (fewer distinct than half the values) becomes a dictionary; any other stays a plain array. */
function compactColumn(values: unknown[]): Column {
  const distinct = new Map<string, number>();
  const most = values.length / 2;
  const indexes = new Uint32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (typeof value !== 'string') return values;
    let index = distinct.get(value);
    if (index === undefined) {
      index = distinct.size;
      if (distinct.set(value, index).size > most) return values;
    }
    indexes[i] = index;
  }
  return { strings: [...distinct.keys()], indexes: narrowed(indexes, distinct.size - 1) };
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
  (value as { format?: unknown }).format === COLUMNS_FORMAT;

/** The items `encodeList` was given. */
export function decodeList(encoded: Columns): Item[] {
  const { keys, columns, shapes, shapeOf, length } = encoded;
  const plans = shapes.map((shape) => ({
    shape,
    names: shape.map((k) => keys[k]!),
    values: shape.map((k) => columns[k]!),
  }));
  const next = new Uint32Array(keys.length);
  // Filled by push, so the list is a packed array as structured clone would give it.
  const items: Item[] = [];
  for (let i = 0; i < length; i++) {
    const { shape, names, values } = plans[shapeOf[i]!]!;
    // Keys added in the item's own order: items of one shape share one hidden class.
    const item: Item = {};
    for (let j = 0; j < names.length; j++) {
      // A dictionary column read where it is: no list of every value is made.
      const column = values[j]!;
      const at = next[shape[j]!]!++;
      item[names[j]!] = Array.isArray(column) ? column[at] : column.strings[column.indexes[at]!];
    }
    items.push(item);
  }
  return items;
}

import { columnReader, columnSize, decodeList, isIndexes, type Columns } from '../storage/recordCodec';

/*
 * A measured map has tens of thousands of metric values and thousands of research notes. Read from the library,
 * such a list arrives as columns (see recordCodec); making an object of each item before the map is drawn was most
 * of what a measured map took longer to open than the same map without measures. So a journey read from the
 * library keeps these lists as columns until something reads the list itself: it is then made once, and kept.
 * What the map draws as it opens and the checks of opening read them through a table instead (see valueTable and
 * noteTable), from the columns, or from the objects for a journey that has them.
 */

/** What a check of texts holds them to: no NUL, and `min` to `max` characters. */
export interface TextRule {
  readonly min: number;
  readonly max: number;
}

/** What a check of numbers holds them to: finite, and at least `least`. */
export interface NumberRule {
  readonly least: number;
}

/**
 * Whether `columns` are what `encodeList` makes, so that `decodeList` gives one plain object per item with
 * exactly its shape's keys: distinct keys, shapes of distinct known keys, every index in range, and every
 * column as long as the items that have its key. Anything else is decoded as before, and its checks say why.
 */
export function soundColumns(columns: Columns, known: ReadonlySet<string>): boolean {
  const { keys, columns: list, shapes, shapeOf, length } = columns;
  if (!Array.isArray(keys) || !Array.isArray(list) || !Array.isArray(shapes) || !isIndexes(shapeOf))
    return false;
  if (!Number.isSafeInteger(length) || shapeOf.length !== length || list.length !== keys.length) return false;
  if (new Set(keys).size !== keys.length || !keys.every((key) => known.has(key))) return false;
  for (const shape of shapes)
    if (
      !Array.isArray(shape) ||
      new Set(shape).size !== shape.length ||
      !shape.every((k) => Number.isInteger(k) && k >= 0 && k < keys.length)
    )
      return false;
  const count = new Array<number>(keys.length).fill(0);
  const used = new Uint32Array(shapes.length);
  // Bounds read once, in this loop and the others over every item: a measured map's lists are read as it
  // opens, in code not optimised yet, where each read of a property in the loop costs as much as the rest.
  const kinds = shapes.length;
  for (let i = 0; i < length; i++) {
    const s = shapeOf[i]!;
    if (s >= kinds) return false;
    used[s]!++;
  }
  shapes.forEach((shape, s) => shape.forEach((k) => (count[k]! += used[s]!)));
  return list.every((column: unknown, k) => columnSize(column) === count[k]);
}

/** A list as its columns hold it, each field read where it is stored: no object per item until `objects`. */
export class StoredList<T extends object> {
  readonly length: number;
  private decoded: T[] | undefined;

  protected constructor(protected readonly columns: Columns) {
    this.length = columns.length;
  }

  /** Each shape's keys: the fields each item has. */
  shapeKeys(): string[][] {
    return this.columns.shapes.map((shape) => shape.map((k) => this.columns.keys[k]!));
  }

  /**
   * Whether every item's `key` passes `check`, each distinct text once (items without the key: none are
   * checked). Texts that do not repeat are stored as one: if `rule` says what `check` holds them to (no NUL,
   * `min` to `max` characters), they are checked in it, without cutting a string for each (all at once when they
   * are all as long). Numbers are stored as doubles or scaled integers: if `rule` says what `check` holds them to,
   * they are checked in place, without boxing each for `check`.
   */
  everyStored(key: string, check: (raw: unknown) => boolean, rule?: TextRule | NumberRule): boolean {
    const k = this.columns.keys.indexOf(key);
    if (k < 0) return true;
    const column = this.columns.columns[k]!;
    const number = rule && 'least' in rule ? rule : undefined;
    const text = rule && 'max' in rule ? rule : undefined;
    const eachRead = () => {
      const read = columnReader(column);
      const size = columnSize(column) ?? 0;
      for (let j = 0; j < size; j++) if (!check(read(j))) return false;
      return true;
    };
    // Told apart as `columnReader` does.
    if (Array.isArray(column)) return column.every(check);
    if ('numbers' in column) {
      if (!number) return column.numbers.every(check);
      const { numbers } = column;
      const { least } = number;
      const size = numbers.length;
      // Indexed, not `for…of`: a typed array's iterator hands out each double boxed.
      for (let j = 0; j < size; j++) {
        const x = numbers[j]!;
        if (!(Number.isFinite(x) && x >= least)) return false;
      }
      return true;
    }
    if ('scaled' in column) {
      if (!number) return eachRead();
      // Integers over a scale are finite: only the least is checked, if there is one.
      const { scaled, scale } = column;
      const { least } = number;
      if (least === -Infinity) return true;
      const size = scaled.length;
      for (let j = 0; j < size; j++) if (!(scaled[j]! / scale >= least)) return false;
      return true;
    }
    if ('same' in column) return check(column.same);
    if ('width' in column)
      return text
        ? !column.text.includes('\0') && column.width >= text.min && column.width <= text.max
        : eachRead();
    if (!('text' in column)) return column.strings.every(check);
    if (!text) return eachRead();
    if (column.text.includes('\0')) return false;
    const { ends } = column;
    const size = ends.length;
    const { min, max } = text;
    for (let j = 0, start = 0; j < size; j++) {
      const end = ends[j]!;
      if (end - start < min || end - start > max) return false;
      start = end;
    }
    return true;
  }

  /**
   * The items as objects: made at the first call, then the same list, handed to every reader, so frozen as the
   * app's state is (a map keeps such a list as columns until read: freezing it then is the whole cost).
   */
  objects(): T[] {
    return (this.decoded ??= frozenItems(decodeList(this.columns) as unknown as T[]));
  }

  /** How to read `key` of item i: at i when every item has the key, else at its place among those that do. */
  protected reader(key: string): (i: number) => unknown {
    const { keys, columns, shapes, shapeOf, length } = this.columns;
    const k = keys.indexOf(key);
    if (k < 0) return () => undefined;
    const at = columnReader(columns[k]!);
    const has = shapes.map((shape) => shape.includes(k));
    if (has.every(Boolean)) return at;
    const place = new Int32Array(length);
    let next = 0;
    for (let i = 0; i < length; i++) place[i] = has[shapeOf[i]!] ? next++ : -1;
    return (i) => (place[i]! < 0 ? undefined : at(place[i]!));
  }
}

/** `items` frozen, each of them and the objects it holds (the lists kept as columns nest no deeper). */
function frozenItems<T extends object>(items: T[]): T[] {
  for (const item of items) {
    for (const key in item) {
      const value: unknown = item[key];
      if (typeof value === 'object' && value !== null) Object.freeze(value);
    }
    Object.freeze(item);
  }
  return Object.freeze(items) as T[];
}

/** The lists a journey may keep as columns. */
export type StoredListKey = 'metricValues' | 'researchNotes';

/** The table behind each lazy list's getter, and the table each list made by such a getter was made from. */
const lazyTables = new WeakMap<object, StoredList<object>>();
const madeFrom = new WeakMap<readonly object[], StoredList<object>>();

/** The columns a journey's list is still kept as, if it is (reading them makes no objects). */
export function lazyList(journey: object, key: StoredListKey): StoredList<object> | undefined {
  const getter = Object.getOwnPropertyDescriptor(journey, key)?.get;
  return getter && lazyTables.get(getter);
}

/**
 * Give `journey` the items `table` holds as a `key` that makes their objects at its first read: an own enumerable
 * property as any other, so that spreading, cloning, freezing or saving the journey reads it.
 */
export function defineLazyList<T extends object>(
  journey: object,
  key: StoredListKey,
  table: StoredList<T>,
): void {
  const get = () => {
    const items = table.objects();
    madeFrom.set(items, table);
    return items;
  };
  lazyTables.set(get, table);
  Object.defineProperty(journey, key, { get, enumerable: true, configurable: true });
}

/**
 * A journey's list as a table: the columns it is still kept as, the columns its objects were made from, or else
 * the table `ofObjects` makes of its objects (once per list, kept in `byList`).
 */
export function listTable<L extends readonly object[], T>(
  journey: object,
  key: StoredListKey,
  byList: WeakMap<L, T>,
  ofObjects: (list: L) => T,
): T {
  const lazy = lazyList(journey, key);
  if (lazy) return lazy as T;
  const list = (journey as Record<StoredListKey, L>)[key];
  const made = madeFrom.get(list);
  if (made) return made as T;
  let table = byList.get(list);
  if (!table) byList.set(list, (table = ofObjects(list)));
  return table;
}

import { columnReader, columnSize, decodeList, isIndexes, type Columns } from '../storage/recordCodec';
import type { MetricValue, NpsCounts } from './metricsSchema';

/*
 * A measured map has tens of thousands of metric values. Read from the library, they arrive as columns (see
 * recordCodec); making an object of each before the map is drawn was most of what a measured map took longer
 * to open than the same map without measures. So a journey read from the library keeps its values as columns
 * until something reads `journey.metricValues`: the list is then made once, and kept. What the map draws as it
 * opens (badges, evidence, the metrics row) and the checks of opening read the values through a table instead,
 * from the columns, or from the objects for a journey that has them.
 */

/** A journey's metric values read field by field, value `i` of `length`. */
export interface MetricValueTable {
  readonly length: number;
  metricId(i: number): string;
  targetType(i: number): MetricValue['targetType'];
  targetId(i: number): string;
  period(i: number): string;
  value(i: number): number;
  scenarioId(i: number): string | undefined;
  target(i: number): number | undefined;
  sample(i: number): number | undefined;
  counts(i: number): NpsCounts | undefined;
  /** A text field of every value as small numbers: equal texts, equal codes (made once per table and field). */
  codes(key: CodedField): Codes;
}

/** The text fields every value has, which analytics group by. */
export type CodedField = 'metricId' | 'targetType' | 'targetId' | 'period';

/** Each value's text as `names[of[i]]`: the names distinct, so that grouping by code is grouping by text. */
export interface Codes {
  readonly names: readonly string[];
  readonly of: ArrayLike<number>;
}

/** Codes of `length` texts read by `read`, numbered in order of first appearance. */
function codesOf(length: number, read: (i: number) => string): Codes {
  const code = new Map<string, number>();
  const of = new Uint32Array(length);
  for (let i = 0; i < length; i++) {
    const text = read(i);
    let c = code.get(text);
    if (c === undefined) code.set(text, (c = code.size));
    of[i] = c;
  }
  return { names: [...code.keys()], of };
}

/** What a check of texts holds them to: no NUL, and `min` to `max` characters. */
export interface TextRule {
  readonly min: number;
  readonly max: number;
}

/** What a check of numbers holds them to: finite, and at least `least`. */
export interface NumberRule {
  readonly least: number;
}

/** The values' own objects, read as a table. */
class ObjectTable implements MetricValueTable {
  constructor(private readonly values: readonly MetricValue[]) {}
  get length() {
    return this.values.length;
  }
  metricId(i: number) {
    return this.values[i]!.metricId;
  }
  targetType(i: number) {
    return this.values[i]!.targetType;
  }
  targetId(i: number) {
    return this.values[i]!.targetId;
  }
  period(i: number) {
    return this.values[i]!.period;
  }
  value(i: number) {
    return this.values[i]!.value;
  }
  scenarioId(i: number) {
    return this.values[i]!.scenarioId;
  }
  target(i: number) {
    return this.values[i]!.target;
  }
  sample(i: number) {
    return this.values[i]!.sample;
  }
  counts(i: number) {
    return this.values[i]!.counts;
  }
  private readonly coded = new Map<CodedField, Codes>();
  codes(key: CodedField): Codes {
    let codes = this.coded.get(key);
    if (!codes) this.coded.set(key, (codes = codesOf(this.values.length, (i) => this.values[i]![key])));
    return codes;
  }
}

type Read = (i: number) => unknown;

/**
 * Whether `columns` are what `encodeList` makes, so that `decodeList` gives one plain object per item with
 * exactly its shape's keys: distinct keys, shapes of distinct known keys, every index in range, and every
 * column as long as the items that have its key. Anything else is decoded as before, and its checks say why.
 */
function sound(columns: Columns, known: ReadonlySet<string>): boolean {
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
  const used = new Array<number>(shapes.length).fill(0);
  for (let i = 0; i < length; i++) {
    const s = shapeOf[i]!;
    if (s >= shapes.length) return false;
    used[s]!++;
  }
  shapes.forEach((shape, s) => shape.forEach((k) => (count[k]! += used[s]!)));
  return list.every((column: unknown, k) => columnSize(column) === count[k]);
}

/** The values as their columns hold them, each field read where it is stored: no object per value. */
export class ColumnTable implements MetricValueTable {
  readonly length: number;
  readonly metricId: (i: number) => string;
  readonly targetType: (i: number) => MetricValue['targetType'];
  readonly targetId: (i: number) => string;
  readonly period: (i: number) => string;
  readonly value: (i: number) => number;
  readonly scenarioId: (i: number) => string | undefined;
  readonly target: (i: number) => number | undefined;
  readonly sample: (i: number) => number | undefined;
  readonly counts: (i: number) => NpsCounts | undefined;
  private decoded: MetricValue[] | undefined;

  private constructor(private readonly columns: Columns) {
    this.length = columns.length;
    this.metricId = this.reader('metricId') as (i: number) => string;
    this.targetType = this.reader('targetType') as (i: number) => MetricValue['targetType'];
    this.targetId = this.reader('targetId') as (i: number) => string;
    this.period = this.reader('period') as (i: number) => string;
    this.value = this.reader('value') as (i: number) => number;
    this.scenarioId = this.reader('scenarioId') as (i: number) => string | undefined;
    this.target = this.reader('target') as (i: number) => number | undefined;
    this.sample = this.reader('sample') as (i: number) => number | undefined;
    this.counts = this.reader('counts') as (i: number) => NpsCounts | undefined;
  }

  /** The table of `columns`, or undefined if they are not as `encodeList` makes them of metric values. */
  static of(columns: Columns, known: ReadonlySet<string>): ColumnTable | undefined {
    return sound(columns, known) ? new ColumnTable(columns) : undefined;
  }

  /**
   * A dictionary column is its own codes (its texts are distinct: see `columnSize`), when every value has the
   * key; any other column is numbered once.
   */
  codes(key: CodedField): Codes {
    let codes = this.coded.get(key);
    if (!codes) {
      const { keys, columns, shapes } = this.columns;
      const k = keys.indexOf(key);
      const column = columns[k];
      codes =
        column && !Array.isArray(column) && 'strings' in column && shapes.every((shape) => shape.includes(k))
          ? { names: column.strings, of: column.indexes }
          : codesOf(this.length, this[key]);
      this.coded.set(key, codes);
    }
    return codes;
  }
  private readonly coded = new Map<CodedField, Codes>();

  /** Each shape's keys: the fields each value has. */
  shapeKeys(): string[][] {
    return this.columns.shapes.map((shape) => shape.map((k) => this.columns.keys[k]!));
  }

  /**
   * Whether every value of `key` passes `check`, each distinct text once (values without the key: none are
   * checked). Texts that do not repeat are stored as one: if `rule` says what `check` holds them to (no NUL,
   * `min` to `max` characters), they are checked in it, without cutting a string for each. Numbers are stored as
   * doubles: if `rule` says what `check` holds them to, they are checked in place, without boxing each for `check`.
   */
  everyStored(key: string, check: (raw: unknown) => boolean, rule?: TextRule | NumberRule): boolean {
    const k = this.columns.keys.indexOf(key);
    if (k < 0) return true;
    const column = this.columns.columns[k]!;
    if (Array.isArray(column)) return column.every(check);
    if ('strings' in column) return column.strings.every(check);
    if ('numbers' in column) {
      if (!rule || !('least' in rule)) return column.numbers.every(check);
      const { numbers } = column;
      const { least } = rule;
      // Indexed, not `for…of`: a typed array's iterator hands out each double boxed.
      for (let j = 0; j < numbers.length; j++) {
        const x = numbers[j]!;
        if (!(Number.isFinite(x) && x >= least)) return false;
      }
      return true;
    }
    const text = rule && 'max' in rule ? rule : undefined;
    if (!text) {
      const read = columnReader(column);
      for (let j = 0; j < column.ends.length; j++) if (!check(read(j))) return false;
      return true;
    }
    if (column.text.includes('\0')) return false;
    for (let j = 0, start = 0; j < column.ends.length; start = column.ends[j++]!) {
      const length = column.ends[j]! - start;
      if (length < text.min || length > text.max) return false;
    }
    return true;
  }

  /**
   * The values as objects: made at the first call, then the same list, handed to every reader, so frozen as
   * the app's state is (a map keeps its values as columns until read: freezing them then is the whole cost).
   */
  objects(): MetricValue[] {
    return (this.decoded ??= frozenList(decodeList(this.columns) as unknown as MetricValue[]));
  }

  /** How to read `key` of value i: at i when every value has the key, else at its place among those that do. */
  private reader(key: string): Read {
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

/** `values` frozen, each of them and its counts too. */
function frozenList(values: MetricValue[]): MetricValue[] {
  for (const value of values) {
    if (value.counts) Object.freeze(value.counts);
    Object.freeze(value);
  }
  return Object.freeze(values) as MetricValue[];
}

/** The table behind each lazy `metricValues` getter, and the table of each list of values already read. */
const lazyTables = new WeakMap<object, ColumnTable>();
const tables = new WeakMap<readonly MetricValue[], MetricValueTable>();

/** The columns a journey's values are still kept as, if they are (reading them makes no objects). */
export function lazyMetricValues(journey: object): ColumnTable | undefined {
  const getter = Object.getOwnPropertyDescriptor(journey, 'metricValues')?.get;
  return getter && lazyTables.get(getter);
}

/**
 * Give `journey` the values `table` holds as a `metricValues` that makes their objects at its first read: an
 * own enumerable property as any other, so that spreading, cloning, freezing or saving the journey reads it.
 */
export function defineLazyMetricValues(journey: object, table: ColumnTable): void {
  const get = () => {
    const values = table.objects();
    tables.set(values, table);
    return values;
  };
  lazyTables.set(get, table);
  Object.defineProperty(journey, 'metricValues', { get, enumerable: true, configurable: true });
}

/** A journey's values as a table, without making their objects if they are still columns. */
export function valueTable(journey: { readonly metricValues: readonly MetricValue[] }): MetricValueTable {
  const lazy = lazyMetricValues(journey);
  if (lazy) return lazy;
  const values = journey.metricValues;
  let table = tables.get(values);
  if (!table) tables.set(values, (table = new ObjectTable(values)));
  return table;
}

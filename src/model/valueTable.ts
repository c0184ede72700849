import { dictionaryCodes, numberColumn, type Columns } from '../storage/recordCodec';
import { defineLazyList, lazyList, listTable, soundColumns, StoredList } from './storedList';
import type { MetricValue, NpsCounts } from './metricsSchema';

/*
 * The metric values as the map's badges, evidence, metrics row and the checks of opening read them: from the
 * columns a journey read from the library keeps them as (see storedList), or from the objects of one that has them.
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
  /** Every value's `value`, in one array (made at most once per table). */
  valueColumn(): Float64Array;
  /** Whether any value has `key`: most maps give no sample, no NPS counts and no stage values of one scenario. */
  has(key: 'sample' | 'counts' | 'scenarioId'): boolean;
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
  private numbers: Float64Array | undefined;
  valueColumn(): Float64Array {
    return (this.numbers ??= Float64Array.from(this.values, (v) => v.value));
  }
  has(key: 'sample' | 'counts' | 'scenarioId'): boolean {
    return this.values.some((v) => v[key] !== undefined);
  }
}

/** The values as their columns hold them, each field read where it is stored: no object per value. */
export class ColumnTable extends StoredList<MetricValue> implements MetricValueTable {
  readonly metricId: (i: number) => string;
  readonly targetType: (i: number) => MetricValue['targetType'];
  readonly targetId: (i: number) => string;
  readonly period: (i: number) => string;
  readonly value: (i: number) => number;
  readonly scenarioId: (i: number) => string | undefined;
  readonly target: (i: number) => number | undefined;
  readonly sample: (i: number) => number | undefined;
  readonly counts: (i: number) => NpsCounts | undefined;
  private constructor(columns: Columns) {
    super(columns);
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
    return soundColumns(columns, known) ? new ColumnTable(columns) : undefined;
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
      const stored =
        column && shapes.every((shape) => shape.includes(k))
          ? dictionaryCodes(column, this.length)
          : undefined;
      codes = stored ?? codesOf(this.length, this[key]);
      this.coded.set(key, codes);
    }
    return codes;
  }
  private readonly coded = new Map<CodedField, Codes>();

  /**
   * The stored column itself, or made once of its scaled integers, when it holds every value's number (as
   * `encodeList` stores them).
   */
  valueColumn(): Float64Array {
    if (!this.numbers) {
      const column = this.columns.columns[this.columns.keys.indexOf('value')];
      const stored = column && numberColumn(column);
      this.numbers =
        stored?.length === this.length
          ? stored
          : Float64Array.from({ length: this.length }, (_, i) => this.value(i));
    }
    return this.numbers;
  }
  private numbers: Float64Array | undefined;

  has(key: 'sample' | 'counts' | 'scenarioId'): boolean {
    return this.columns.keys.includes(key);
  }
}

/** The columns a journey's values are still kept as, if they are (reading them makes no objects). */
export function lazyMetricValues(journey: object): ColumnTable | undefined {
  return lazyList(journey, 'metricValues') as ColumnTable | undefined;
}

/** Give `journey` the values `table` holds as a `metricValues` that makes their objects at its first read. */
export function defineLazyMetricValues(journey: object, table: ColumnTable): void {
  defineLazyList(journey, 'metricValues', table);
}

/** The table of each list of values read as objects. */
const tables = new WeakMap<readonly MetricValue[], MetricValueTable>();

/** A journey's values as a table, without making their objects if they are still columns. */
export function valueTable(journey: { readonly metricValues: readonly MetricValue[] }): MetricValueTable {
  return listTable(journey, 'metricValues', tables, (values) => new ObjectTable(values));
}

// The stored journey record in Node, alone: `node --expose-gc --import tsx tests/bench/storedRecord.ts [--sizes 2000] [--runs 15]`.
// What IndexedDB does with a record is a structured clone (v8.serialize on write, v8.deserialize on read);
// this times it for the record as the app holds it (lists of objects) and as stored (lists as columns,
// src/storage/journeyColumns.ts), plain and measured maps. Medians in ms; a Markdown table.
import { deserialize, serialize } from 'node:v8';
import { decodeRecord, encodeRecord } from '../../src/storage/journeyColumns';
import { generateJourney, withMeasures } from './generate';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const SIZES = arg('sizes', '2000').split(',').map(Number);
const RUNS = Number(arg('runs', '15'));

function median(work: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    // Each run starts from a collected heap, so none pays for the garbage of the one before.
    globalThis.gc?.();
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[RUNS >> 1]!;
}

const ms = (n: number) => n.toFixed(1);
console.log('| map | stored as | bytes | write: encode + serialize | read: deserialize | read: + decode |');
console.log('|---|---|---:|---:|---:|---:|');
for (const size of SIZES) {
  const plain = generateJourney(size);
  for (const [name, journey] of [
    [`${size} plain`, plain],
    [`${size} measured`, withMeasures(plain)],
  ] as const) {
    const record = {
      id: journey.id,
      journey,
      revision: 1,
      title: journey.title,
      updatedAt: journey.updatedAt,
    };
    const objects = serialize(record);
    const columns = serialize(encodeRecord(record));
    const write = (encode: boolean) => median(() => serialize(encode ? encodeRecord(record) : record));
    const read = (bytes: Buffer, decode: boolean) =>
      median(() => (decode ? decodeRecord(deserialize(bytes)) : deserialize(bytes)));
    const mb = (bytes: Buffer) => `${(bytes.length / 1e6).toFixed(2)} MB`;
    const row = (form: string, bytes: Buffer, encoded: boolean) =>
      `| ${name} | ${form} | ${mb(bytes)} | ${ms(write(encoded))} | ${ms(read(bytes, false))} | ${encoded ? ms(read(bytes, true)) : '–'} |`;
    console.log(row('objects', objects, false));
    console.log(row('columns', columns, true));
  }
}

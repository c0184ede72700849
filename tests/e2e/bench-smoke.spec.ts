import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';

interface Row {
  size: number;
  name: string;
  value: number;
  unit: string;
  outcome?: string;
  message?: string;
}

// Every measurement, in the order the harness reports them.
const MEASUREMENTS = [
  'import .trayecto (parse+validate+migrate)',
  'import CSV',
  'open (library → cards painted)',
  'open (library → first cards painted)',
  'cards drawn after open (those in view)',
  'pan/zoom frame, median',
  'pan/zoom frame, p95',
  'JS heap after open',
  'measured map: open (library → cards painted)',
  'measured map: pan/zoom frame, median',
  'measured map: drop → card painted in place',
  'measured map: undo → card painted back',
  'plain map: open, in turns with the measured one',
  'ratio measured/plain: open (in turns)',
  "ratio measured/plain: open, median of the pairs' ratios",
  'ratio measured/plain: frame',
  'blueprint map: open (library → cards painted)',
  'blueprint map: pan/zoom frame, median',
  'blueprint map: drop → card painted in place',
  'blueprint map: undo → card painted back',
  'plain map: open, in turns with the blueprint one',
  'ratio blueprint/plain: open (in turns)',
  "ratio blueprint/plain: open, median of the pairs' ratios",
  'ratio blueprint/plain: frame',
  'zoom in on a card to 100 % → painted in detail',
  // Once the plain map's drags are known.
  'ratio measured/plain: drop',
  'ratio blueprint/plain: drop',
  'drag: move → card painted, median',
  'drag: move → card painted, p95',
  'drag: drop → card painted in place',
  'drag: drop → committed in store',
  'drag: drop → autosaved',
  'undo: Ctrl+Z → card painted back',
  'edit: keystroke → title painted, median',
  'edit: keystroke → title painted, p95',
  'save: autosave write, main-thread time',
  'export PNG 2×: click → download',
  'export PNG 2×: outcome',
  'export PNG 2×: pixel ratio used',
  'export PNG 2×: image width',
  'export PNG 2×: image height',
  'export PNG 2×: file size',
  'export SVG: click → download',
  'export SVG: outcome',
  'export SVG: file size',
  'bare React Flow open (from navigation)',
  'map nodes (the bare page draws them all)',
  'curve segments (bare: one edge each)',
  'bare React Flow pan/zoom frame, median',
  'ratio app/bare: open',
  'ratio app/bare: frame',
  'longest task: open',
  'longest task: pan/zoom',
  'longest task: zoom in to 100 %',
  'longest task: drag, undo, type',
  'longest task: export PNG 2×',
  'longest task: export SVG',
];

// The benchmark harness, run small (one size, one run) so that it cannot rot. No timing is asserted.
test('the benchmark runs end to end and reports every measurement', async () => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(join(tmpdir(), 'trayecto-bench-smoke-'));
  const out = join(dir, 'results.jsonl');
  try {
    const { stdout } = await promisify(execFile)(
      'node',
      ['tests/bench/run.mjs', '--sizes', '100', '--runs', '1', '--pairs', '1', '--out', out],
      { timeout: 110_000 },
    );
    const rows = stdout
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Row);
    expect(rows.map((r) => r.name)).toEqual(MEASUREMENTS);
    for (const row of rows) {
      expect(row.size).toBe(100);
      expect(Number.isFinite(row.value) && row.value >= 0, `${row.name}: ${row.value}`).toBe(true);
    }
    // A 100-touchpoint map exports whole, at the pixel ratio asked.
    for (const name of ['export PNG 2×: outcome', 'export SVG: outcome'])
      expect(rows.find((r) => r.name === name)).toMatchObject({ value: 0, outcome: 'exported' });
    // The same lines go to --out, for diffing runs.
    const saved = readFileSync(out, 'utf8').trim().split('\n');
    expect(saved.map((line) => JSON.parse(line) as Row)).toEqual(rows);
    expect(stdout).toContain('Trayecto benchmark —');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';

// The benchmark harness, run small (one size, one run) so that it cannot rot. No timing is asserted.
test('the benchmark runs end to end and reports every measurement', async () => {
  test.setTimeout(120_000);
  const { stdout } = await promisify(execFile)(
    'node',
    ['tests/bench/run.mjs', '--sizes', '100', '--runs', '1'],
    {
      timeout: 110_000,
    },
  );
  const rows = stdout
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as { size: number; name: string; value: number; unit: string });
  expect(rows.map((r) => r.name)).toEqual([
    'import .trayecto (parse+validate+migrate)',
    'import CSV',
    'open (library → cards painted)',
    'pan/zoom frame, median',
    'pan/zoom frame, p95',
    'JS heap after open',
    'bare React Flow open (from navigation)',
    'canvas nodes (both pages)',
    'canvas edges (both pages)',
    'bare React Flow pan/zoom frame, median',
    'ratio app/bare: open',
    'ratio app/bare: frame',
  ]);
  for (const row of rows) {
    expect(row.size).toBe(100);
    expect(Number.isFinite(row.value) && row.value >= 0).toBe(true);
  }
  expect(stdout).toContain('Trayecto benchmark —');
});

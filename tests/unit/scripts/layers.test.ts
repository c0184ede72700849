import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The check `npm run lint` runs (its config, its command), on a small tree built to break it and on ours.
// A cruise of the whole app takes seconds on a busy machine: a limit, not a measure.
const CRUISE_LIMIT_MS = 60_000;
const DEPCRUISE = resolve('node_modules/.bin/depcruise');
const CONFIG = resolve('.dependency-cruiser.mjs');
const FIXTURE = resolve('tests/fixtures/layers');

function cruise(cwd: string, ...args: string[]) {
  const run = spawnSync(DEPCRUISE, ['--config', CONFIG, 'src', 'renderer', 'electron', ...args], {
    cwd,
    encoding: 'utf8',
  });
  return { status: run.status, output: run.stdout + run.stderr };
}

/** "rule: from → to" for each error the lint prints (a circle as its first step). */
const errorsIn = (output: string) =>
  [...output.matchAll(/error ([\w-]+): (\S+) →\s*(\S+)/g)].map(
    ([, rule, from, to]) => `${rule}: ${from} → ${to}`,
  );

describe('the layer and cycle check', () => {
  it(
    'fails on a circle, on every upward import and on the core importing the app, and on nothing else',
    () => {
      const { status, output } = cruise(FIXTURE);
      expect(errorsIn(output).sort()).toEqual([
        'core-is-framework-free: src/model.ts → renderer/ui/words.ts',
        'desktop-not-renderer: electron/menu.ts → renderer/ui/words.ts',
        'features-below-shell: renderer/notes/panel.ts → renderer/editor/screen.ts',
        'no-circular: renderer/ui/lane.ts → renderer/ui/lanes.ts',
        'state-below-features: renderer/state/dialogs.ts → renderer/export/format.ts',
        'state-below-features: renderer/state/store.ts → renderer/editor/screen.ts',
      ]);
      expect(output).toMatch(/renderer\/ui\/lane\.ts →\s+renderer\/ui\/lanes\.ts →\s+renderer\/ui\/lane\.ts/);
      expect(status).toBe(6); // one per error: `npm run lint` stops here
    },
    CRUISE_LIMIT_MS,
  );

  it(
    'passes on the app as `npm run lint` runs it',
    () => {
      const { status, output } = cruise(process.cwd());
      expect(output).toContain('no dependency violations found');
      expect(status).toBe(0);
    },
    CRUISE_LIMIT_MS,
  );
});

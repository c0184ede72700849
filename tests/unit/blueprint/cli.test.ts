import { describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/main';
import { readTrayecto, writeTrayecto } from '../../../src/formats';
import { blueprintJourney } from '../helpers/blueprintJourney';

function memoryIo(files: Record<string, string>) {
  const io = {
    out: '',
    err: '',
    stdout: (t: string) => void (io.out += t),
    stderr: (t: string) => void (io.err += t),
    readFile: async (p: string) => new TextEncoder().encode(files[p]),
    writeFile: async (p: string, t: string | Uint8Array) => void (files[p] = String(t)),
  };
  return io;
}

describe('trayecto stats and convert with a blueprint', () => {
  it('lists owners per stage, touchpoints with no owner and the top opportunities', async () => {
    const io = memoryIo({ 'b.trayecto': writeTrayecto(blueprintJourney()) });
    expect(await run(['stats', 'b.trayecto'], io)).toBe(0);
    expect(io.out).toContain(
      'Owners per stage (blueprint items)\n  Awareness: Sales 1\n  Purchase: Operations 2, Sales 1\n  Loyalty: none\n',
    );
    expect(io.out).toContain(
      'Touchpoints with no owner behind them\n  T4 (Carlos, Purchase)\n  T5 (Carlos, Loyalty)\n',
    );
    expect(io.out).toContain(
      'Top opportunities (impact ÷ effort, then pain relieved)\n  1. o-ratio5 — impact 5, effort 1\n  2. o-ratio2b — impact 2, effort 1 · Operations\n',
    );
  });

  it('gives owners per stage and unowned touchpoints in --json', async () => {
    const io = memoryIo({ 'b.trayecto': writeTrayecto(blueprintJourney()) });
    expect(await run(['stats', 'b.trayecto', '--json'], io)).toBe(0);
    const stats = JSON.parse(io.out);
    expect(stats.ownersPerStage[1].owners).toEqual([
      { ownerId: 'ops', owner: 'Operations', items: 2 },
      { ownerId: 'sales', owner: 'Sales', items: 1 },
    ]);
    expect(stats.touchpointsWithoutOwner.map((t: { touchpointId: string }) => t.touchpointId)).toEqual([
      't4',
      't5',
    ]);
    expect(stats.topOpportunities[0]).toMatchObject({
      opportunityId: 'o-ratio5',
      quadrant: 'quick-win',
      ratio: 5,
    });
  });

  it('keeps the whole blueprint through convert to .json', async () => {
    const files = { 'b.trayecto': writeTrayecto(blueprintJourney()) } as Record<string, string>;
    expect(await run(['convert', 'b.trayecto', 'b.json'], memoryIo(files))).toBe(0);
    const back = readTrayecto(files['b.json']!);
    expect(back.ok && back.value).toEqual(blueprintJourney());
  });
});

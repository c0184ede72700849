// `npm run bench`: measures Trayecto's production web build in headless Chromium on generated maps
// and prints one JSON line per measurement, then a table. Usage: node tests/bench/run.mjs [--sizes 100,500] [--runs 3]
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from '@playwright/test';
import { register } from 'tsx/esm/api';

register();
const { benchmarkFiles, canvasSize } = await import('./maps.ts');
const { readTrayecto, csvToJourney } = await import('../../src/formats/index.ts');

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const SIZES = arg('sizes', '100,500,2000,5000').split(',').map(Number);
const RUNS = Number(arg('runs', '3'));
// BENCH_PORT (and the next port, for the bare page) lets two checkouts run side by side.
const PORT = Number(process.env.BENCH_PORT ?? 4179);
const BARE_PORT = PORT + 1;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];
const results = [];
function report(size, name, value, unit) {
  const row = { size, name, value: Math.round(value * 10) / 10, unit };
  results.push(row);
  console.log(JSON.stringify(row));
}

const dir = mkdtempSync(join(tmpdir(), 'trayecto-bench-'));
const vite = (...args) =>
  spawn(process.execPath, ['node_modules/vite/bin/vite.js', ...args], { stdio: 'ignore' });
await new Promise((resolve, reject) =>
  vite('build', '--config', 'tests/bench/vite.bare.config.ts').on('exit', (code) =>
    code === 0 ? resolve() : reject(new Error('the bare React Flow page did not build')),
  ),
);
// Vite itself, not through npx, so that killing it at the end really stops the servers.
const preview = (config, port) =>
  vite('preview', '--config', config, '--host', '127.0.0.1', '--port', String(port), '--strictPort');
const servers = [preview('vite.config.ts', PORT), preview('tests/bench/vite.bare.config.ts', BARE_PORT)];
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--no-first-run',
    '--enable-precise-memory-info',
  ],
});

async function waitForServer(port) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the preview server did not start');
}

/** Frame times (ms) while the page pans and zooms for `ms` milliseconds. */
async function frameTimes(page, ms) {
  await page.evaluate((duration) => {
    window.__frames = [];
    const start = performance.now();
    const tick = (t) => {
      window.__frames.push(t);
      if (t - start < duration) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }, ms);
  const box = await page.getByRole('main').boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const end = Date.now() + ms;
  let step = 0;
  while (Date.now() < end) {
    step++;
    if (step % 20 < 10) await page.mouse.wheel(40, 25);
    else await page.mouse.wheel(-40, -25);
    if (step % 50 === 0) await page.keyboard.press('Control+=');
    if (step % 50 === 25) await page.keyboard.press('Control+-');
  }
  await page.waitForTimeout(100);
  const stamps = await page.evaluate(() => window.__frames);
  return stamps.slice(1).map((t, i) => t - stamps[i]);
}

try {
  await waitForServer(PORT);
  await waitForServer(BARE_PORT);
  for (const size of SIZES) {
    const files = benchmarkFiles(size);
    const path = join(dir, `bench-${size}.trayecto`);
    writeFileSync(path, files.trayecto);

    const imports = [];
    const csvs = [];
    for (let r = 0; r < RUNS; r++) {
      let t = performance.now();
      readTrayecto(files.trayecto);
      imports.push(performance.now() - t);
      t = performance.now();
      csvToJourney(files.csv, { language: 'en', now: '2026-11-01T00:00:00.000Z', title: 'bench' });
      csvs.push(performance.now() - t);
    }
    report(size, 'import .trayecto (parse+validate+migrate)', median(imports), 'ms');
    report(size, 'import CSV', median(csvs), 'ms');

    const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
    await page.goto(`http://127.0.0.1:${PORT}/`);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open file…' }).click();
    await (await chooser).setFiles(path);
    await page.getByRole('heading', { level: 1, name: `Benchmark ${size}` }).waitFor();

    const opens = [];
    for (let r = 0; r < RUNS; r++) {
      await page.getByRole('button', { name: 'Library' }).click();
      const open = page.getByRole('button', { name: `Open Benchmark ${size}` });
      await open.waitFor();
      const start = await page.evaluate(() => performance.now());
      await open.click();
      const painted = await page.evaluate(
        () =>
          new Promise((resolve) => {
            const check = () => {
              if (document.querySelector('.react-flow__node-touchpoint')) {
                requestAnimationFrame(() => requestAnimationFrame((t) => resolve(t)));
              } else requestAnimationFrame(check);
            };
            check();
          }),
      );
      opens.push(painted - start);
    }
    report(size, 'open (library → cards painted)', median(opens), 'ms');
    const frames = await frameTimes(page, 3000);
    report(size, 'pan/zoom frame, median', median(frames), 'ms');
    report(size, 'pan/zoom frame, p95', p95(frames), 'ms');
    report(
      size,
      'JS heap after open',
      (await page.evaluate(() => performance.memory?.usedJSHeapSize ?? 0)) / 1024 / 1024,
      'MB',
    );
    await page.close();

    // The same number of nodes and edges in bare React Flow: what the library costs without the app.
    const { nodes, edges } = canvasSize(size);
    const bareOpens = [];
    let bareFrames = [];
    for (let r = 0; r < RUNS; r++) {
      const bare = await browser.newPage({ viewport: { width: 1600, height: 900 } });
      await bare.goto(`http://127.0.0.1:${BARE_PORT}/?nodes=${nodes}&edges=${edges}`);
      bareOpens.push(
        await bare.evaluate(
          () =>
            new Promise((resolve) => {
              const check = () => {
                if (document.querySelector('.react-flow__node')) {
                  requestAnimationFrame(() => requestAnimationFrame((t) => resolve(t)));
                } else requestAnimationFrame(check);
              };
              check();
            }),
        ),
      );
      if (r === 0) bareFrames = await frameTimes(bare, 3000);
      await bare.close();
    }
    report(size, 'bare React Flow open (from navigation)', median(bareOpens), 'ms');
    report(size, 'canvas nodes (both pages)', nodes, '');
    report(size, 'canvas edges (both pages)', edges, '');
    report(size, 'bare React Flow pan/zoom frame, median', median(bareFrames), 'ms');
    report(size, 'ratio app/bare: open', median(opens) / median(bareOpens), '×');
    report(size, 'ratio app/bare: frame', median(frames) / median(bareFrames), '×');
  }
} finally {
  await browser.close();
  servers.forEach((server) => server.kill());
  rmSync(dir, { recursive: true, force: true });
}

console.log(
  `\nTrayecto benchmark — ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, headless Chromium`,
);
const names = [...new Set(results.map((r) => r.name))];
console.log(['measurement'.padEnd(44), ...SIZES.map((s) => String(s).padStart(10))].join(''));
for (const name of names) {
  const cells = SIZES.map((s) => {
    const row = results.find((r) => r.size === s && r.name === name);
    return (row ? `${row.value} ${row.unit}` : '–').padStart(10);
  });
  console.log([name.padEnd(44), ...cells].join(''));
}

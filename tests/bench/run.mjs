// `npm run bench`: measures Trayecto's production web build in headless Chromium on generated maps
// and prints one JSON line per measurement, then a table. The JSON lines also go to --out, to diff runs.
// Usage: node tests/bench/run.mjs [--sizes 100,500] [--runs 3] [--export-timeout 60 (s)]
//                                 [--out tests/bench/results/latest.jsonl] [--case measures|blueprint]
// `--case measures` (or `blueprint`) measures only opening and panning each map, then the same map with
// metrics and research (or with a service blueprint), and nothing else.
import { execFileSync, spawn } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from '@playwright/test';
import { register } from 'tsx/esm/api';
import { installProbes, longestTask, pageNow, paintedWhen, settled } from './probes.mjs';

register();
const { benchmarkFiles, benchCard, canvasSize, measuredBenchmarkFile } = await import('./maps.ts');
const { readTrayecto, csvToJourney } = await import('../../src/formats/index.ts');
const { MOVES_PER_DRAG, OUTCOMES, dragDropUndo, exportImage, typeTitle, zoomInOnCard } =
  await import('./interactions.mjs');

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const SIZES = arg('sizes', '100,500,2000,5000').split(',').map(Number);
const RUNS = Number(arg('runs', '3'));
// The opens of a measured or blueprint map, in turns with the plain map's: their ratio is held to 10 or 15 %,
// and an open's paint falls on a frame (16.7 ms, a tenth of one), so three pairs' medians could not tell.
const PAIRS = Number(arg('pairs', '15'));
const CASE = arg('case', 'all');
const OUT = arg('out', 'tests/bench/results/latest.jsonl');
// Image exports freeze the page for seconds on large maps: from this size up each runs once, so that
// `npm run bench` stays well under 10 minutes on a 2-core machine (said in the table's footer). One with no
// download after --export-timeout seconds is recorded as timed out, so a slow export cannot stall the run.
const EXPORT_ONCE_FROM = 2000;
const EXPORT_TIMEOUT_MS = Number(arg('export-timeout', '60')) * 1000;
// BENCH_PORT (and the next port, for the bare page) lets two checkouts run side by side.
const PORT = Number(process.env.BENCH_PORT ?? 4179);
const BARE_PORT = PORT + 1;
const sorted = (xs) => [...xs].sort((a, b) => a - b);
const median = (xs) => (xs.length ? sorted(xs)[Math.floor(xs.length / 2)] : NaN);
const p95 = (xs) => (xs.length ? sorted(xs)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))] : NaN);

mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, '');
const results = [];
function report(size, name, value, unit, extra = {}) {
  // Ratios to two decimals: "within 10 %" cannot be read off 1.1 (1.05 and 1.14 both print so).
  const places = unit === '×' ? 100 : 10;
  const row = { size, name, value: Math.round(value * places) / places, unit, ...extra };
  results.push(row);
  const line = JSON.stringify(row);
  console.log(line);
  appendFileSync(OUT, `${line}\n`);
}

const began = performance.now();
let phase = { name: undefined, began };
/** Where the run is, on stderr (stdout keeps to JSON lines and the table): phases and their times. */
function progress(size, next) {
  const now = performance.now();
  const s = (ms) => `${Math.round(ms / 1000)} s`;
  const last = phase.name ? `${phase.name} took ${s(now - phase.began)}` : '';
  console.error(`bench ${size}: ${[last, next].filter(Boolean).join('; ')} (${s(now - began)} so far)`);
  phase = { name: next, began: now };
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
// Also when the run dies of an uncaught error, so no server is left holding the ports.
process.on('exit', () => servers.forEach((server) => server.kill()));
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

/** A card on the canvas, to count them as they are painted. */
const CARD = '.react-flow__node-touchpoint';

/** A fresh profile with the benchmark's probes, at `url`. */
async function newPage(url) {
  const page = await browser.newPage({ viewport: { width: 1600, height: 900 }, acceptDownloads: true });
  await page.addInitScript(installProbes);
  await page.goto(url);
  return page;
}

/** A fresh profile with the map of `size` opened from its .trayecto file. */
async function openMap(size, path) {
  const page = await newPage(`http://127.0.0.1:${PORT}/#/`); // the library (a first run opens the sample)
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open file…' }).click();
  await (await chooser).setFiles(path);
  await page.getByRole('heading', { level: 1, name: `Benchmark ${size}` }).waitFor({ timeout: 120_000 });
  await settled(page, CARD);
  return page;
}

/**
 * Frame times (ms) while the page pans and zooms for `ms` milliseconds: the wheel pans, and every 25 steps
 * Ctrl+wheel zooms in or out by a step — the same input, handled by React Flow alike, in both pages.
 */
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
    if (step % 25 === 0) {
      await page.keyboard.down('Control');
      await page.mouse.wheel(0, step % 50 === 0 ? -120 : 120);
      await page.keyboard.up('Control');
    }
  }
  await page.waitForTimeout(100);
  const stamps = await page.evaluate(() => window.__frames);
  return stamps.slice(1).map((t, i) => t - stamps[i]);
}

/**
 * Open the map of `size` again from the library of `page`: the time to its first and to all cards in view
 * painted, and how many those are.
 */
async function reopen(page, size) {
  await page.bringToFront();
  await page.getByRole('button', { name: 'Library' }).click();
  const open = page.getByRole('button', { name: `Open Benchmark ${size}` });
  await open.waitFor();
  const start = await pageNow(page);
  await open.click();
  // Every card in view (React Flow draws only those), however many steps they arrive in.
  const painted = await settled(page, CARD);
  return { start, first: painted.first - start, all: painted.all - start, drawn: painted.count };
}

/**
 * Open the map at `path` in a fresh profile, pan and zoom it for 3 s, then open it again from the library
 * `RUNS` times: the frame times, and each open's time to its first and to all cards in view painted.
 */
async function openAndPan(size, path, longest) {
  const page = await openMap(size, path);
  // Pan and zoom first: the opens after it leave the map as it opens, for the editing below.
  const frames = await withLongestTask(page, longest, 'longest task: pan/zoom', () => frameTimes(page, 3000));
  const opens = [];
  let drawn = 0;
  const firstPaints = [];
  const openTasks = [];
  for (let r = 0; r < RUNS; r++) {
    const open = await reopen(page, size);
    drawn = open.drawn;
    opens.push(open.all);
    firstPaints.push(open.first);
    openTasks.push(await longestTask(page, open.start, open.start + open.all));
  }
  longest.push(['longest task: open', median(openTasks)]);
  return { page, frames, opens, firstPaints, drawn };
}

/** The medians of drop → card painted in place and of undo → painted back, from drags of one card. */
const dropTimes = (drags) => ({
  drop: median(drags.map((d) => d.dropPainted)),
  undo: median(drags.map((d) => d.undoPainted)),
});

/** Zoom in on the benchmark's card, then drag, drop and undo it `RUNS` times: `dropTimes` of it. */
async function dropsOn(page, size) {
  const card = benchCard(size);
  await zoomInOnCard(page, card);
  const drags = [];
  for (let r = 0; r < RUNS; r++) drags.push(await dragDropUndo(page, card));
  return dropTimes(drags);
}

/**
 * The same map with more in it, opened and panned as the plain one was, then zoomed in on one card and that
 * card dragged, dropped and undone `RUNS` times: `name` is "measured" (5 metrics over 4 periods and two research
 * notes per touchpoint, issue 17: within 10 %) or "blueprint" (1 card per 2 touchpoints, 1 link per touchpoint,
 * issue 18: within 15 %); its `PAIRS` opens are timed in turns with as many of the plain map in `plain.page`, which
 * they leave as it opens. `plain` holds that page and the plain map's frames; returns the drop time, for the
 * ratio to the plain map's once that is known.
 */
async function sameMapWith(size, name, trayecto, plain) {
  progress(size, `the same map, ${name}`);
  const path = join(dir, `bench-${size}-${name}.trayecto`);
  writeFileSync(path, trayecto);
  const { page, frames } = await openAndPan(size, path, []);
  // The ratio of opens from opens in turns with the plain map's page, each first in every other pair: this
  // machine's speed drifts by a fifth over minutes, which opens timed minutes apart would count as the map's.
  // This map's open comes last, so that the plain page's work after its own open is not timed in the drags.
  const opens = [];
  const plainOpens = [];
  for (let r = 0; r < PAIRS; r++) {
    const pair = (PAIRS - 1 - r) % 2 ? [page, plain.page] : [plain.page, page];
    for (const p of pair) (p === page ? opens : plainOpens).push((await reopen(p, size)).all);
  }
  // The plain page finishes what an open leaves for idle time (freezing the map) before this one is timed.
  await plain.page.waitForTimeout(3000);
  const { drop, undo } = await dropsOn(page, size);
  await page.context().close();
  report(size, `${name} map: open (library → cards painted)`, median(opens), 'ms');
  report(size, `${name} map: pan/zoom frame, median`, median(frames), 'ms');
  report(size, `${name} map: drop → card painted in place`, drop, 'ms');
  report(size, `${name} map: undo → card painted back`, undo, 'ms');
  report(size, `plain map: open, in turns with the ${name} one`, median(plainOpens), 'ms');
  report(size, `ratio ${name}/plain: open (in turns)`, median(opens) / median(plainOpens), '×');
  // The same opens, each pair's ratio first: a pair is timed back to back, so the machine's drift over the run
  // cancels within it, which the ratio of two medians over minutes keeps. Beside the ratio above, not instead.
  report(
    size,
    `ratio ${name}/plain: open, median of the pairs' ratios`,
    median(opens.map((open, r) => open / plainOpens[r])),
    '×',
  );
  report(size, `ratio ${name}/plain: frame`, median(frames) / median(plain.frames), '×');
  return { name, drop };
}

/**
 * The same map with measures and with a blueprint, as `CASE` asks, right after the plain map's opens (as they
 * were, with nothing else done in the plain page yet). Returns the function that reports their drops' ratios.
 */
async function sameMaps(size, plain) {
  const others = [];
  if (CASE !== 'blueprint')
    others.push(await sameMapWith(size, 'measured', measuredBenchmarkFile(size), plain));
  if (CASE !== 'measures')
    others.push(await sameMapWith(size, 'blueprint', benchmarkFiles(size, true).trayecto, plain));
  return (plainDrop) => {
    for (const { name, drop } of others) report(size, `ratio ${name}/plain: drop`, drop / plainDrop, '×');
  };
}

/** Time a phase in page time and report its longest main-thread task afterwards. */
async function withLongestTask(page, longest, name, phase) {
  const from = await pageNow(page);
  const result = await phase();
  longest.push([name, await longestTask(page, from, await pageNow(page))]);
  return result;
}

/**
 * Export PNG at 2× and SVG of the whole map, `runs` times each. An export that crashes or outlasts the timeout
 * is not repeated, and leaves its page unusable: it is closed, and the next export gets a fresh page.
 */
async function measureExports(page, size, path, runs, longest) {
  for (const format of ['png', 'svg']) {
    const label = format === 'png' ? 'export PNG 2×' : 'export SVG';
    const attempts = [];
    for (let r = 0; r < runs; r++) {
      page ??= await openMap(size, path);
      const result = await exportImage(page, format, { pixelRatio: 2, timeout: EXPORT_TIMEOUT_MS });
      attempts.push(result);
      if (!result.page) continue;
      await page
        .context()
        .close()
        .catch(() => {});
      page = undefined;
      break;
    }
    const last = attempts.at(-1);
    // Timed out: the time is a lower bound, and so is the longest task if the page had stopped answering.
    const atLeast = last.outcome === 'timed out' ? { atLeast: true } : {};
    report(size, `${label}: click → download`, median(attempts.map((a) => a.ms)), 'ms', atLeast);
    report(size, `${label}: outcome`, OUTCOMES.indexOf(last.outcome), 'code', {
      outcome: last.outcome,
      message: last.message,
    });
    if (last.bytes !== undefined) {
      if (format === 'png') {
        report(size, `${label}: pixel ratio used`, last.pixelRatio, '×');
        report(size, `${label}: image width`, last.width, 'px');
        report(size, `${label}: image height`, last.height, 'px');
      }
      report(size, `${label}: file size`, last.bytes / 1024 / 1024, 'MB');
    }
    if (last.longest !== undefined)
      longest.push([`longest task: ${label}`, median(attempts.map((a) => a.longest))]);
    else if (last.frozen) longest.push([`longest task: ${label}`, last.frozen, atLeast]);
  }
  await page?.context().close();
}

try {
  await waitForServer(PORT);
  await waitForServer(BARE_PORT);
  for (const size of SIZES) {
    const files = benchmarkFiles(size);
    const path = join(dir, `bench-${size}.trayecto`);
    writeFileSync(path, files.trayecto);
    /** [name, ms] of the longest main-thread task of each phase, reported together after the size. */
    const longest = [];

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

    progress(size, 'loading and viewing');
    const { page, frames, opens, firstPaints, drawn } = await openAndPan(size, path, longest);
    report(size, 'open (library → cards painted)', median(opens), 'ms');
    report(size, 'open (library → first cards painted)', median(firstPaints), 'ms');
    report(size, 'cards drawn after open (those in view)', drawn, '');
    report(size, 'pan/zoom frame, median', median(frames), 'ms');
    report(size, 'pan/zoom frame, p95', p95(frames), 'ms');
    report(
      size,
      'JS heap after open',
      (await page.evaluate(() => performance.memory?.usedJSHeapSize ?? 0)) / 1024 / 1024,
      'MB',
    );

    const dropRatios = await sameMaps(size, { page, frames });
    if (CASE !== 'all') {
      // Only the same maps with more in them: the plain map's drops, to compare theirs with.
      dropRatios((await dropsOn(page, size)).drop);
      progress(size);
      continue;
    }

    // Editing, zoomed in on one card as someone does to read it: drag, undo, type its title.
    progress(size, 'editing');
    const card = benchCard(size);
    const zoom = await zoomInOnCard(page, card);
    longest.push(['longest task: zoom in to 100 %', await longestTask(page, zoom.start, zoom.end)]);
    report(size, 'zoom in on a card to 100 % → painted in detail', zoom.ms, 'ms');
    const drags = [];
    const edits = [];
    await withLongestTask(page, longest, 'longest task: drag, undo, type', async () => {
      for (let r = 0; r < RUNS; r++) {
        drags.push(await dragDropUndo(page, card));
        edits.push(await typeTitle(page, card));
      }
    });
    const { drop, undo } = dropTimes(drags);
    dropRatios(drop);
    const moves = drags.flatMap((d) => d.moves);
    report(size, 'drag: move → card painted, median', median(moves), 'ms');
    report(size, 'drag: move → card painted, p95', p95(moves), 'ms');
    report(size, 'drag: drop → card painted in place', drop, 'ms');
    report(size, 'drag: drop → committed in store', median(drags.map((d) => d.dropCommitted)), 'ms');
    report(size, 'drag: drop → autosaved', median(drags.map((d) => d.dropSaved)), 'ms');
    report(size, 'undo: Ctrl+Z → card painted back', undo, 'ms');
    const keys = edits.flatMap((e) => e.keystrokes);
    report(size, 'edit: keystroke → title painted, median', median(keys), 'ms');
    report(size, 'edit: keystroke → title painted, p95', p95(keys), 'ms');
    const saves = [...drags, ...edits].flatMap((x) => x.saves);
    report(size, 'save: autosave write, main-thread time', median(saves), 'ms');

    progress(size, 'exporting');
    await measureExports(page, size, path, size >= EXPORT_ONCE_FROM ? 1 : RUNS, longest);

    // The same number of nodes and edges in bare React Flow: what the library costs without the app.
    progress(size, 'bare React Flow');
    const { nodes, edges } = canvasSize(size);
    const bareOpens = [];
    let bareFrames = [];
    for (let r = 0; r < RUNS; r++) {
      const bare = await newPage(`http://127.0.0.1:${BARE_PORT}/?nodes=${nodes}&edges=${edges}`);
      bareOpens.push((await paintedWhen(bare, '.react-flow__node', nodes)).all);
      if (r === 0) bareFrames = await frameTimes(bare, 3000);
      await bare.close();
    }
    report(size, 'bare React Flow open (from navigation)', median(bareOpens), 'ms');
    report(size, 'map nodes (the bare page draws them all)', nodes, '');
    report(size, 'curve segments (bare: one edge each)', edges, '');
    report(size, 'bare React Flow pan/zoom frame, median', median(bareFrames), 'ms');
    report(size, 'ratio app/bare: open', median(opens) / median(bareOpens), '×');
    report(size, 'ratio app/bare: frame', median(frames) / median(bareFrames), '×');
    // In the order of a session (pan/zoom is measured before the opens, see above).
    const order = (name) => (name === 'longest task: open' ? -1 : 0);
    longest.sort((a, b) => order(a[0]) - order(b[0]));
    for (const [name, ms, extra] of longest) report(size, name, ms, 'ms', extra);
    progress(size);
  }
} finally {
  await browser.close();
  servers.forEach((server) => server.kill());
  rmSync(dir, { recursive: true, force: true });
}

/** The table's sections, by the start of the rows' names. */
const SECTIONS = [
  [
    'loading and viewing',
    /^(import|open|cards drawn|pan\/zoom|JS heap|measured|blueprint|plain map|ratio (measured|blueprint))/,
  ],
  ['editing (zoomed in on one card)', /^(zoom in|drag|undo|edit|save)/],
  ['exporting the whole map', /^export/],
  ['bare React Flow, same nodes and edges', /^(bare|map nodes|curve segments|ratio)/],
  ['longest main-thread task', /^longest task/],
];

function printTable() {
  const cell = (row) => {
    if (!row) return '–';
    if (row.unit === 'code') return row.outcome;
    const value = row.value.toLocaleString('en-US', { maximumFractionDigits: row.unit === '×' ? 2 : 1 });
    return `${row.atLeast ? '≥ ' : ''}${value}${row.unit ? ` ${row.unit}` : ''}`;
  };
  const sectionOf = (name) => SECTIONS.findIndex(([, pattern]) => pattern.test(name));
  // Each section's rows together, in the order they were measured (a stable sort).
  const names = [...new Set(results.map((r) => r.name))].sort((a, b) => sectionOf(a) - sectionOf(b));
  const nameWidth = Math.max(...names.map((n) => n.length)) + 2;
  const cells = names.map((name) =>
    SIZES.map((size) => cell(results.find((r) => r.size === size && r.name === name))),
  );
  const width = Math.max(10, ...cells.flat().map((c) => c.length)) + 2;
  const line = (name, values) => name.padEnd(nameWidth) + values.map((v) => v.padStart(width)).join('');
  console.log(
    `\nTrayecto benchmark — ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, headless Chromium, medians of ${RUNS} runs (opens in turns: of ${PAIRS} pairs)`,
  );
  console.log(
    line(
      'measurement (touchpoints →)',
      SIZES.map((s) => s.toLocaleString('en-US')),
    ),
  );
  let section;
  names.forEach((name, i) => {
    const [title] = SECTIONS[sectionOf(name)] ?? ['other'];
    if (title !== section) console.log(`— ${title}`);
    section = title;
    console.log(line(`  ${name}`, cells[i]));
  });
  console.log(
    [
      '',
      `One run: zooming in on the card, and exports from ${EXPORT_ONCE_FROM.toLocaleString('en-US')} touchpoints up. An export with no download within ${EXPORT_TIMEOUT_MS / 1000} s is "timed out": its times are lower bounds ("≥").`,
      `Export outcome codes in the JSON lines: ${OUTCOMES.map((o, i) => `${i} ${o}`).join(', ')}; "message" is what the app said.`,
      `Drag: ${MOVES_PER_DRAG} moves per drag, pooled over the runs; keystrokes likewise. Drop → autosaved includes the autosave's 400 ms wait.`,
      'Longest task: Long Tasks API (tasks ≥ 50 ms; 0 = none) in each phase; the 5,000 target is no frozen UI over 1 s.',
      `JSON lines: ${OUT}`,
    ].join('\n'),
  );
}

printTable();
// Then the exports as the CLI makes them, in Node (tests/bench/exports.ts); not in a case of its own.
if (CASE === 'all')
  execFileSync('node', ['--import', 'tsx', 'tests/bench/exports.ts', '--sizes', SIZES.join(',')], {
    stdio: 'inherit',
  });

// The benchmark's instruments inside the page: paint detection, input-to-paint latency and long tasks.
// `installProbes` is injected before the page's own scripts (page.addInitScript); the app itself has no
// test hooks, it only publishes standard User Timing measures (trayecto:commit, trayecto:autosave).

/** Runs in the page. Defines `window.__bench`; nothing else on the page changes. */
export function installProbes() {
  const bench = { longTasks: [], pending: undefined };
  window.__bench = bench;
  try {
    bench.observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longTasks.push([e.startTime, e.duration]);
    });
    bench.observer.observe({ type: 'longtask', buffered: true });
  } catch {
    // No Long Tasks API in this browser: longest task reads 0.
  }
  /** The second animation frame from now: the frame after the next paint has been drawn. */
  const afterPaint = () =>
    new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame((t) => resolve(t))));
  /**
   * The paints after the first element matching `selector` appeared and after `count` of them had (cards
   * arrive in steps on large maps): { first, all }, page time.
   */
  bench.paintedWhen = (selector, count = 1) =>
    new Promise((resolve) => {
      let first;
      const poll = () => {
        const found = document.querySelectorAll(selector).length;
        if (found > 0) first ??= afterPaint();
        if (found < count) return requestAnimationFrame(poll);
        void Promise.all([first, afterPaint()]).then(([f, all]) => resolve({ first: f, all }));
      };
      poll();
    });
  /**
   * The paints after the first element matching `selector` appeared and after the last one did, once their
   * number has not changed for `quiet` ms: { first, all, count }. The canvas draws only the cards in view,
   * those of a large map in steps, so how many there will be is the page's to say, not the harness's.
   */
  bench.settled = (selector, quiet = 500) =>
    new Promise((resolve) => {
      let first;
      let last;
      let count = -1;
      let since = 0;
      const poll = (now) => {
        const found = document.querySelectorAll(selector).length;
        if (found > 0) first ??= afterPaint();
        if (found !== count) {
          count = found;
          since = now;
          last = afterPaint();
        }
        if (found === 0 || now - since < quiet) return requestAnimationFrame(poll);
        void Promise.all([first, last]).then(([f, all]) => resolve({ first: f, all, count }));
      };
      requestAnimationFrame(poll);
    });
  /**
   * Arm a latency measurement. The clock starts at the next `start` event (its timestamp, so time the event
   * waited for a busy main thread counts) and stops at the paint after `until`: an event of that type
   * ({ event }), or a change of an element's attribute ({ selector, attribute }, to `value` if given).
   * `bench.pending` resolves to { start, end } (page time, ms), or null after `timeout`.
   */
  bench.arm = ({ start, until, timeout = 20_000 }) => {
    let startedAt;
    const onStart = (e) => {
      const now = performance.now();
      startedAt = e.timeStamp > 0 && e.timeStamp <= now ? e.timeStamp : now;
    };
    addEventListener(start, onStart, { capture: true, once: true });
    bench.pending = new Promise((resolve) => {
      let unwatch = () => {};
      const finish = (result) => {
        unwatch();
        clearTimeout(timer);
        removeEventListener(start, onStart, { capture: true });
        resolve(result);
      };
      const timer = setTimeout(() => finish(null), timeout);
      const changed = () => {
        if (startedAt === undefined) return; // not ours: the input has not arrived yet
        const from = startedAt;
        unwatch();
        void afterPaint().then((end) => finish({ start: from, end }));
      };
      if (until.event) {
        addEventListener(until.event, changed);
        unwatch = () => removeEventListener(until.event, changed);
      } else {
        const element = document.querySelector(until.selector);
        if (!element) return finish(null);
        const observer = new MutationObserver(() => {
          if (until.value === undefined || element.getAttribute(until.attribute) === until.value) changed();
        });
        observer.observe(element, { attributes: true, attributeFilter: [until.attribute] });
        unwatch = () => observer.disconnect();
      }
    });
  };
  /** The longest task (ms) that overlapped [from, to], page time; 0 if none took over 50 ms. */
  bench.longestTask = (from, to) => {
    for (const e of bench.observer?.takeRecords() ?? []) bench.longTasks.push([e.startTime, e.duration]);
    const overlapping = bench.longTasks.filter(([s, d]) => s + d > from && s < to).map(([, d]) => d);
    return Math.max(0, ...overlapping);
  };
}

/** The page's clock (performance.now()), to bracket a phase for `longestTask`. */
export const pageNow = (page) => page.evaluate(() => performance.now());

/** Page times of the paints after the first and after `count` elements (default 1) match `selector`. */
export const paintedWhen = (page, selector, count = 1) =>
  page.evaluate(([s, c]) => window.__bench.paintedWhen(s, c), [selector, count]);

/** Page times of the paints after the first and the last `selector` appeared, once their number settled. */
export const settled = (page, selector) => page.evaluate((s) => window.__bench.settled(s), selector);

/** The longest main-thread task (ms) between two page times. */
export async function longestTask(page, from, to) {
  // Long tasks are reported after they end: let the last one reach the observer.
  await page.waitForTimeout(60);
  return page.evaluate(([f, t]) => window.__bench.longestTask(f, t), [from, to]);
}

/**
 * Input-to-paint latency: arm the probe (see `bench.arm`), do `act` (real input through Playwright),
 * then wait for the paint. Resolves to { start, end } in page time, or null if nothing changed in time.
 */
export async function inputToPaint(page, options, act) {
  await page.evaluate((o) => window.__bench.arm(o), options);
  await act();
  return page.evaluate(() => window.__bench.pending);
}

/**
 * The first User Timing measure called `name` that ends after page time `since`, waiting for it up to
 * `timeout` ms; null if none came. { start, end, duration } in page time.
 */
export function measureAfter(page, name, since, timeout = 15_000) {
  return page.evaluate(
    ([n, s, t]) =>
      new Promise((resolve) => {
        const deadline = performance.now() + t;
        const poll = () => {
          const entry = performance.getEntriesByName(n).find((e) => e.startTime + e.duration > s);
          if (entry)
            resolve({
              start: entry.startTime,
              end: entry.startTime + entry.duration,
              duration: entry.duration,
            });
          else if (performance.now() > deadline) resolve(null);
          else setTimeout(poll, 10);
        };
        poll();
      }),
    [name, since, timeout],
  );
}

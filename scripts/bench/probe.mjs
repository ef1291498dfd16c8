// Code that runs inside the benchmark pages (passed to Playwright's addInitScript, so self-contained).

/**
 * Runs in the page before anything else. Records long tasks, and `idleAt`: the first time any element
 * turns `data-state="idle"` (our map's container, the bare page's body), in ms since navigation start.
 * `step(kind, day)` changes the day once and waits for the map to draw it:
 * "click" presses our Next day button (Previous day once the last day is reached),
 * "state" sets our map's `day` global state, "filter" sets the bare page's filter.
 */
export function probe() {
  const bench = (window.__bench = { longTasks: [], idleAt: undefined, direction: 1 });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longTasks.push([e.startTime, e.duration]);
    }).observe({ type: "longtask", buffered: true });
  } catch {
    // no long-task support: the sums stay 0
  }
  new MutationObserver((records) => {
    if (bench.idleAt === undefined && records.some((r) => r.target.getAttribute("data-state") === "idle"))
      bench.idleAt = performance.now();
  }).observe(document, { attributes: true, attributeFilter: ["data-state"], subtree: true });

  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const clickDay = () => {
    const name = (d) => `button[aria-label="${d > 0 ? "Next" : "Previous"} day"]`;
    if (document.querySelector(name(bench.direction)).disabled) bench.direction *= -1;
    document.querySelector(name(bench.direction)).click();
  };

  /**
   * Resolves on `done` (a promise), rejects after `ms`. MapLibre fires `idle` only at the end of a
   * frame that finds everything loaded, so a frame that throws never gets one: a map that is loaded
   * but has not drawn for half a second gets a repaint, counted in `nudges`.
   */
  bench.nudges = 0;
  bench.until = (map, done, what, ms = 30_000) =>
    new Promise((resolve, reject) => {
      let lastFrame = performance.now();
      const onRender = () => (lastFrame = performance.now());
      map.on("render", onRender);
      const poll = setInterval(() => {
        if (!map.loaded() || performance.now() - lastFrame < 500) return;
        bench.nudges++;
        lastFrame = performance.now();
        map.triggerRepaint();
      }, 250);
      const finish = (error) => {
        clearInterval(poll);
        clearTimeout(late);
        map.off("render", onRender);
        if (error) reject(error);
        else resolve();
      };
      const late = setTimeout(() => finish(new Error(`${what}: no idle in ${ms / 1000} s`)), ms);
      done.then(() => finish(), finish);
    });

  bench.step = async (kind, day) => {
    const map = window.__strikeMap ?? window.__map;
    const el = document.querySelector("[data-testid=map]");
    let handedAt;
    // Our app: the state reached the map when its container turns "loading", drawn when back to "idle".
    const appIdle = new Promise((resolve) => {
      if (kind !== "click") return;
      const mo = new MutationObserver(() => {
        if (el.dataset.state === "loading") handedAt ??= performance.now();
        else if (handedAt !== undefined && el.dataset.state === "idle") {
          mo.disconnect();
          resolve();
        }
      });
      mo.observe(el, { attributes: true, attributeFilter: ["data-state"] });
    });
    let idle = appIdle;
    const t0 = performance.now();
    if (kind === "click") clickDay();
    else {
      if (kind === "state") map.setGlobalStateProperty("day", day);
      else map.setFilter("events", ["==", ["get", "date"], day]);
      handedAt = performance.now();
      idle = new Promise((r) => map.once("idle", r));
    }
    await bench.until(map, idle, `${kind} step`);
    const t1 = performance.now();
    await sleep(100); // long-task entries arrive after their task
    const long = bench.longTasks
      .map(([s, d]) => Math.max(0, Math.min(s + d, t1) - Math.max(s, t0)))
      .reduce((a, b) => a + b, 0);
    return { ms: t1 - t0, sync: handedAt - t0, long, day: kind === "click" ? map.getGlobalState().day : day };
  };
}

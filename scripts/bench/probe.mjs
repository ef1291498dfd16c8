// Code that runs inside the benchmark pages (passed to Playwright's addInitScript, so self-contained).

/**
 * Runs in the page before anything else. Records long tasks, and `idleAt`: the first time any element
 * turns `data-state="idle"` (our map's container, the bare page's body), in ms since navigation start.
 * `step(kind, day, i)` changes what the map shows once and waits for it to be drawn (`ms`, to the map's
 * idle) and for MapLibre's worker to be done with it (`done`, see `settle`):
 * "click" presses our Next day button (Previous day once the last day is reached), "all" our All days
 * button; "state" sets the bare page's day range (the `days` global state) to `day`, "" for all days.
 * It sets the marks `bench-step-<i>` (before the change) and `bench-frame-<i>` (in the map's first frame
 * drawn once it has the change), which main-thread.mjs reads from a trace.
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
  const button = (name) => [...document.querySelectorAll("button")].find((b) => (b.getAttribute("aria-label") ?? b.textContent.trim()) === name);
  const clickDay = () => {
    const name = (d) => (d > 0 ? "Next day" : "Previous day");
    if (button(name(bench.direction)).disabled) bench.direction *= -1;
    button(name(bench.direction)).click();
  };

  /**
   * Resolves on `done` (a promise), rejects after `ms`. MapLibre fires `idle` only at the end of a
   * frame that finds everything loaded, so a frame that throws never gets one: with `nudge`, a map that
   * is loaded but has not drawn for half a second gets a repaint, counted in `nudges`. Our app is never
   * nudged: a step it does not finish is a failure.
   */
  bench.nudges = 0;
  bench.until = (map, done, what, ms = 60_000, nudge = true) =>
    new Promise((resolve, reject) => {
      let lastFrame = performance.now();
      const onRender = () => (lastFrame = performance.now());
      map.on("render", onRender);
      const poll = setInterval(() => {
        if (!nudge || !map.loaded() || performance.now() - lastFrame < 500) return;
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

  /**
   * Counts the tile requests each of the map's sources has out to MapLibre's worker, in `inflight`
   * (wrapping each source's `loadTile`, the method MapLibre's tile manager calls; read only otherwise).
   */
  bench.inflight = 0;
  bench.track = (map) => {
    if (map.__benchTracked) return;
    map.__benchTracked = true;
    for (const id of Object.keys(map.style?.tileManagers ?? {})) {
      const source = map.getSource(id);
      if (typeof source?.loadTile !== "function") continue;
      const load = source.loadTile.bind(source);
      source.loadTile = (tile) => {
        bench.inflight++;
        return Promise.resolve(load(tile)).finally(() => bench.inflight--);
      };
    }
  };

  /**
   * Waits until the map has no tile request out and has drawn what came back (a repaint, then `idle`);
   * resolves to the ms waited. A change of two global state properties makes MapLibre reload the tiles
   * twice, and `idle` may come with the first answers (which already hold the final state): the second
   * round goes on in the worker and is uploaded after `idle`, and must not run into the next measurement.
   */
  bench.settle = async (map, ms = 120_000) => {
    const t = performance.now();
    while (performance.now() - t < ms) {
      if (bench.inflight > 0 || !map.loaded()) {
        await sleep(50);
        continue;
      }
      const idle = new Promise((r) => map.once("idle", r));
      map.triggerRepaint();
      await Promise.race([idle, sleep(ms - (performance.now() - t))]);
      if (bench.inflight === 0) break;
    }
    return performance.now() - t;
  };

  bench.step = async (kind, day, i = 0, timeoutMs = 60_000) => {
    const map = window.__strikeMap ?? window.__map;
    const app = kind === "click" || kind === "all";
    let handedAt;
    const markFrame = () => map.once("render", () => performance.mark(`bench-frame-${i}`));
    // Our app: the change reached the map when its container turns "loading" (the adapter has made its
    // map calls), and is drawn when the container is back to "idle" (the events drawn, see strike-map.tsx).
    const appIdle = new Promise((resolve) => {
      if (!app) return;
      const el = document.querySelector("[data-testid=map]");
      const mo = new MutationObserver(() => {
        if (el.dataset.state === "loading" && handedAt === undefined) {
          handedAt = performance.now();
          markFrame();
        } else if (handedAt !== undefined && el.dataset.state === "idle") {
          mo.disconnect();
          resolve();
        }
      });
      mo.observe(el, { attributes: true, attributeFilter: ["data-state"] });
    });
    let idle = appIdle;
    bench.track(map);
    performance.mark(`bench-step-${i}`);
    const t0 = performance.now();
    if (kind === "click") clickDay();
    else if (kind === "all") button("All days").click();
    else {
      // The day range is one global state property (lib/map/global-state.ts encodeDays): open ends as far dates.
      map.setGlobalStateProperty("days", day ? `${day}/${day}` : "0000-01-01/9999-12-31");
      handedAt = performance.now();
      markFrame();
      idle = new Promise((r) => map.once("idle", r));
    }
    await bench.until(map, idle, `${kind} step`, timeoutMs, !app);
    const t1 = performance.now();
    await bench.settle(map);
    const t2 = performance.now();
    await sleep(Math.max(0, 100 - (t2 - t1))); // long-task entries arrive after their task
    const long = bench.longTasks
      .map(([s, d]) => Math.max(0, Math.min(s + d, t1) - Math.max(s, t0)))
      .reduce((a, b) => a + b, 0);
    const [from, to] = String(map.getGlobalState().days).split("/").map((d) => (d === "0000-01-01" || d === "9999-12-31" ? "" : d));
    return { ms: t1 - t0, done: t2 - t0, sync: handedAt - t0, long, day: to, from };
  };
}

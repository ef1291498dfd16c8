// A day step, from the change to the map's next idle, and the main-thread time it costs; with 100,000
// events also "All days". Ours goes through the app (a click on Next day or All days: React, the URL
// state, the map adapter); the bare page (bare-map.ts: our full style on maplibre-gl alone) only sets the
// day range in the style's global state. Both pages stay loaded and take turns: ours runs a series of
// steps, then the bare page the same days, RUNS times; each row is the median over the runs.
import { mapView, mean, median, openMap } from "./browser.mjs";
import { busyUntilFrame, traced } from "./main-thread.mjs";

const RUNS = Math.max(3, Number(process.env.BENCH_RUNS || 3));
const STEPS = 10;
const BIG_STEPS = 5;
/** 100,000 events take a while to parse and tile under SwiftShader, in the app and in the bare page alike. */
const BIG_LOAD_TIMEOUT = 300_000;
const BIG_STEP_TIMEOUT = 180_000;

/**
 * `n` steps under a trace; each gets `main`, its main-thread time (CPU) until the map's next frame. Throws if
 * the map did not end on the day asked for (the bare page) or a step did not change the day (ours).
 */
async function series(browser, page, kind, days, n, timeoutMs) {
  const before = await page.evaluate(() => window.__bench.nudges);
  await page.evaluate(() => {
    const map = window.__strikeMap ?? window.__map;
    window.__bench.track(map);
    return window.__bench.settle(map);
  });
  const { result: steps, events } = await traced(browser, page, async () => {
    const out = [];
    for (let i = 0; i < n; i++) out.push(await page.evaluate((a) => window.__bench.step(...a), [kind, days[i] ?? "", i, timeoutMs]));
    return out;
  });
  steps.forEach((s, i) => {
    const busy = busyUntilFrame(events, `bench-step-${i}`, `bench-frame-${i}`);
    [s.main, s.mainWall] = [busy?.cpu, busy?.wall];
  });
  steps.forEach((s, i) => {
    if (kind === "state" && s.day !== (days[i] ?? "")) throw new Error(`the bare page shows ${s.day || "all days"}, not ${days[i]}`);
    if (kind === "click" && (!s.day || s.day !== s.from || s.day === (steps[i - 1]?.day ?? ""))) throw new Error(`step ${i}: the map's day range is ${s.from}…${s.day}`);
    if (kind === "all" && (s.day || s.from)) throw new Error(`All days left the map on ${s.from}…${s.day}`);
  });
  const nudges = (await page.evaluate(() => window.__bench.nudges)) - before;
  const ms = (key) => steps.map((s) => (s[key] === undefined ? "?" : Math.round(s[key] * 10) / 10)).join(" ");
  console.log(`  ${new URL(page.url()).port} ${kind}: to idle ${ms("ms")} ms; main thread ${ms("main")} ms (wall ${ms("mainWall")}); long tasks ${ms("long")} ms; worker done ${ms("done")} ms${nudges ? `; ${nudges} nudges` : ""}`);
  return steps;
}

/** Median over runs of each run's median (or mean) of `key`. */
const overRuns = (runs, key, per = median) => median(runs.map((steps) => per(steps.map((s) => s[key]).filter((v) => v !== undefined))));

function rows(label, ours, bare, targets = {}) {
  const n = `${ours.length} runs × ${ours[0]?.length ?? 0} steps`;
  return [
    { name: `day step, ${label}: to idle (median of ${n})`, ours: overRuns(ours, "ms"), baseline: overRuns(bare, "ms"), unit: "ms", target: targets.idle },
    {
      name: `day step, ${label}: main thread, click to the map's next frame (CPU, median)`,
      ours: overRuns(ours, "main"),
      baseline: overRuns(bare, "main"),
      unit: "ms",
      target: targets.main,
    },
    { name: `day step, ${label}: long tasks per step (mean)`, ours: overRuns(ours, "long", mean), baseline: overRuns(bare, "long", mean), unit: "ms", target: targets.long },
    { name: `day step, ${label}: click until the map has the change (median)`, ours: overRuns(ours, "sync"), baseline: overRuns(bare, "sync"), unit: "ms" },
    { name: `day step, ${label}: until the worker is done (median)`, ours: overRuns(ours, "done"), baseline: overRuns(bare, "done"), unit: "ms" },
  ];
}

/**
 * Opens our page, then the bare page (given our map's size and camera), runs `turn(ours, bare)` RUNS times, and
 * closes both whatever happens.
 */
async function alternating(openOurs, openBare, turn) {
  const ours = await openOurs();
  try {
    const bare = await openBare(await mapView(ours.page));
    try {
      for (let run = 0; run < RUNS; run++) {
        console.log(`  run ${run + 1} of ${RUNS}`);
        await turn(ours.page, bare.page);
      }
    } finally {
      await bare.close();
    }
  } finally {
    await ours.close();
  }
}

/** Our Next day button against the bare page's global state, on the served events, from their first day. */
export async function dayStep({ browser, app, base, fx }) {
  const first = fx.realDays[0];
  const ours = [];
  const bare = [];
  await alternating(
    () => openMap(browser, `${app}/?day=${first}`),
    (view) => openMap(browser, `${base}/?events=events-real.json&day=${first}&${view}`, { nudge: true }),
    async (o, b) => {
      ours.push(await series(browser, o, "click", [], STEPS));
      bare.push(await series(browser, b, "state", ours.at(-1).map((s) => s.day), STEPS));
    },
  );
  return rows("real data", ours, bare, { idle: { ratio: 1.3 }, main: { max: 4 }, long: { max: 10 } });
}

/**
 * The same with 100,000 generated events: our app gets them as its /api/events (the request rerouted
 * by Playwright to the baseline server, so the page still sees its own origin, as its CSP requires), the bare page as flat features with dense dots, as the
 * app draws past its threshold. Each run also times "All days" and then steps back to the first day.
 */
export async function bigDayStep({ browser, app, base, fx }) {
  const first = fx.days100k[0];
  // The request goes on to the baseline server, unseen by the page: a body this large is too much for route.fulfill.
  const serve = (page) => page.route(`${app}/api/events`, (route) => route.continue({ url: `${base}/${fx.appEvents100k}` }));
  const ours = [];
  const bare = [];
  const all = { ours: [], bare: [], oursDone: [], bareDone: [] };
  await alternating(
    () => openMap(browser, `${app}/?day=${first}`, { timeout: BIG_LOAD_TIMEOUT, onPage: serve }),
    (view) => openMap(browser, `${base}/?events=events-100k.json&day=${first}&dense=1&${view}`, { timeout: BIG_LOAD_TIMEOUT, nudge: true }),
    async (o, b) => {
      ours.push(await series(browser, o, "click", [], BIG_STEPS, BIG_STEP_TIMEOUT));
      bare.push(await series(browser, b, "state", ours.at(-1).map((s) => s.day), BIG_STEPS, BIG_STEP_TIMEOUT));
      const [oursAll] = await series(browser, o, "all", [], 1, BIG_STEP_TIMEOUT);
      const [bareAll] = await series(browser, b, "state", [""], 1, BIG_STEP_TIMEOUT);
      all.ours.push(oursAll.ms);
      all.bare.push(bareAll.ms);
      all.oursDone.push(oursAll.done);
      all.bareDone.push(bareAll.done);
      // Back to a day, untimed: Next day after All days goes to the first day.
      const back = await o.evaluate((t) => window.__bench.step("click", "", 0, t), BIG_STEP_TIMEOUT);
      await b.evaluate(([d, t]) => window.__bench.step("state", d, 0, t), [back.day, BIG_STEP_TIMEOUT]);
    },
  );
  return [
    { name: `100k events: all days to idle (median of ${RUNS})`, ours: median(all.ours), baseline: median(all.bare), unit: "ms" },
    { name: `100k events: all days until the worker is done (median of ${RUNS})`, ours: median(all.oursDone), baseline: median(all.bareDone), unit: "ms" },
    ...rows("100k events", ours, bare, { idle: { ratio: 2 } }),
  ];
}

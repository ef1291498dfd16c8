// One day step, from the change to the map's next idle, and the main-thread time it costs.
// Real data: our app's Next day button vs the bare page's setFilter on the same flat features and days.
// 100,000 generated events: injected into our live map with setData, stepped through the `day` global
// state (the button's path without React); the bare page loads the same FeatureCollection.
import path from "node:path";
import { mean, median, openMap } from "./browser.mjs";

const STEPS = 20;
const LOAD_TIMEOUT = 120_000;
/** Time for each 100k series: a step takes 1–5 s under SwiftShader, and the whole run must stay near 6 minutes. */
const BIG_BUDGET = 100_000;

/** Up to STEPS steps, stopping early once `budgetMs` is spent. */
async function series(page, kind, days, budgetMs) {
  const steps = [];
  const end = Date.now() + budgetMs;
  for (let i = 0; i < STEPS && Date.now() < end; i++)
    steps.push(await page.evaluate(([k, d]) => window.__bench.step(k, d), [kind, days[i] ?? ""]));
  const nudges = await page.evaluate(() => window.__bench.nudges);
  console.log(`  ${page.url().split("?")[0]} ${kind}: ${steps.length} steps, ${steps.map((s) => Math.round(s.ms)).join(" ")} ms; ${nudges} nudges`);
  return steps;
}

async function measured(open, run) {
  const map = await open();
  try {
    return await run(map.page);
  } finally {
    await map.close();
  }
}

function rows(label, ours, bare) {
  const n = Math.min(ours.length, bare.length);
  const col = (steps, key, f) => f(steps.map((s) => s[key]));
  return [
    { name: `day step, ${label}: to idle (median of ${n})`, ours: col(ours, "ms", median), baseline: col(bare, "ms", median), unit: "ms" },
    { name: `day step, ${label}: call until map has the change (median)`, ours: col(ours, "sync", median), baseline: col(bare, "sync", median), unit: "ms" },
    { name: `day step, ${label}: long tasks per step (mean)`, ours: col(ours, "long", mean), baseline: col(bare, "long", mean), unit: "ms" },
  ];
}

export async function dayStep({ browser, app, base, fx }) {
  const openApp = () => openMap(browser, `${app}/`);
  const openBare = (file) => openMap(browser, `${base}/?events=${file}`, { timeout: LOAD_TIMEOUT, nudge: true });

  const realOurs = await measured(openApp, (page) => series(page, "click", [], 60_000));
  const days = realOurs.map((s) => s.day);
  const realBare = await measured(() => openBare("events-real.json"), (page) => series(page, "filter", days, 60_000));

  // All 100,000 events at once break our symbol layer (MapLibre throws in placement: more icons than
  // one tile's opacity buffer holds), so both maps show a single day before the first timed step.
  const { start, steps } = fx.days100k;
  const bigOurs = await measured(openApp, async (page) => {
    // Served on the app's own origin by Playwright: the app's CSP allows no other (connect-src 'self').
    const url = `${app}/__bench/events-100k.json`;
    await page.route(url, (route) => route.fulfill({ path: path.join(fx.dir, "events-100k.json"), contentType: "application/json" }));
    await page.evaluate(
      async ([url, day, timeout]) => {
        const fc = await (await fetch(url)).json();
        const map = window.__strikeMap;
        map.setGlobalStateProperty("day", day);
        map.getSource("events").setData(fc);
        await window.__bench.until(map, new Promise((r) => map.once("idle", r)), "100k setData", timeout);
      },
      [url, start, LOAD_TIMEOUT],
    );
    return series(page, "state", steps, BIG_BUDGET);
  });
  const bigBare = await measured(
    () => openBare("events-100k.json"),
    async (page) => {
      await page.evaluate((day) => window.__bench.step("filter", day), start);
      return series(page, "filter", steps, BIG_BUDGET);
    },
  );
  return [...rows("real data", realOurs, realBare), ...rows("100k events", bigOurs, bigBare)];
}

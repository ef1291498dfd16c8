// Navigation to the first map idle, cold (a fresh browser context each time, so an empty cache): our `/`
// (all days, the served events) against the bare page with our full style and the same events and lines
// on a map of the same size and camera, loads alternating so drift on a shared machine hits both alike.
import { mapView, median, openMap } from "./browser.mjs";

const RUNS = Math.max(3, Number(process.env.BENCH_NAV_RUNS || 5));

/** Ms from navigation to the first idle; with `measure`, also our map's size and camera. */
async function load(browser, url, { measure = false } = {}) {
  const map = await openMap(browser, url);
  const view = measure ? await mapView(map.page) : undefined;
  await map.close();
  return { idleAt: map.idleAt, view };
}

export async function navigation({ browser, app, base }) {
  const ours = [];
  const bare = [];
  const ourUrl = `${app}/`;
  // One untimed load of each: both servers have then answered every file once before timing starts.
  const { view } = await load(browser, ourUrl, { measure: true });
  const bareUrl = `${base}/?events=events-real.json&${view}`;
  await load(browser, bareUrl);
  for (let i = 0; i < RUNS; i++) {
    ours.push((await load(browser, ourUrl)).idleAt);
    bare.push((await load(browser, bareUrl)).idleAt);
  }
  console.log(`  ours ${ours.map(Math.round).join(", ")} ms; bare ${bare.map(Math.round).join(", ")} ms`);
  return [{ name: `navigation → first map idle (median of ${RUNS}, cold)`, ours: median(ours), baseline: median(bare), unit: "ms", target: { ratio: 1.5 } }];
}

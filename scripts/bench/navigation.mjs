// Navigation to the first map idle, cold (a fresh browser context each time, so an empty cache):
// our `/` vs the bare MapLibre page with the same basemap, loads interleaved so drift hits both alike.
import { median, openMap } from "./browser.mjs";

const RUNS = 5;

async function load(browser, url) {
  const map = await openMap(browser, url);
  await map.close();
  return map.idleAt;
}

export async function navigation({ browser, app, base }) {
  const ours = [];
  const bare = [];
  // One untimed load of the bare page: like the app (already loaded by the bundle benchmark), its
  // server has then answered every file once before timing starts.
  await load(browser, `${base}/`);
  for (let i = 0; i < RUNS; i++) {
    ours.push(await load(browser, `${app}/`));
    bare.push(await load(browser, `${base}/`));
  }
  console.log(`  ours ${ours.map(Math.round).join(", ")} ms; bare ${bare.map(Math.round).join(", ")} ms`);
  return [{ name: `navigation → first map idle (median of ${RUNS}, cold)`, ours: median(ours), baseline: median(bare), unit: "ms" }];
}

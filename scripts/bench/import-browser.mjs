// A 100,000-row ACLED-format CSV (generated at bench time) opened in the browser through the page's own
// file input, against papaparse alone parsing the same file in the same browser. "To interactive" is
// from the file being chosen to the map's idle with the file's events drawn (a file this large opens on
// its first day, see lib/import/local-data.ts ALL_DAYS_LIMIT), plus one day step answered
// (Next day pressed, map idle again). Page JS heap after a forced GC, with the events loaded, against the
// same page holding papaparse's rows. And MapLibre's own share: the bare page (our style on maplibre-gl alone)
// given the file's first day, already imported, until idle, then the next day, as the app's source holds a
// large file's events (only the days shown). With the parser, that is the least any page could take.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { mapView, openMap } from "./browser.mjs";
import { startStaticServer } from "./static-server.mjs";

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
const TIMEOUT = 300_000;

async function heapMb(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("Performance.enable");
  const { metrics } = await cdp.send("Performance.getMetrics");
  await cdp.detach();
  return metrics.find((m) => m.name === "JSHeapUsedSize").value / 1e6;
}

/** papaparse alone: from the input's change to the rows parsed, on the main thread as a generic viewer would. */
async function parserAlone(browser, app, root, file) {
  const { page, close } = await openMap(browser, `${app}/`, { timeout: TIMEOUT });
  try {
    await page.addScriptTag({ path: path.join(root, "node_modules/papaparse/papaparse.min.js") });
    await page.evaluate(() => {
      const input = Object.assign(document.createElement("input"), { type: "file", id: "bench-file" });
      document.body.append(input);
      window.__parsed = new Promise((resolve) =>
        input.addEventListener("change", async () => {
          const t0 = performance.now();
          const rows = window.Papa.parse(await input.files[0].text(), { skipEmptyLines: true }).data;
          window.__keep = rows;
          resolve({ ms: performance.now() - t0, rows: rows.length });
        }),
      );
    });
    await page.setInputFiles("#bench-file", file);
    const parsed = await page.evaluate(() => window.__parsed);
    return { ...parsed, heap: await heapMb(page) };
  } finally {
    await close();
  }
}

/** The app: open the file in the Open data dialog, wait for the map's idle with its events, then a day step. */
async function appOpens(browser, app, file) {
  const { page, close } = await openMap(browser, `${app}/`, { timeout: TIMEOUT });
  try {
    const before = await heapMb(page);
    await page.getByRole("button", { name: "Open data…" }).click();
    await page.evaluate(() => {
      const map = document.querySelector("[data-testid=map]");
      window.__opened = new Promise((resolve) => {
        let t0;
        let banner = false;
        let readyMs;
        let redrawing = false;
        document.addEventListener("change", (e) => e.target.dataset?.testid === "open-data-file" && (t0 = performance.now()), true);
        // Drawn: the banner says the file is shown, and the map went busy with it and back to idle.
        const mo = new MutationObserver(() => {
          if (!banner && document.querySelector("[data-testid=local-banner]")) {
            banner = true;
            readyMs = performance.now() - t0;
          }
          if (banner && map.dataset.state === "loading") redrawing = true;
          if (banner && redrawing && map.dataset.state === "idle") {
            mo.disconnect();
            resolve({ idleMs: performance.now() - t0, readyMs });
          }
        });
        mo.observe(document.body, { attributes: true, attributeFilter: ["data-state"], subtree: true, childList: true });
      });
    });
    await page.getByTestId("open-data-file").setInputFiles(file);
    const { idleMs, readyMs } = await page.waitForFunction(() => window.__opened, null, { timeout: TIMEOUT }).then((h) => h.jsonValue());
    const step = await page.evaluate(() => window.__bench.step("click"));
    const events = await page.evaluate(() => Number(/\((\d[\d,]*) events?\)/.exec(document.querySelector("[data-testid=local-banner]").textContent)[1].replaceAll(",", "")));
    const view = await mapView(page);
    // Let the late profile check and the lazy depth finish before the heap is read.
    await page.waitForTimeout(5_000);
    return { idleMs, readyMs, stepMs: step.ms, events, view, heapBefore: before, heap: await heapMb(page) };
  } finally {
    await close();
  }
}

/**
 * The bare page, open with no events at our map's size and camera, is given the file's first day (MapLibre
 * fetches and parses it in its worker: no main-thread work of the page's own) until idle, then the next day
 * with its global state moved to it, until idle again.
 */
async function bareFloor(browser, root, fx, dir, csv, view) {
  const made = spawnSync(process.execPath, ["--import", "tsx", path.join(root, "scripts/bench/write-import-features.ts"), csv, dir], { cwd: root, encoding: "utf8", maxBuffer: 1 << 20 });
  if (made.status !== 0) throw new Error(`write-import-features failed: ${made.stderr}`);
  const { days, counts, dense } = JSON.parse(made.stdout.trim().split("\n").at(-1));
  console.log(`  floor: ${counts.join(" and ")} events on ${days.join(" and ")}`);
  writeFileSync(path.join(dir, "events-none.json"), JSON.stringify({ type: "FeatureCollection", features: [] }));
  const server = await startStaticServer([...fx.dirs, dir], {});
  try {
    const { page, close } = await openMap(browser, `${server.origin}/?events=events-none.json&day=${days[0]}${dense ? "&dense=1" : ""}&${view}`, { timeout: TIMEOUT });
    try {
      return await page.evaluate(
        async ([next, timeout]) => {
          const map = window.__map;
          const bench = window.__bench;
          const show = async (file, what, t0 = performance.now()) => {
            const idle = new Promise((r) => map.once("idle", r));
            map.getSource("events").setData(`${location.origin}/${file}`);
            await bench.until(map, idle, what, timeout);
            const ms = performance.now() - t0;
            await bench.settle(map);
            return ms;
          };
          const loadMs = await show("day-0.json", "the first day");
          // The next day's events, and the style's day moved to it (the source holds only that day).
          const t0 = performance.now();
          map.setGlobalStateProperty("days", `${next}/${next}`);
          const stepMs = await show("day-1.json", "the next day", t0);
          return { loadMs, stepMs };
        },
        [days[1] ?? days[0], TIMEOUT],
      );
    } finally {
      await close();
    }
  } finally {
    await server.stop();
  }
}

export async function importBrowser({ root, app, browser, fx }) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "strike-import-bench-"));
  try {
    const file = path.join(dir, `acled-${ROWS}.csv`);
    const gen = spawnSync(process.execPath, ["--import", "tsx", path.join(root, "scripts/bench/write-acled.ts"), file, String(ROWS)], { cwd: root, encoding: "utf8" });
    if (gen.status !== 0) throw new Error(`write-acled failed: ${gen.stderr}`);
    const parser = await parserAlone(browser, app, root, file);
    const ours = await appOpens(browser, app, file);
    const floor = await bareFloor(browser, root, fx, dir, file, ours.view);
    const interactive = ours.idleMs + ours.stepMs;
    const floorMs = floor.loadMs + floor.stepMs;
    console.log(
      `  browser: ${(statSync(file).size / 1e6).toFixed(1)} MB, papaparse ${parser.ms.toFixed(0)} ms (${parser.rows} rows); ` +
        `ours ${ours.events} events in the page after ${ours.readyMs.toFixed(0)} ms, drawn in ${ours.idleMs.toFixed(0)} ms + day step ${ours.stepMs.toFixed(0)} ms = ` +
        `${(interactive / parser.ms).toFixed(2)}× the parser (limit 3×); heap ${ours.heapBefore.toFixed(0)} → ${ours.heap.toFixed(0)} MB`,
    );
    console.log(
      `  floor: the bare page draws the first day in ${floor.loadMs.toFixed(0)} ms + the next day ${floor.stepMs.toFixed(0)} ms; ` +
        `with the parser's own ${parser.ms.toFixed(0)} ms, ${((parser.ms + floorMs) / parser.ms).toFixed(2)}× the parser`,
    );
    const k = `${(ROWS / 1000).toFixed(0)}k`;
    return [
      { name: `import ${k} ACLED rows in the browser: to interactive (vs papaparse alone)`, ours: interactive, baseline: parser.ms, unit: "ms" },
      { name: `  of which the events in the page (worker done, banner shown)`, ours: ours.readyMs, baseline: parser.ms, unit: "ms" },
      { name: `  of which the map idle with the events (first day)`, ours: ours.idleMs, baseline: parser.ms, unit: "ms" },
      { name: `  and one day step with ${k} events`, ours: ours.stepMs, baseline: floor.stepMs, unit: "ms" },
      { name: `floor: the bare page drawing the file's first day, then the next (vs papaparse alone)`, ours: floorMs, baseline: parser.ms, unit: "ms" },
      { name: `page JS heap with ${k} imported events vs papaparse's rows`, ours: ours.heap, baseline: parser.heap, unit: "MB" },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// A 100,000-row ACLED-format CSV (generated at bench time) opened in the browser through the page's own
// file input, against papaparse alone parsing the same file in the same browser. "To interactive" is
// from the file being chosen to the map's idle with the file's events drawn (a file this large opens on
// its first day, see lib/import/local-data.ts ALL_DAYS_LIMIT), plus one day step answered
// (Next day pressed, map idle again). Page JS heap after a forced GC, with the events loaded, against the
// same page holding papaparse's rows.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { openMap } from "./browser.mjs";

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
    // Let the late profile check and the lazy depth finish before the heap is read.
    await page.waitForTimeout(5_000);
    return { idleMs, readyMs, stepMs: step.ms, events, heapBefore: before, heap: await heapMb(page) };
  } finally {
    await close();
  }
}

export async function importBrowser({ root, app, browser }) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "strike-import-bench-"));
  try {
    const file = path.join(dir, `acled-${ROWS}.csv`);
    const gen = spawnSync(process.execPath, ["--import", "tsx", path.join(root, "scripts/bench/write-acled.ts"), file, String(ROWS)], { cwd: root, encoding: "utf8" });
    if (gen.status !== 0) throw new Error(`write-acled failed: ${gen.stderr}`);
    const parser = await parserAlone(browser, app, root, file);
    const ours = await appOpens(browser, app, file);
    const interactive = ours.idleMs + ours.stepMs;
    console.log(
      `  browser: ${(statSync(file).size / 1e6).toFixed(1)} MB, papaparse ${parser.ms.toFixed(0)} ms (${parser.rows} rows); ` +
        `ours ${ours.events} events in the page after ${ours.readyMs.toFixed(0)} ms, drawn in ${ours.idleMs.toFixed(0)} ms + day step ${ours.stepMs.toFixed(0)} ms = ` +
        `${(interactive / parser.ms).toFixed(2)}× the parser (limit 3×); heap ${ours.heapBefore.toFixed(0)} → ${ours.heap.toFixed(0)} MB`,
    );
    const k = `${(ROWS / 1000).toFixed(0)}k`;
    return [
      { name: `import ${k} ACLED rows in the browser: to interactive (vs papaparse alone)`, ours: interactive, baseline: parser.ms, unit: "ms" },
      { name: `  of which the events in the page (worker done, banner shown)`, ours: ours.readyMs, baseline: parser.ms, unit: "ms" },
      { name: `  of which the map idle with the events (first day)`, ours: ours.idleMs, baseline: parser.ms, unit: "ms" },
      { name: `  and one day step with ${k} events`, ours: ours.stepMs, baseline: undefined, unit: "ms" },
      { name: `page JS heap with ${k} imported events vs papaparse's rows`, ours: ours.heap, baseline: parser.heap, unit: "MB" },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

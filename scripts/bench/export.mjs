// Exports against a bare MapLibre page rendering the same view at the same pixel ratio.
// Ours: from the menu click to the file the browser receives (hidden map, frame, legend, PNG encoding).
// Baseline: a new map on the bare page with our style (the live map's: basemap, lines, events, labels,
// its files served by the baseline server) at the same CSS size, camera and pixel ratio, to its idle,
// then the canvas encoded as PNG; its event icons are plain squares drawn on demand. The animation: our map frames per second (each
// day rendered, framed and encoded) against the bare page drawing the same day frames (global state to idle).
import path from "node:path";
import { tsImport } from "tsx/esm/api";
import { median, openMap } from "./browser.mjs";

const DAY = "2025-05-07";
const RUNS = 2;

/** Clicks a menu item and resolves with the milliseconds until its download arrives. */
async function timedExport(page, item, timeout = 180_000) {
  await page.getByRole("button", { name: "Export" }).click();
  const t = Date.now();
  await Promise.all([page.waitForEvent("download", { timeout }), page.getByRole("menu", { name: "Export" }).getByRole("menuitem", { name: item }).click()]);
  return Date.now() - t;
}

/** On the bare page: a fresh map of the same style at a size, camera and pixel ratio, to idle and to PNG. */
function bareRender(page, view, style) {
  return page.evaluate(async ({ width, height, center, zoom, pixelRatio, style }) => {
    const Map = window.__map.constructor;
    const container = document.createElement("div");
    Object.assign(container.style, { position: "fixed", left: "-100000px", top: "0", width: `${width}px`, height: `${height}px` });
    document.body.append(container);
    const t = performance.now();
    const map = new Map({ container, style, center, zoom, pixelRatio, interactive: false, attributionControl: false,
      fadeDuration: 0, maxCanvasSize: [16384, 16384], canvasContextAttributes: { preserveDrawingBuffer: true } });
    const square = { width: 44, height: 44, data: new Uint8Array(44 * 44 * 4).fill(128) };
    map.setMissingStyleImageResolver((id) => map.hasImage(id) || map.addImage(id, square, { pixelRatio: 2 }));
    await new Promise((r) => map.once("idle", r));
    await new Promise((r) => map.getCanvas().toBlob(r, "image/png"));
    const ms = performance.now() - t;
    map.remove();
    container.remove();
    return ms;
  }, { ...view, style });
}

/**
 * Map frames per second on the bare page: the animation's frames (each day, then all days) drawn one by one
 * with the `days` global state, each to idle and copied off the canvas, as an encoder would take it.
 */
function bareFramesPerSecond(page, view, style, days) {
  return page.evaluate(async ({ width, height, center, zoom, pixelRatio, style, days }) => {
    const Map = window.__map.constructor;
    const container = document.createElement("div");
    Object.assign(container.style, { position: "fixed", left: "-100000px", top: "0", width: `${width}px`, height: `${height}px` });
    document.body.append(container);
    const map = new Map({ container, style, center, zoom, pixelRatio, interactive: false, fadeDuration: 0,
      canvasContextAttributes: { preserveDrawingBuffer: true } });
    const square = { width: 44, height: 44, data: new Uint8Array(44 * 44 * 4).fill(128) };
    map.setMissingStyleImageResolver((id) => map.hasImage(id) || map.addImage(id, square, { pixelRatio: 2 }));
    await new Promise((r) => map.once("idle", r));
    if (typeof map.getGlobalState().days !== "string") throw new Error("the live style has no `days` global state to step");
    const frames = [...days.map((d) => `${d}/${d}`), "0000-01-01/9999-12-31"];
    const t = performance.now();
    for (const value of frames) {
      const idle = new Promise((r) => map.once("idle", r));
      map.setGlobalStateProperty("days", value);
      map.triggerRepaint();
      await idle;
      (await createImageBitmap(map.getCanvas())).close();
    }
    const perSecond = frames.length / ((performance.now() - t) / 1000);
    map.remove();
    container.remove();
    return perSecond;
  }, { ...view, style, days });
}

export async function exportBench({ root, browser, app, base }) {
  const ts = (file) => tsImport(path.join(root, file), import.meta.url);
  const { PNG_PRESETS, ANIMATION_SIZES } = await ts("lib/export/presets.ts");
  const { fixedLayout } = await ts("lib/export/frame-layout.ts");
  const { frameCamera } = await ts("lib/export/framing.ts");
  const { DEFAULT_BOUNDS } = await ts("lib/map/view.ts");
  const events = (await (await fetch(`${app}/api/events?date=${DAY}`)).json()).features;
  const allEvents = (await (await fetch(`${app}/api/events`)).json()).features;
  // The framing our presets use, with an estimate of text widths (the browser measures its own font).
  const measure = (text, size) => text.length * size * 0.56;
  const framed = (list, width, height) => {
    const layout = fixedLayout(width, height);
    const places = list.map((e) => ({ at: e.geometry.coordinates, label: e.properties.place.name }));
    const cam = frameCamera({ places, width: layout.map.w, height: layout.map.h, labels: true, measure, fallback: DEFAULT_BOUNDS });
    return { width: layout.map.w, height: layout.map.h, center: cam.center, zoom: cam.zoom, pixelRatio: layout.unit };
  };

  const ours = await openMap(browser, `${app}/?day=${DAY}`);
  const bare = await openMap(browser, `${base}/`, { nudge: true });
  const rows = [];
  try {
    const { page } = ours;
    const screen = await page.evaluate(() => {
      const m = window.__strikeMap;
      const c = m.getContainer();
      return { width: c.clientWidth, height: c.clientHeight, center: [m.getCenter().lng, m.getCenter().lat], zoom: m.getZoom() };
    });
    // The live style, its files taken from the baseline server (which serves the app's public/ at the same paths).
    const style = JSON.parse((await page.evaluate(() => JSON.stringify(window.__strikeMap.getStyle()))).replaceAll(`${app}/`, `${base}/`));
    const cases = [
      { name: "PNG 4× as on screen", item: "PNG 4×", view: { ...screen, pixelRatio: 4 } },
      ...PNG_PRESETS.map((p) => ({ name: `PNG ${p.id}`, item: `PNG ${p.label}`, view: framed(events, p.width, p.height) })),
    ];
    for (const c of cases) {
      const o = [];
      const b = [];
      for (let i = 0; i < RUNS; i++) {
        o.push(await timedExport(page, c.item));
        b.push(await bareRender(bare.page, c.view, style));
      }
      const marks = await page.evaluate(() => {
        const m = performance.getEntriesByType("measure").filter((e) => e.name.startsWith("export:")).slice(-4);
        performance.clearMeasures();
        return m.map((e) => `${e.name.slice(7)} ${Math.round(e.duration)}`).join(", ");
      });
      console.log(`  ${c.name}: ours ${o.map(Math.round).join(" ")} ms (last: ${marks} ms since start), bare ${b.map(Math.round).join(" ")} ms`);
      rows.push({ name: `export ${c.name}: click to file (median of ${RUNS})`, ours: median(o), baseline: median(b), unit: "ms" });
    }

    // The animation at 1280×720 and 0.5 s a day: frames of the map (one per day plus the closing frame).
    const size = ANIMATION_SIZES.find((s) => s.id === "1280x720");
    const dayList = (await (await fetch(`${app}/api/timeline`)).json()).days.map((d) => d.date);
    const days = dayList.length;
    await page.getByRole("button", { name: "Export" }).click();
    await page.getByRole("menuitem", { name: /Animation/ }).click();
    const dialog = page.getByRole("dialog", { name: "Export an animation" });
    await dialog.getByLabel("Size").selectOption(size.id);
    await dialog.getByLabel("Seconds per day").selectOption("0.5");
    const format = (await dialog.getByRole("radio", { name: /^MP4/ }).isEnabled()) ? "MP4" : "WebM";
    await dialog.getByRole("radio", { name: new RegExp(`^${format}`) }).check();
    const t = Date.now();
    await Promise.all([page.waitForEvent("download", { timeout: 240_000 }), dialog.getByRole("button", { name: `Export ${format}` }).click()]);
    const seconds = (Date.now() - t) / 1000;
    const spent = await page.evaluate(() =>
      Object.fromEntries(performance.getEntriesByType("measure").filter((e) => e.name.startsWith("export:animation-")).map((e) => [e.name.slice(17), e.duration / 1000])),
    );
    console.log(`  animation time: ${Object.entries(spent).map(([k, v]) => `${k} ${v.toFixed(1)} s`).join(", ")}`);
    const rps = await bareFramesPerSecond(bare.page, framed(allEvents, size.width, size.height), style, dayList);
    console.log(`  animation ${format} ${size.id}: ${days + 1} map frames in ${seconds.toFixed(1)} s; bare ${rps.toFixed(1)} frames/s`);
    rows.push({ name: `export animation ${format} ${size.id}, 0.5 s/day: map frames per second`, ours: (days + 1) / seconds, baseline: rps, unit: "frames/s" });
    // The same frames without the encoder, which holds each day for its seconds at a constant frame rate.
    if (spent.map) rows.push({ name: `export animation ${format} ${size.id}: map frames per second, rendering only`, ours: (days + 1) / spent.map, baseline: rps, unit: "frames/s" });
  } finally {
    await ours.close();
    await bare.close();
  }
  return rows;
}

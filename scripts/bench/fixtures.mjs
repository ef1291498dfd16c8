// Everything the baseline server serves, written to a temp dir at bench time (never committed):
// our API answer byte for byte, the events as flat map features (real and 100,000 generated),
// maplibre-gl's own dist files, the basemap, the font, and the bare MapLibre page.
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { tsImport } from "tsx/esm/api";

/** Per-connection or per-encoding headers; everything else our API sends is copied. */
const SKIP_HEADERS = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding"]);

/**
 * The bare page: maplibre-gl.mjs and its worker, the same countries and cities layers as our style
 * (built by our own layer functions), the same font-faces, bounds and options; no app around it.
 * `?events=<file>` adds that FeatureCollection as one circle layer. The body turns data-state="idle"
 * on the map's first idle.
 */
function barePage(style, view) {
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>bare MapLibre</title>
<link rel="stylesheet" href="/maplibre-gl.css">
<style>html,body{margin:0;height:100%}#map{position:absolute;inset:0}</style></head>
<body data-state="loading"><div id="map"></div>
<script type="module">
import * as maplibregl from "/maplibre-gl.mjs";
maplibregl.setWorkerUrl("/maplibre-gl-worker.mjs");
const style = JSON.parse(${JSON.stringify(JSON.stringify(style))}.replaceAll("__ORIGIN__", location.origin));
const events = new URLSearchParams(location.search).get("events");
if (events) {
  style.sources.events = { type: "geojson", data: location.origin + "/" + events };
  style.layers.push({ id: "events", type: "circle", source: "events",
    paint: { "circle-radius": 5, "circle-color": "#d55e00", "circle-stroke-color": "#ffffff", "circle-stroke-width": 1 } });
}
const map = new maplibregl.Map({ container: "map", style, bounds: ${JSON.stringify(view.bounds)},
  maxBounds: ${JSON.stringify(view.maxBounds)}, fadeDuration: 0, canvasContextAttributes: { preserveDrawingBuffer: true } });
window.__map = map;
map.once("idle", () => { document.body.dataset.state = "idle"; });
</script></body></html>
`;
}

export async function makeFixtures(root, appOrigin) {
  const ts = (file) => tsImport(path.join(root, file), import.meta.url);
  const { generateEvents } = await ts("scripts/bench/generate-events.ts");
  const { toMapFeatures } = await ts("lib/map/map-features.ts");
  const { landLayers } = await ts("lib/map/layers/land.ts");
  const { cityLayers } = await ts("lib/map/layers/cities.ts");
  const { LIGHT } = await ts("lib/map/theme.ts");
  const { FONT } = await ts("lib/map/ids.ts");
  const { DEFAULT_BOUNDS, MAX_BOUNDS } = await ts("lib/map/view.ts");

  const dir = mkdtempSync(path.join(os.tmpdir(), "strike-bench-"));
  const write = (name, data) => writeFileSync(path.join(dir, name), data);
  const cleanup = async () => rmSync(dir, { recursive: true, force: true });
  try {
    const res = await fetch(`${appOrigin}/api/events`, { signal: AbortSignal.timeout(30_000) });
    if (!res.ok) throw new Error(`GET /api/events answered ${res.status}`);
    const body = Buffer.from(await res.arrayBuffer());
    const headers = Object.fromEntries([...res.headers].filter(([k]) => !SKIP_HEADERS.has(k)));
    write("api-events.json", body);
    write("events-real.json", JSON.stringify(toMapFeatures(JSON.parse(body.toString()).features)));
    const big = toMapFeatures(generateEvents(100_000, 1));
    write("events-100k.json", JSON.stringify(big));
    // 20 days to step through, and a day outside them that both maps show before the first step.
    const dates = [...new Set(big.features.map((f) => f.properties.date))].sort();
    const days100k = { start: dates.at(-1), steps: dates.slice(0, 20) };

    const dist = path.join(root, "node_modules", "maplibre-gl", "dist");
    for (const f of ["maplibre-gl.mjs", "maplibre-gl-worker.mjs", "maplibre-gl.css"]) copyFileSync(path.join(dist, f), path.join(dir, f));
    for (const f of ["countries.geojson", "cities.geojson"]) copyFileSync(path.join(root, "geodata", "basemap", f), path.join(dir, f));
    const font = "noto-sans-latin-400-normal.woff2";
    copyFileSync(path.join(root, "node_modules", "@fontsource", "noto-sans", "files", font), path.join(dir, font));
    const style = {
      version: 8,
      "font-faces": { [FONT.regular]: [{ url: `__ORIGIN__/${font}`, "unicode-range": ["U+0000-024F", "U+2000-206F"] }] },
      sources: {
        countries: { type: "geojson", data: "__ORIGIN__/countries.geojson" },
        cities: { type: "geojson", data: "__ORIGIN__/cities.geojson" },
      },
      layers: [...landLayers(LIGHT), ...cityLayers(LIGHT)],
    };
    write("index.html", barePage(style, { bounds: DEFAULT_BOUNDS, maxBounds: MAX_BOUNDS }));
    return { dir, routes: { "/api/events": { file: "api-events.json", headers } }, etag: headers.etag, days100k, cleanup };
  } catch (e) {
    await cleanup();
    throw e;
  }
}

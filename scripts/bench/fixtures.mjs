// Everything the baseline server serves besides the app's own public/ files (basemap, sprite, fonts,
// points of view, the worker, at the paths the style names), written to a temp dir at bench time and
// never committed: our API answer byte for byte, the events as flat map features (real and 100,000
// generated), the boundary lines, maplibre-gl's own dist files, and the bare MapLibre page.
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { tsImport } from "tsx/esm/api";

/** Per-connection or per-encoding headers; everything else our API sends is copied. */
const SKIP_HEADERS = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding"]);

/** The number of generated events for the "100k events" rows. */
export const BIG = 100_000;

/**
 * The bare page: maplibre-gl.mjs and its worker from MapLibre's dist, with our full style built by the
 * app's own functions (bare-map.ts); no React, no Next.js.
 */
const BARE_PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><title>bare MapLibre</title>
<link rel="stylesheet" href="/maplibre-gl.css">
<script type="importmap">{ "imports": { "maplibre-gl": "/maplibre-gl.mjs" } }</script>
<style>html,body{margin:0;height:100%}#map{position:absolute;inset:0}</style></head>
<body data-state="loading"><div id="map"></div>
<script type="module" src="/bare-map.mjs"></script></body></html>
`;

/** esbuild as tsx ships it (no dependency of its own). */
function esbuild() {
  const tsx = createRequire(import.meta.url).resolve("tsx/esm/api");
  return createRequire(tsx)("esbuild");
}

/**
 * Writes the fixtures for a run against the app at `appOrigin`. `big` adds the 100,000 generated events
 * (the 100k benchmark needs them; they take a few seconds and ~150 MB): whole for our app, which gets
 * them as its /api/events (`appEvents100k`, a file name), and as the bare page's flat features. `dirs` lists what the baseline server serves.
 */
export async function makeFixtures(root, appOrigin, { big = false } = {}) {
  const ts = (file) => tsImport(path.join(root, file), import.meta.url);
  const { toMapFeatures } = await ts("lib/map/map-features.ts");

  const dir = mkdtempSync(path.join(os.tmpdir(), "strike-bench-"));
  const write = (name, data) => writeFileSync(path.join(dir, name), data);
  const cleanup = async () => rmSync(dir, { recursive: true, force: true });
  try {
    const get = async (url) => {
      const res = await fetch(`${appOrigin}${url}`, { signal: AbortSignal.timeout(30_000) });
      if (!res.ok) throw new Error(`GET ${url} answered ${res.status}`);
      return res;
    };
    const res = await get("/api/events");
    const body = Buffer.from(await res.arrayBuffer());
    const headers = Object.fromEntries([...res.headers].filter(([k]) => !SKIP_HEADERS.has(k)));
    write("api-events.json", body);
    const real = JSON.parse(body.toString());
    write("events-real.json", JSON.stringify(toMapFeatures(real.features)));
    write("boundaries.json", Buffer.from(await (await get("/api/boundaries")).arrayBuffer()));
    const realDays = [...new Set(real.features.map((f) => f.properties.date))].sort();

    let days100k;
    let appEvents100k;
    if (big) {
      const { generateEvents } = await ts("scripts/bench/generate-events.ts");
      const generated = generateEvents(BIG, 1);
      appEvents100k = "events-100k-app.json";
      write(appEvents100k, JSON.stringify({ type: "FeatureCollection", dataVersion: "bench-100k", features: generated }));
      write("events-100k.json", JSON.stringify(toMapFeatures(generated)));
      days100k = [...new Set(generated.map((f) => f.properties.date))].sort();
    }

    const dist = path.join(root, "node_modules", "maplibre-gl", "dist");
    for (const f of ["maplibre-gl.mjs", "maplibre-gl.css"]) copyFileSync(path.join(dist, f), path.join(dir, f));
    await esbuild().build({
      entryPoints: [path.join(root, "scripts", "bench", "bare-map.ts")],
      bundle: true,
      format: "esm",
      minify: true,
      external: ["maplibre-gl"],
      outfile: path.join(dir, "bare-map.mjs"),
      logLevel: "warning",
    });
    write("index.html", BARE_PAGE);
    return {
      dir,
      // The app's public/ (the files its style names, at the same paths) and then the fixtures.
      dirs: [path.join(root, "public"), dir],
      routes: { "/api/events": { file: "api-events.json", headers } },
      etag: headers.etag,
      realDays,
      days100k,
      appEvents100k,
      cleanup,
    };
  } catch (e) {
    await cleanup();
    throw e;
  }
}

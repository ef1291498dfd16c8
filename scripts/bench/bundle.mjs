// First-load JavaScript of `/`: every script the page fetched until the map's first idle,
// each body gzipped here at level 6 (the same measure as the baseline, whatever the server sent).
// Baseline: maplibre-gl's own dist/maplibre-gl.mjs at gzip level 6. The worker is reported apart.
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { openMap } from "./browser.mjs";

const WORKER = "/maplibre-gl-worker.mjs";
const gz6 = (buf) => gzipSync(buf, { level: 6 }).length;
const kB = (bytes) => bytes / 1000;

export async function bundle({ browser, app, root }) {
  const dist = (f) => readFileSync(path.join(root, "node_modules", "maplibre-gl", "dist", f));
  const scripts = [];
  const record = (res) => {
    if (res.request().resourceType() === "script" && !new URL(res.url()).pathname.endsWith(WORKER)) scripts.push(res);
  };
  const map = await openMap(browser, `${app}/`, { onPage: (page) => page.on("response", record) });
  let gzipped = 0;
  let wire = 0;
  try {
    for (const res of scripts) {
      gzipped += gz6(await res.body());
      wire += (await res.request().sizes()).responseBodySize;
    }
  } finally {
    await map.close();
  }
  console.log(`  ${scripts.length} scripts, ${kB(wire).toFixed(1)} kB as sent by the server (request.sizes())`);

  const worker = await fetch(`${app}${WORKER}`, { signal: AbortSignal.timeout(30_000) });
  const workerBytes = Buffer.from(await worker.arrayBuffer());
  return [
    { name: "first-load JS of / until idle (gzip -6)", ours: kB(gzipped), baseline: kB(gz6(dist("maplibre-gl.mjs"))), unit: "kB" },
    { name: "map worker (gzip -6)", ours: kB(gz6(workerBytes)), baseline: kB(gz6(dist("maplibre-gl-worker.mjs"))), unit: "kB" },
  ];
}

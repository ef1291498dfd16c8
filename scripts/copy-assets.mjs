// Copies the assets the map needs at run time out of npm packages into public/, so nothing is fetched
// from another host: MapLibre's worker (it cannot resolve its own URL under Next's bundler) the label font, and the basemap.
import { copyFileSync, mkdirSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, "..");
const pkgDir = (name) => path.dirname(require.resolve(`${name}/package.json`));
const copies = [
  [path.join(pkgDir("maplibre-gl"), "dist/maplibre-gl-worker.mjs"), "public/maplibre-gl-worker.mjs"],
  [path.join(pkgDir("@fontsource/noto-sans"), "files/noto-sans-latin-400-normal.woff2"), "public/fonts/noto-sans-latin-400-normal.woff2"],
  [path.join(pkgDir("@fontsource/noto-sans"), "files/noto-sans-latin-700-normal.woff2"), "public/fonts/noto-sans-latin-700-normal.woff2"],
  [path.join(pkgDir("@fontsource/noto-sans"), "files/noto-sans-latin-400-italic.woff2"), "public/fonts/noto-sans-latin-400-italic.woff2"],
  // The basemap is committed under geodata/ with the script that derives it; the browser loads it as static files.
  ...readdirSync(path.join(root, "geodata/basemap"))
    .filter((f) => f.endsWith(".geojson") || /^sprite(@2x)?\.(json|png)$/.test(f))
    .map((f) => [path.join(root, "geodata/basemap", f), `public/basemap/${f}`]),
  // The boundary points of view (fills, lines, labels per view); the topology stays server-side.
  ...readdirSync(path.join(root, "geodata/basemap/pov"))
    .filter((f) => f.endsWith(".geojson"))
    .map((f) => [path.join(root, "geodata/basemap/pov", f), `public/basemap/pov/${f}`]),
];
for (const [from, to] of copies) {
  mkdirSync(path.dirname(path.join(root, to)), { recursive: true });
  copyFileSync(from, path.join(root, to));
}
console.log(`copied ${copies.length} assets into public/`);

import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT_DIR = path.resolve(import.meta.dirname, "..");
/** The modules the page runs before its map first draws: the dashboard and everything it imports statically. */
const ENTRY = "components/app/dashboard.tsx";
/**
 * zod weighs about 30 kB gzip (zod/mini about 23 kB as the bundler includes it), as much as the rest of
 * the app's own first-load JS. The page checks the server's answers and opens files with it after the
 * first draw (dynamic imports); its URL is read by small parsers.
 */
const NOT_ON_FIRST_LOAD = ["zod"];
/**
 * What the reader needs only once the map has drawn, or only when asked: loaded then (after the first draw,
 * or when the menu, the dialog, a file or the details open), so it does not delay the first draw.
 */
const AFTER_FIRST_DRAW = [
  "components/export/export-menu-body.tsx",
  "components/import/open-data.tsx",
  "components/import/use-file-import.ts",
  "components/import/local-banner.tsx",
  "components/import/local-depth.tsx",
  "components/follow/follow-controls.tsx",
  "components/app/url-notice.tsx",
  "components/app/url-state/link-issues.ts",
  "lib/client/contract-check.ts",
  "lib/events/detail-labels.ts",
  "lib/events/attribution-details.ts",
];
const isPackage = (pkg: string) => (spec: string) => spec === pkg || spec.startsWith(`${pkg}/`);

/** The app's own source files (tests excluded). */
function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT_DIR, dir), { recursive: true, encoding: "utf8" })
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
    .map((f) => path.join(dir, f));
}

/** Value imports only: `import type` and imports of types alone are erased; `import()` loads later. */
const STATIC_IMPORT = /^(?:import|export)\s+(?!type\b)([^"';]*?)\s*from\s+["']([^"']+)["']|^import\s+["']([^"']+)["']/gm;

function typesOnly(bindings: string): boolean {
  const named = bindings.trim();
  if (!/^\{[^}]*\}$/.test(named)) return false;
  const names = named.slice(1, -1).split(",").map((s) => s.trim()).filter(Boolean);
  return names.length > 0 && names.every((s) => s.startsWith("type "));
}

function resolveLocal(from: string, spec: string): string | null {
  const base = spec.startsWith("@/") ? path.join(ROOT_DIR, spec.slice(2)) : spec.startsWith(".") ? path.resolve(path.dirname(from), spec) : null;
  if (!base) return null;
  for (const ext of [".ts", ".tsx", "/index.ts", ""]) if (existsSync(base + ext) && /\.\w+$/.test(base + ext)) return base + ext;
  return null;
}

/** Each package the entry reaches, with one chain of files that leads there, and local imports it could not follow. */
function packagesReached(entry: string): { packages: Map<string, string[]>; files: Map<string, string[]>; unresolved: string[] } {
  const chains = new Map<string, string[]>([[path.join(ROOT_DIR, entry), [entry]]]);
  const packages = new Map<string, string[]>();
  const unresolved: string[] = [];
  const queue = [path.join(ROOT_DIR, entry)];
  while (queue.length > 0) {
    const file = queue.shift()!;
    const chain = chains.get(file)!;
    if (file.endsWith(".json")) continue;
    for (const m of readFileSync(file, "utf8").matchAll(STATIC_IMPORT)) {
      const spec = (m[2] ?? m[3])!;
      if (typesOnly(m[1] ?? "")) continue;
      const local = resolveLocal(file, spec);
      if (local === null) {
        if (spec.startsWith(".") || spec.startsWith("@/")) unresolved.push(`${chain.at(-1)} → ${spec}`);
        else if (!packages.has(spec)) packages.set(spec, [...chain, spec]);
        continue;
      }
      if (chains.has(local)) continue;
      chains.set(local, [...chain, path.relative(ROOT_DIR, local)]);
      queue.push(local);
    }
  }
  const files = new Map([...chains].map(([file, chain]) => [path.relative(ROOT_DIR, file), chain]));
  return { packages, files, unresolved };
}

describe("first load", () => {
  // What loads with the first file opened, tab or details (dynamic imports) is not the first load.
  const { packages, files, unresolved } = packagesReached(ENTRY);

  it("follows every local import (one it cannot resolve would hide what lies behind it)", () => {
    expect(unresolved).toEqual([]);
  });

  it("reaches the packages every page needs (the walk follows imports)", () => {
    expect([...packages.keys()]).toEqual(expect.arrayContaining(["react", "swr", "maplibre-gl"]));
  });

  it.each(NOT_ON_FIRST_LOAD)("leaves %s out of what the page runs before its first draw", (pkg) => {
    const chain = [...packages].find(([spec]) => isPackage(pkg)(spec))?.[1];
    expect(chain, chain && `imported through ${chain.join(" → ")}`).toBeUndefined();
  });

  it.each(AFTER_FIRST_DRAW)("leaves %s to load after the first draw", (file) => {
    expect(existsSync(path.join(ROOT_DIR, file)), `${file} exists`).toBe(true);
    const chain = files.get(file);
    expect(chain, chain && `imported through ${chain.join(" → ")}`).toBeUndefined();
  });

  it("reaches the modules it must (the walk is not cut short)", () => {
    expect([...files.keys()]).toEqual(expect.arrayContaining(["components/map/strike-map.tsx", "components/export/export-menu.tsx", "lib/events/labels.ts"]));
  });

  // The bundler keeps only the MapLibre classes that are named. A namespace loaded with import() names
  // them all (markers, popups, the geolocation and fullscreen controls: about 7 kB gzip) in the chunk
  // the first draw loads, as the map shares it.
  it("never loads maplibre-gl as a whole namespace with import()", () => {
    const offenders = ["app", "components", "lib"]
      .flatMap(sourceFiles)
      .filter((f) => /import\(\s*["']maplibre-gl["']\s*\)/.test(readFileSync(path.join(ROOT_DIR, f), "utf8")));
    expect(offenders).toEqual([]);
  });
});

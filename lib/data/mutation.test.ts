import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { BoundaryFeature } from "../schemas/boundary";
import type { EventFeature } from "../schemas/event";
import { GEODATA_DIR, loadGeodata } from "./load-geodata";
import { GeodataError, type DataIssue } from "./validate";

/**
 * Each real geodata file, broken in one known way, must be rejected with an issue naming that file,
 * that feature and that exact field; a loader that only says "invalid" is no help to whoever edits the data.
 */

type Collection<F> = { type: "FeatureCollection"; features: F[] };
type AnyFeature = EventFeature | BoundaryFeature;
/** Breaks the first feature of the collection in place and returns the field path the loader must name. */
type Mutation<F> = { name: string; apply: (fc: Collection<F>, first: F) => string };

const EVENT_FILES = readdirSync(path.join(GEODATA_DIR, "events"))
  .filter((f) => f.endsWith(".geojson"))
  .sort();
const realText = (rel: string) => readFileSync(path.join(GEODATA_DIR, rel), "utf8");

const root = mkdtempSync(path.join(tmpdir(), "geodata-mutation-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A copy of the whole real geodata folder (whatever the loader reads) with the file `rel` replaced by `content`. */
function fixture(rel: string, content: unknown): string {
  const dir = mkdtempSync(path.join(root, "case-"));
  cpSync(GEODATA_DIR, dir, { recursive: true });
  writeFileSync(path.join(dir, rel), JSON.stringify(content, null, 2));
  return dir;
}

async function issuesOf(dir: string): Promise<DataIssue[]> {
  const error = await loadGeodata(dir).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GeodataError);
  return (error as GeodataError).issues.map((i) => ({ ...i, file: path.resolve(process.cwd(), i.file) }));
}

/** The first position of a geometry and its field path, e.g. `geometry.coordinates[0]` for a line. */
function firstPosition(g: AnyFeature["geometry"]): { position: number[]; field: string } {
  switch (g.type) {
    case "Point":
      return { position: g.coordinates, field: "geometry.coordinates" };
    case "LineString":
      return { position: g.coordinates[0]!, field: "geometry.coordinates[0]" };
    case "MultiLineString":
    case "Polygon":
      return { position: g.coordinates[0]![0]!, field: "geometry.coordinates[0][0]" };
  }
}

const loose = (o: object) => o as Record<string, unknown>;

/** A mutation the loader must report at a fixed field. */
function at<F>(name: string, field: string, change: (first: F, fc: Collection<F>) => void): Mutation<F> {
  return {
    name,
    apply: (fc, first) => {
      change(first, fc);
      return field;
    },
  };
}

const outOfRange: Mutation<AnyFeature>[] = [
  {
    name: "latitude out of range",
    apply: (_, f) => {
      const { position, field } = firstPosition(f.geometry);
      position[1] = 91;
      return `${field}[1]`;
    },
  },
  {
    name: "longitude out of range",
    apply: (_, f) => {
      const { position, field } = firstPosition(f.geometry);
      position[0] = -181;
      return `${field}[0]`;
    },
  },
];

const EVENT_MUTATIONS: Mutation<EventFeature>[] = [
  at("missing title", "properties.title", (f) => {
    delete loose(f.properties).title;
  }),
  at("missing nested province", "properties.place.province", (f) => {
    delete loose(f.properties.place).province;
  }),
  at("impossible date", "properties.date", (f) => {
    f.properties.date = "2025-02-30";
  }),
  at("bad source publication date", "properties.sources[0].published", (f) => {
    f.properties.sources[0]!.published = "2025-13-01";
  }),
  ...outOfRange,
  at("http source URL", "properties.sources[0].url", (f) => {
    const source = f.properties.sources[0]!;
    source.url = source.url.replace(/^https:/, "http:");
  }),
  at("duplicate id", "properties.id", (f, fc) => {
    fc.features.push(structuredClone(f));
  }),
  at("unknown kind", "properties.kind", (f) => {
    loose(f.properties).kind = "nuclear_strike";
  }),
  at("unknown verification status", "properties.verification.status", (f) => {
    loose(f.properties.verification).status = "rumoured";
  }),
  at("unknown attribution", "properties.attribution", (f) => {
    loose(f.properties).attribution = "probable";
  }),
  at("unknown source type", "properties.sources[0].type", (f) => {
    loose(f.properties.sources[0]!).type = "press_release";
  }),
  at("contested actor without a disputed attribution", "properties.attribution", (f) => {
    f.properties.contested = [...f.properties.contested.filter((c) => c !== "actor"), "actor"];
    f.properties.attribution = "established";
  }),
  at("stated target citing a source the event does not list", "properties.statedTarget.source", (f) => {
    f.properties.statedTarget = { value: "military_site", statedBy: "A spokesman", source: "https://example.org/unlisted" };
  }),
  at("weak sources alone", "properties.sources", (f) => {
    for (const s of f.properties.sources) s.type = "blog";
  }),
  at("accused side named as fact in the title of a claimed attribution", "properties.title", (f) => {
    Object.assign(f.properties, { actor: "pakistan", attribution: "claimed", statedTarget: undefined, title: "Pakistani fire hits a test site" });
    f.properties.contested = f.properties.contested.filter((c) => c !== "actor");
  }),
];

const BOUNDARY_MUTATIONS: Mutation<BoundaryFeature>[] = [
  at("missing name", "properties.name", (f) => {
    delete loose(f.properties).name;
  }),
  at("unknown kind", "properties.kind", (f) => {
    loose(f.properties).kind = "ceasefire_line";
  }),
  {
    name: "a 1-point line",
    apply: (_, f) => {
      const g = f.geometry;
      if (g.type === "LineString") {
        g.coordinates = g.coordinates.slice(0, 1);
        return "geometry.coordinates";
      }
      g.coordinates[0] = g.coordinates[0]!.slice(0, 1);
      return "geometry.coordinates[0]";
    },
  },
  ...outOfRange,
];

function cases<F extends AnyFeature>(files: string[], mutations: Mutation<F>[]) {
  return files.flatMap((rel) => mutations.map((m) => ({ rel, mutation: m, label: `${rel}: ${m.name}` })));
}

async function expectRejected<F extends AnyFeature>(rel: string, mutation: Mutation<F>) {
  const fc = JSON.parse(realText(rel)) as Collection<F>;
  const first = fc.features[0]!;
  const feature = `"${first.properties.id}"`;
  const field = mutation.apply(fc, first);
  const dir = fixture(rel, fc);
  const issues = await issuesOf(dir);
  const file = path.join(dir, rel);
  expect(issues).toContainEqual({ file, feature, field, message: expect.any(String) });
  // Nothing else is blamed: the rest of the real data is still valid.
  expect(issues.filter((i) => i.file !== file || i.feature !== feature)).toEqual([]);
}

describe("geodata mutations", () => {
  it("loads an unmodified copy of the real data", async () => {
    const data = await loadGeodata(fixture("boundaries.geojson", JSON.parse(realText("boundaries.geojson"))));
    expect(data.events.length).toBeGreaterThan(0);
  });

  it.each(cases(EVENT_FILES.map((f) => path.join("events", f)), EVENT_MUTATIONS))("rejects $label", ({ rel, mutation }) =>
    expectRejected(rel, mutation),
  );

  it.each(cases(["boundaries.geojson"], BOUNDARY_MUTATIONS))("rejects $label", ({ rel, mutation }) =>
    expectRejected(rel, mutation),
  );
});

import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { area, booleanPointInPolygon, booleanValid, distance, featureCollection, intersect } from "@turf/turf";
import { feature } from "topojson-client";
import type { Feature, LineString, MultiLineString, MultiPolygon, Polygon } from "geojson";
import { describe, expect, it } from "vitest";
import { KARAKORAM_PASS, NJ9842 } from "../geo/reference-points";
import type { Position } from "../schemas/geometry";
import { POV_DIR, POV_FILES, POV_SIZE_BUDGET_BYTES, POV_TOTAL_BUDGET_BYTES, type PovFile } from "./config";
import { POVS, type Pov } from "./pov";
import {
  PovLabelPropertiesSchema,
  PovLinePropertiesSchema,
  PovUnitPropertiesSchema,
  type PovCountry,
  type PovLineProperties,
  type PovUnitProperties,
} from "./schemas";
import { viewCountries, viewRegions, type UnitsTopology } from "./view-geometry";

// The committed output of scripts/basemap/pov/build-pov.ts, read from disk; no network.
const file = (key: PovFile) => path.resolve(import.meta.dirname, "../..", POV_DIR, POV_FILES[key]);
const read = (key: PovFile): unknown => JSON.parse(readFileSync(file(key), "utf8"));
const topo = read("topology") as UnitsTopology;
const units = topo.objects.units.geometries;
const DISPUTED = units.map((g) => g.properties as PovUnitProperties).filter((p) => !["india", "pakistan", "china"].includes(p.id)).map((p) => p.id);

const PLACES = {
  muzaffarabad: [73.47, 34.37],
  gilgit: [74.31, 35.92],
  srinagar: [74.8, 34.08],
  leh: [77.58, 34.16],
  siachen: [77.2, 35.4],
  aksaiChin: [79.3, 35.2],
  shaksgam: [76.5, 36.0],
  junagadh: [70.46, 21.52],
  lahore: [74.34, 31.55],
  delhi: [77.21, 28.61],
} satisfies Record<string, Position>;

/** The country whose polygon holds the point in a view, or null. */
function countryAt(pov: Pov, p: Position): PovCountry | null {
  return viewCountries(topo, pov).find((c) => booleanPointInPolygon(p, c))?.properties.country ?? null;
}
const regionAt = (pov: Pov, p: Position) => viewRegions(topo, pov).find((r) => booleanPointInPolygon(p, r))?.properties;

describe("the partition (units.topo.json)", () => {
  it("gives every piece valid properties and a unique id", () => {
    const ids = units.map((g) => PovUnitPropertiesSchema.parse(g.properties).id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("holds every Kashmir disputed area Natural Earth draws, and Pakistan's other claims", () => {
    expect(DISPUTED).toEqual(
      expect.arrayContaining(["azad-kashmir", "gilgit-baltistan", "jammu-kashmir-ladakh", "siachen", "shaksgam", "aksai-chin", "demchok", "junagadh", "manavadar", "sir-creek"]),
    );
  });
});

describe.each(POVS)("the %s view", (pov) => {
  const countries = viewCountries(topo, pov);

  it("has one valid, non-empty polygon per country", () => {
    expect(countries.map((c) => c.properties.country)).toEqual(["india", "pakistan", "china"]);
    for (const c of countries) {
      expect(c.geometry.coordinates.length).toBeGreaterThan(0);
      expect(booleanValid(c), `${pov}: ${c.properties.country}`).toBe(true);
    }
  });

  it("puts every disputed or claimed area in exactly one country", () => {
    const owners = DISPUTED.map((id) => countries.filter((c) => c.properties.units.includes(id)).length);
    expect(owners).toEqual(DISPUTED.map(() => 1));
  });

  it("covers the same ground as the pieces, and no two countries overlap", () => {
    expect(countries.reduce((n, c) => n + c.properties.units.length, 0)).toBe(units.length);
    const whole = countries.reduce((s, c) => s + area(c), 0);
    const pieces = (feature(topo, topo.objects.units).features as Feature<Polygon | MultiPolygon>[]).reduce((s, f) => s + area(f), 0);
    expect(Math.abs(whole - pieces) / pieces).toBeLessThan(1e-6);
    for (const [a, b] of [[0, 1], [0, 2], [1, 2]] as const) {
      const shared = intersect(featureCollection([countries[a]!, countries[b]!]));
      expect(shared ? area(shared) / 1e6 : 0, `${pov}: ${countries[a]!.properties.country}/${countries[b]!.properties.country}`).toBeLessThan(1);
    }
  });
});

describe("the views differ where the official depictions do", () => {
  it("puts Muzaffarabad in India's polygon in India's view, in Pakistan-administered territory by default", () => {
    expect(countryAt("india", PLACES.muzaffarabad)).toBe("india");
    expect(countryAt("international", PLACES.muzaffarabad)).toBe("pakistan");
    expect(regionAt("international", PLACES.muzaffarabad)).toMatchObject({ id: "azad-kashmir", admin: "pakistan", style: "disputed" });
    expect(regionAt("india", PLACES.muzaffarabad)).toMatchObject({ style: "claimed" });
  });

  it("draws all of Jammu and Kashmir within Pakistan's border as disputed territory in Pakistan's view", () => {
    for (const p of [PLACES.srinagar, PLACES.leh, PLACES.muzaffarabad, PLACES.gilgit, PLACES.siachen]) {
      expect(countryAt("pakistan", p)).toBe("pakistan");
      expect(regionAt("pakistan", p)?.style).toBe("jk");
    }
    expect(regionAt("pakistan", PLACES.srinagar)?.admin).toBe("india");
  });

  it("keeps Aksai Chin and the Shaksgam valley Chinese in Pakistan's view and Indian in India's", () => {
    for (const p of [PLACES.aksaiChin, PLACES.shaksgam]) {
      expect(countryAt("pakistan", p)).toBe("china");
      expect(countryAt("india", p)).toBe("india");
      expect(countryAt("international", p)).toBe("china");
    }
  });

  it("claims Junagadh for Pakistan in its view only", () => {
    expect(countryAt("pakistan", PLACES.junagadh)).toBe("pakistan");
    expect(countryAt("india", PLACES.junagadh)).toBe("india");
    expect(countryAt("international", PLACES.junagadh)).toBe("india");
  });

  it("holds Siachen with India by default (India has held the glacier since 1984)", () => {
    expect(countryAt("international", PLACES.siachen)).toBe("india");
    expect(regionAt("international", PLACES.siachen)?.style).toBe("disputed");
  });

  it("never moves Lahore or Delhi", () => {
    for (const pov of POVS) expect([countryAt(pov, PLACES.lahore), countryAt(pov, PLACES.delhi)]).toEqual(["pakistan", "india"]);
  });
});

describe("the map files", () => {
  const areas = (read("areas") as { features: Feature[] }).features;
  const lines = (read("lines") as { features: Feature<LineString | MultiLineString, PovLineProperties>[] }).features;

  it("draws exactly the pieces of the topology that are not cores", () => {
    expect(areas.map((f) => (f.properties as { id: string }).id).sort()).toEqual([...DISPUTED].sort());
  });

  it("gives every line and label valid properties", () => {
    for (const l of lines) PovLinePropertiesSchema.parse(l.properties);
    for (const l of (read("labels") as { features: Feature[] }).features) PovLabelPropertiesSchema.parse(l.properties);
  });

  it("draws Pakistan's line of control from NJ9842 to the Karakoram Pass, in Pakistan's view only", () => {
    const loc = lines.filter((l) => l.properties.kind === "pakistan_loc");
    expect(loc.map((l) => l.properties.view)).toEqual(["pakistan"]);
    const coords = loc[0]!.geometry.coordinates as Position[];
    expect(distance(coords[0]!, NJ9842.position)).toBeLessThan(5);
    expect(distance(coords.at(-1)!, KARAKORAM_PASS.position)).toBeLessThan(1);
  });

  it("marks the frontier with China undefined in Pakistan's view, and draws each view's claims", () => {
    const kinds = (pov: Pov) => lines.filter((l) => l.properties.view === pov).map((l) => l.properties.kind).sort();
    expect(kinds("international")).toEqual(["claim"]);
    expect(kinds("india")).toEqual(["india_claim"]);
    expect(kinds("pakistan")).toEqual(["frontier_undefined", "pakistan_claim", "pakistan_loc", "region"]);
  });

  it.each(Object.keys(POV_FILES) as PovFile[])("keeps %s within its byte budget", (key) => {
    expect(statSync(file(key)).size).toBeLessThanOrEqual(POV_SIZE_BUDGET_BYTES[key]);
  });

  it("keeps all four files within the total budget", () => {
    const total = (Object.keys(POV_FILES) as PovFile[]).reduce((s, key) => s + statSync(file(key)).size, 0);
    expect(total).toBeLessThanOrEqual(POV_TOTAL_BUDGET_BYTES);
  });
});

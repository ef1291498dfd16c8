import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { booleanPointInPolygon, point } from "@turf/turf";
import { describe, expect, it } from "vitest";
import {
  BASEMAP_DIR,
  BASEMAP_FILES,
  SIZE_BUDGET_BYTES,
  TOTAL_SIZE_BUDGET_BYTES,
  type BasemapFile,
} from "./config";
import {
  CityCollectionSchema,
  CountryCollectionSchema,
  LandCollectionSchema,
  type CityCountry,
  type CountryFeature,
} from "./schemas";

const dir = path.resolve(import.meta.dirname, "../..", BASEMAP_DIR);
const readJson = (file: BasemapFile): unknown => JSON.parse(readFileSync(path.join(dir, BASEMAP_FILES[file]), "utf8"));

const countries = CountryCollectionSchema.parse(readJson("countries"));
const land = LandCollectionSchema.parse(readJson("land"));
const cities = CityCollectionSchema.parse(readJson("cities"));

const ISO_N3: Record<CityCountry, string> = { india: "356", pakistan: "586", china: "156", afghanistan: "004" };

function country(isoN3: string): CountryFeature {
  const found = countries.features.find((f) => f.properties.iso_n3 === isoN3);
  if (!found) throw new Error(`no country ${isoN3}`);
  return found;
}
const countriesAt = (lon: number, lat: number) =>
  countries.features.filter((f) => booleanPointInPolygon(point([lon, lat]), f.geometry)).map((f) => f.properties.name);
const isLand = (lon: number, lat: number) => booleanPointInPolygon(point([lon, lat]), land.features[0]!.geometry);

describe("basemap files", () => {
  it.each(Object.keys(BASEMAP_FILES) as BasemapFile[])("%s.geojson stays within its byte budget", (file) => {
    expect(statSync(path.join(dir, BASEMAP_FILES[file])).size).toBeLessThanOrEqual(SIZE_BUDGET_BYTES[file]);
  });

  it("stay within the total byte budget together", () => {
    const total = (Object.keys(BASEMAP_FILES) as BasemapFile[])
      .map((file) => statSync(path.join(dir, BASEMAP_FILES[file])).size)
      .reduce((a, b) => a + b, 0);
    expect(total).toBeLessThanOrEqual(TOTAL_SIZE_BUDGET_BYTES);
  });
});

describe("land", () => {
  it("is a single feature", () => {
    expect(land.features).toHaveLength(1);
  });

  it.each([
    ["Lahore", 74.35, 31.55],
    ["Srinagar", 74.8, 34.08],
  ])("covers %s", (_name, lon, lat) => {
    expect(isLand(lon, lat)).toBe(true);
  });

  it("leaves the Arabian Sea open", () => {
    expect(isLand(66.0, 22.5)).toBe(false);
  });
});

describe("countries", () => {
  it("puts Karachi in Pakistan and Amritsar in India", () => {
    expect(booleanPointInPolygon(point([67.01, 24.86]), country("586").geometry)).toBe(true);
    expect(booleanPointInPolygon(point([74.87, 31.63]), country("356").geometry)).toBe(true);
  });

  it("leaves the Arabian Sea in no country", () => {
    expect(countriesAt(66.0, 22.5)).toEqual([]);
  });

  it("keeps the Siachen Glacier unit as its own feature without an ISO code", () => {
    const siachen = countries.features.filter((f) => f.properties.name === "Siachen Glacier");
    expect(siachen).toHaveLength(1);
    expect(siachen[0]!.properties.iso_n3).toBeNull();
  });

  it("has one feature per unit", () => {
    const names = countries.features.map((f) => f.properties.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it("puts a point in the middle of Pakistan in Pakistan only", () => {
    expect(countriesAt(70.0, 30.0)).toEqual(["Pakistan"]);
  });
});

describe("cities", () => {
  const required = [
    "Srinagar", "Jammu", "Muzaffarabad", "Islamabad", "Rawalpindi", "Lahore", "Karachi", "Bahawalpur",
    "Amritsar", "New Delhi", "Sialkot", "Kotli", "Poonch", "Rajouri", "Uri", "Kupwara", "Pathankot",
    "Udhampur", "Bathinda", "Jaisalmer", "Bhuj", "Sargodha", "Jacobabad", "Sukkur", "Rahim Yar Khan",
    "Skardu", "Gilgit", "Peshawar", "Quetta", "Multan", "Faisalabad", "Chandigarh", "Anantnag", "Pahalgam",
  ];

  it.each(required)("include %s", (name) => {
    expect(cities.features.map((f) => f.properties.name)).toContain(name);
  });

  it("rank only the two national capitals and the two megacities 1", () => {
    const rank1 = cities.features.filter((f) => f.properties.rank === 1).map((f) => f.properties.name);
    expect(rank1.sort()).toEqual(["Islamabad", "Karachi", "Lahore", "New Delhi"]);
  });

  // Each position must fall inside the polygon of the country that administers the place: this catches
  // a misread coordinate and, in Kashmir, a city put on the wrong side of the Line of Control.
  it.each(cities.features.map((f) => [f.properties.name, f] as const))("put %s in its country", (_name, city) => {
    const inside = booleanPointInPolygon(city.geometry.coordinates, country(ISO_N3[city.properties.country]).geometry);
    expect(inside).toBe(true);
  });
});

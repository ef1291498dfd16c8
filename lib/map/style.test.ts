import { validateStyleMin } from "@maplibre/maplibre-gl-style-spec";
import { describe, expect, it } from "vitest";
import { buildStyle, overlay, withSourceData } from "./style";
import { THEMES } from "./theme";
import { LAYER, SOURCE } from "./ids";
import { landLayers } from "./layers/land";
import { disputedLayers } from "./layers/disputed";
import { waterLabelLayers, waterLayers } from "./layers/water";
import { placeLabelLayers } from "./layers/place-labels";
import { cityLayers } from "./layers/cities";
import { boundaryLayers } from "./layers/boundaries";
import { boundaryLabelLayers } from "./layers/boundary-labels";
import { eventLayers } from "./layers/events";
import { eventLabelLayers } from "./layers/event-labels";
import { toolLayers } from "./layers/tools";
import { povAreaLayers } from "./layers/pov-areas";
import { povLineLayers } from "./layers/pov-lines";
import { povLabelLayers } from "./layers/pov-labels";
import { POVS, type Pov } from "../pov/pov";

const builders = {
  landLayers,
  disputedLayers,
  waterLayers,
  waterLabelLayers,
  placeLabelLayers,
  cityLayers,
  boundaryLayers,
  boundaryLabelLayers,
  eventLayers,
  eventLabelLayers,
  toolLayers,
};

describe.each(Object.values(THEMES))("the $name style", (theme) => {
  const style = buildStyle(theme, "http://127.0.0.1:3000");

  it("validates against the MapLibre style spec", () => {
    expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
  });

  it.each(Object.entries(builders))("%s validates on its own with the full style's sources", (_name, build) => {
    const alone = { ...style, layers: build(theme) };
    expect(validateStyleMin(alone).map((e) => e.message)).toEqual([]);
  });

  it("has unique layer ids", () => {
    const ids = style.layers.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("asks no other host for anything", () => {
    const urls = JSON.stringify(style).match(/https?:\/\/[^"]+/g) ?? [];
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url.startsWith("http://127.0.0.1:3000/")).toBe(true);
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBe("http://127.0.0.1:3000/basemap/sprite");
  });

  it("draws events above boundaries and boundaries above land", () => {
    const ids = style.layers.map((l) => l.id);
    expect(ids.indexOf(LAYER.events)).toBeGreaterThan(ids.indexOf(LAYER.boundaryLabels));
    expect(ids.indexOf(LAYER.boundaryLabels)).toBeGreaterThan(ids.indexOf(LAYER.countries));
  });

  // The last symbol layer is placed first when labels collide.
  it("lets event names win collisions over line names, cities and basemap names, in that order", () => {
    const ids = style.layers.map((l) => l.id);
    const order = [LAYER.riverLabels, LAYER.provinceLabels, LAYER.countryLabels, LAYER.povLabels, LAYER.cities, LAYER.boundaryLabels, LAYER.eventLabels];
    const positions = order.map((id) => ids.indexOf(id));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it("takes every colour from the theme", () => {
    const colours = new Set(JSON.stringify(style.layers).match(/#[0-9a-f]{6}\b/gi));
    const themeColours = new Set(JSON.stringify(theme).match(/#[0-9a-f]{6}\b/gi));
    for (const c of colours) expect(themeColours.has(c)).toBe(true);
  });
});

describe("the overlay", () => {
  it("validates when added to a user's own basemap style", () => {
    const { sources, layers } = overlay(THEMES.light);
    const style = { version: 8 as const, sources, layers, state: buildStyle(THEMES.light, "").state };
    expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
  });
});

describe.each(POVS)("the style in the %s view", (pov) => {
  const style = buildStyle(THEMES.light, "http://127.0.0.1:3000", undefined, pov);

  it("validates, with each pov layer builder valid on its own", () => {
    expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
    for (const build of [povAreaLayers, povLineLayers, povLabelLayers])
      expect(validateStyleMin({ ...style, layers: build(THEMES.dark, pov) }).map((e) => e.message)).toEqual([]);
  });

  it("tints disputed areas between the countries' fill and their outlines", () => {
    const ids = style.layers.map((l) => l.id);
    expect(ids.indexOf(LAYER.povFill)).toBeGreaterThan(ids.indexOf(LAYER.countries));
    expect(ids.indexOf(LAYER.povFill)).toBeLessThan(ids.indexOf(LAYER.countryLines));
    expect(ids.indexOf(LAYER.povLabels)).toBeLessThan(ids.indexOf(LAYER.events));
  });

  it("draws only this view's lines and names", () => {
    const text = JSON.stringify(style.layers);
    for (const other of POVS.filter((p) => p !== pov)) {
      expect(text).not.toContain(`"style_${other}"`);
      expect(text).not.toContain(`"label_${other}"`);
      expect(text).not.toContain(`["get","view"],"${other}"`);
    }
  });
});

describe("the de facto line labels", () => {
  it("name the Jammu stretch as each view does", () => {
    const field = (pov: Pov) => JSON.stringify(buildStyle(THEMES.light, "", undefined, pov).layers.find((l) => l.id === LAYER.boundaryLabels));
    expect(field("international")).toContain('["get","name"]');
    expect(field("india")).toContain('["get","name_india"]');
    expect(field("pakistan")).toContain('["get","name_pakistan"]');
  });
});

describe("withSourceData", () => {
  it("puts data into the named GeoJSON sources of a new style, leaving the rest and the original alone", () => {
    const style = buildStyle(THEMES.light, "http://x");
    const point = { type: "Feature" as const, geometry: { type: "Point" as const, coordinates: [74.3, 31.5] }, properties: {} };
    const events = { type: "FeatureCollection" as const, features: [point] };
    const next = withSourceData(style, { [SOURCE.events]: events, [SOURCE.boundaries]: undefined });
    expect(next.sources[SOURCE.events]).toMatchObject({ type: "geojson", data: events });
    expect(next.sources[SOURCE.boundaries]).toBe(style.sources[SOURCE.boundaries]);
    expect(style.sources[SOURCE.events]).not.toMatchObject({ data: events });
    expect(validateStyleMin(next)).toEqual([]);
  });
});

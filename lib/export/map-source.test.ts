import { describe, expect, it } from "vitest";
import type { Map as MapLibreMap, StyleSpecification } from "maplibre-gl";
import type { FeatureCollection } from "geojson";
import { SOURCE } from "../map/ids";
import { mapSourceFromLive } from "./map-source";

const collection = (...ids: string[]): FeatureCollection => ({
  type: "FeatureCollection",
  features: ids.map((id) => ({ type: "Feature", geometry: { type: "Point", coordinates: [74, 33] }, properties: { id } })),
});

/** A live map whose events source holds one day's events. */
function liveMap(): MapLibreMap {
  const style: StyleSpecification = {
    version: 8,
    sources: { [SOURCE.events]: { type: "geojson", data: collection("today") }, [SOURCE.boundaries]: { type: "geojson", data: collection("loc") } },
    layers: [],
  };
  return {
    getStyle: () => style,
    getCenter: () => ({ lng: 74, lat: 33 }),
    getZoom: () => 6,
    getBearing: () => 0,
    getContainer: () => ({ clientWidth: 800, clientHeight: 600 }),
  } as unknown as MapLibreMap;
}

describe("what exports read from the live map", () => {
  it("takes the style's own data when no events are given", () => {
    const source = mapSourceFromLive(liveMap(), () => ({}));
    expect(source.style.sources[SOURCE.events]).toMatchObject({ data: collection("today") });
    expect(source.view).toEqual({ center: [74, 33], zoom: 6, bearing: 0, width: 800, height: 600 });
  });

  it("draws every loaded event, not only the days the live source holds", () => {
    const source = mapSourceFromLive(liveMap(), () => ({}), collection("yesterday", "today"));
    expect(source.style.sources[SOURCE.events]).toMatchObject({ data: collection("yesterday", "today") });
    expect(source.style.sources[SOURCE.boundaries]).toMatchObject({ data: collection("loc") });
  });
});

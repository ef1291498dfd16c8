import { describe, expect, it } from "vitest";
import { fitBounds, frameBounds, project, toScreen, unproject } from "./fit-camera";
import { citiesThatFit, EVENT_LABEL_MINZOOM, frameCamera, type FramedPlace } from "./framing";

/** Noto Sans averages a little over half an em per Latin character. */
const measure = (text: string, size: number) => text.length * size * 0.56;
const REGION: [[number, number], [number, number]] = [[66.2, 23.6], [78.2, 36.2]];

describe("Web Mercator", () => {
  it("round-trips a point", () => {
    const [lon, lat] = unproject(project([74.3, 31.55]));
    expect(lon).toBeCloseTo(74.3, 9);
    expect(lat).toBeCloseTo(31.55, 9);
  });
  it("fits a box inside the padded frame, touching it on the tighter axis", () => {
    const cam = fitBounds([[73, 31], [75, 34]], 900, 600, { top: 20, right: 40, bottom: 60, left: 40 });
    const [x0, y0] = toScreen([73, 34], cam, 900, 600);
    const [x1, y1] = toScreen([75, 31], cam, 900, 600);
    expect(y0).toBeCloseTo(20, 6);
    expect(y1).toBeCloseTo(540, 6);
    expect(x0).toBeGreaterThanOrEqual(40);
    expect(x1).toBeLessThanOrEqual(860);
    const [w, s, e, n] = frameBounds(cam, 900, 600);
    expect(w).toBeLessThan(73);
    expect(e).toBeGreaterThan(75);
    expect(s).toBeLessThan(31);
    expect(n).toBeGreaterThan(34);
  });
});

describe("framing a preset on the events shown", () => {
  const places: FramedPlace[] = [
    { at: [74.26, 31.8], label: "Muridke" },
    { at: [73.47, 34.37], label: "Muzaffarabad" },
    { at: [74.1, 33.77], label: "Poonch" },
  ];
  it("keeps every symbol and every label inside the frame", () => {
    for (const [w, h] of [[900, 560], [1000, 700], [1000, 1100], [1000, 596], [1400, 1100], [2000, 1600]]) {
      const cam = frameCamera({ places, width: w!, height: h!, labels: true, measure, fallback: REGION });
      for (const p of places) {
        const [x, y] = toScreen(p.at, cam, w!, h!);
        const labelled = cam.zoom >= EVENT_LABEL_MINZOOM;
        const half = labelled ? Math.min(measure(p.label!, 11.5), 115) / 2 : 23;
        expect(x - half).toBeGreaterThanOrEqual(0);
        expect(x + half).toBeLessThanOrEqual(w!);
        expect(y - 23).toBeGreaterThanOrEqual(0);
        expect(y + (labelled ? 30 : 23)).toBeLessThanOrEqual(h!);
      }
    }
  });
  it("does not zoom into a single event past the street-free context zoom", () => {
    const cam = frameCamera({ places: [places[0]!], width: 900, height: 600, labels: true, measure, fallback: REGION });
    expect(cam.zoom).toBeLessThanOrEqual(8);
    expect(cam.center[0]).toBeCloseTo(74.26, 1);
  });
  it("leaves out places beyond the basemap's area instead of zooming out to the world", () => {
    const far: FramedPlace[] = [...places, { at: [-77.04, 38.9], label: "Washington" }, { at: [116.4, 39.9], label: "Beijing" }];
    const region: [[number, number], [number, number]] = [[56, 19], [89, 41]];
    const cam = frameCamera({ places: far, width: 900, height: 600, labels: true, measure, fallback: REGION, region });
    expect(cam).toEqual(frameCamera({ places, width: 900, height: 600, labels: true, measure, fallback: REGION }));
  });
  it("frames the region when there is nothing to show", () => {
    const cam = frameCamera({ places: [], width: 900, height: 600, labels: true, measure, fallback: REGION });
    const [w, s, e, n] = frameBounds(cam, 900, 600);
    expect(w).toBeLessThanOrEqual(66.2 + 1e-6);
    expect(e).toBeGreaterThanOrEqual(78.2 - 1e-6);
    expect(s).toBeLessThanOrEqual(23.6 + 1e-6);
    expect(n).toBeGreaterThanOrEqual(36.2 - 1e-6);
  });
});

describe("city labels that fit", () => {
  it("keeps a city whose label fits and drops one whose label would run off the edge", () => {
    const cam = { center: [74, 32] as [number, number], zoom: 6 };
    const [x] = toScreen([77.3, 32], cam, 800, 600);
    expect(x).toBeLessThan(800);
    const names = citiesThatFit(
      [
        { name: "Lahore", at: [74.35, 31.55] },
        { name: "Edge of frame", at: [77.3, 32] },
        { name: "Far away", at: [90, 20] },
      ],
      cam,
      800,
      600,
      measure,
    );
    expect(names).toEqual(["Lahore"]);
  });
});

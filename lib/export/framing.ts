import { LIGHT } from "../map/theme";
import { LAYER } from "../map/ids";
import { eventLayers } from "../map/layers/events";
import { boundsOf, fitBounds, toScreen, type Bounds, type Camera, type LonLat } from "./fit-camera";

/** Measures a text's width in CSS pixels at a font size (a canvas in the browser, an estimate in tests). */
export type MeasureText = (text: string, fontSize: number) => number;

export interface FramedPlace {
  at: LonLat;
  /** The label the map writes under the symbol, when labels are on. */
  label?: string;
}

/** Half the largest symbol (the emphasised terror attack and its ring) plus a margin. */
const SYMBOL_PAD = 24;
/** Event labels: 11.5 px text set 1.1 em under the symbol (layers/events.ts), wrapped by MapLibre at 10 em. */
const EVENT_LABEL_SIZE = 11.5;
const LABEL_WRAP = 10 * EVENT_LABEL_SIZE;

/** The half-width and height of a place label as MapLibre sets it: wrapped at 10 em, lines 1.2 em apart. */
function labelBox(width: number): { half: number; drop: number } {
  const lines = Math.max(1, Math.ceil((width * 1.05) / LABEL_WRAP));
  return { half: (Math.min(width, LABEL_WRAP) / 2) * 1.1, drop: EVENT_LABEL_SIZE * 1.1 + lines * EVENT_LABEL_SIZE * 1.2 + 4 };
}
/** Largest city label (rank 1, layers/cities.ts), set 0.6 em right of its dot. */
const CITY_LABEL_SIZE = 14;

/** The zoom from which the map writes place names under events: read from the layer itself, so it cannot drift. */
export const EVENT_LABEL_MINZOOM = eventLayers(LIGHT).find((l) => l.id === LAYER.eventLabels)?.minzoom ?? 0;

/**
 * The camera for a preset or an animation: every place shown fits inside the frame with its symbol, and
 * with its label where labels are drawn at the resulting zoom, so no labelled place is cut at the edge.
 * With nothing to show, `fallback` (the region) is framed.
 */
export function frameCamera(args: {
  places: readonly FramedPlace[];
  width: number;
  height: number;
  labels: boolean;
  measure: MeasureText;
  fallback: Bounds;
  /** The area the basemap covers: places outside it (a meeting in Washington or Beijing) are not framed, or
   * the frame would zoom out to an empty ocean; the frame's count says they are outside the view. */
  region?: Bounds;
  maxZoom?: number;
}): Camera {
  const { width, height, measure, maxZoom = 8 } = args;
  const [[w, s], [e, n]] = args.region ?? [[-180, -90], [180, 90]];
  const places = args.places.filter(({ at: [lon, lat] }) => lon >= w && lon <= e && lat >= s && lat <= n);
  const bounds = boundsOf(places.map((p) => p.at));
  if (!bounds) return fitBounds(args.fallback, width, height, { top: 0, right: 0, bottom: 0, left: 0 }, maxZoom);
  const bare = { top: SYMBOL_PAD, right: SYMBOL_PAD, bottom: SYMBOL_PAD, left: SYMBOL_PAD };
  const camera = fitBounds(bounds, width, height, bare, maxZoom);
  if (!args.labels || camera.zoom < EVENT_LABEL_MINZOOM) return camera;
  // Labels are drawn at this zoom: make room for the widest one on each side and for the text below.
  const boxes = places.map((p) => (p.label ? labelBox(measure(p.label, EVENT_LABEL_SIZE)) : { half: 0, drop: 0 }));
  const side = Math.max(SYMBOL_PAD, ...boxes.map((b) => b.half + 6));
  const bottom = Math.max(SYMBOL_PAD, ...boxes.map((b) => b.drop + 8));
  const labelled = fitBounds(bounds, width, height, { top: SYMBOL_PAD, right: side, bottom, left: side }, maxZoom);
  // Making room for labels may zoom out below the label zoom, where no label is drawn: then frame the
  // symbols alone, just under that zoom.
  return labelled.zoom < EVENT_LABEL_MINZOOM ? fitBounds(bounds, width, height, bare, Math.min(maxZoom, EVENT_LABEL_MINZOOM - 0.01)) : labelled;
}

export interface City {
  name: string;
  at: LonLat;
}

/**
 * Names of the cities whose dot and whole label lie inside the frame. The export keeps only these
 * labels, so a city name is never cut in half at the frame's edge.
 */
export function citiesThatFit(cities: readonly City[], camera: Camera, width: number, height: number, measure: MeasureText): string[] {
  const margin = 2;
  return cities
    .filter((c) => {
      const [x, y] = toScreen(c.at, camera, width, height);
      const left = x - 4;
      const right = x + CITY_LABEL_SIZE * 0.6 + measure(c.name, CITY_LABEL_SIZE) * 1.1;
      const half = CITY_LABEL_SIZE * 0.7;
      return left >= margin && right <= width - margin && y - half >= margin && y + half <= height - margin;
    })
    .map((c) => c.name);
}

import type { EventFeature } from "../schemas/event";
import type { BoundaryFeature } from "../schemas/boundary";
import type { ThemeName } from "../map/theme";
import { DEFAULT_BOUNDS, MAX_BOUNDS } from "../map/view";
import { LAYER, SOURCE } from "../map/ids";
import { filterEvents } from "../events/filter-events";
import { turfCentroid } from "./centroid";
import type { ExportFilters } from "./filter-words";
import { frameInfo, type DayRange, type ExportDataset, type FrameInfo, type LocalFileFacts } from "./frame-info";
import { frameBounds, type Camera } from "./fit-camera";
import { citiesThatFit, frameCamera, type City, type MeasureText } from "./framing";
import { linesInView } from "./lines-in-view";
import type { ExportMapSource, FrameDays } from "./map-source";
import { spanOf } from "./frame-days";
import { FRAME_FONT } from "./compose-frame";

/** Everything an export job needs, gathered by the menu when the reader asks for it. */
export interface ExportContext {
  source: ExportMapSource;
  /** Every loaded event; each frame picks its own. */
  events: readonly EventFeature[];
  filters: ExportFilters;
  /** The boundary lines drawn ([] when the reader has hidden them). */
  boundaries: readonly BoundaryFeature[];
  /** Whether place names are drawn beside the events. */
  labels: boolean;
  theme: ThemeName;
  dataVersion: string;
  /** Every day of the timeline, first to last. */
  allDays: readonly string[];
  /** The link that opens the app on a frame's days; `keepView` adds the current view (as-on-screen exports). */
  permalinkFor(days: FrameDays, keepView: boolean): string;
  /** The boundary point of view, as a footer line ("Boundaries: …"); the default is stated when absent. */
  boundaryNote?: string;
  /** The manifest's words (title, time zones, sides); the bundled manifest when absent. */
  dataset?: ExportDataset;
  /** Set while a file opened in the browser is shown: every frame then says so. */
  localFile?: LocalFileFacts;
}

/** The events a span shows under the reader's filters. */
export function eventsOf(ctx: ExportContext, range: DayRange): EventFeature[] {
  const f = ctx.filters;
  // Attribution is a reader's filter the events query does not take; it applies after the query.
  return filterEvents(ctx.events, { from: range.from, to: range.to, actor: f.actor && [...f.actor], kind: f.kind && [...f.kind], verification: f.verification && [...f.verification] }).filter(
    (e) => !f.attribution || f.attribution.includes(e.properties.attribution),
  );
}

/** The facts of one frame, for the box its map shows. */
export function infoForFrame(ctx: ExportContext, days: FrameDays, view: readonly [number, number, number, number], keepView: boolean): FrameInfo {
  const { range, focus } = spanOf(days, ctx.allDays);
  return frameInfo({
    events: ctx.events,
    filters: ctx.filters,
    range,
    focus,
    view,
    lines: linesInView(ctx.boundaries, view),
    theme: ctx.theme,
    dataVersion: ctx.dataVersion,
    permalink: ctx.permalinkFor(days, keepView),
    boundaryNote: ctx.boundaryNote,
    localFile: ctx.localFile,
    dataset: ctx.dataset,
  });
}

/** Text widths from the frame's own font, for framing around labels. */
export function canvasMeasure(): MeasureText {
  const ctx = document.createElement("canvas").getContext("2d")!;
  return (text, size) => {
    ctx.font = `${size}px ${FRAME_FONT}`;
    return ctx.measureText(text).width;
  };
}

/** Loads the label font before anything is measured or drawn, so no frame falls back to another face. */
export async function fontsReady(): Promise<void> {
  await Promise.all([document.fonts.load(`12px ${FRAME_FONT}`), document.fonts.load(`bold 12px ${FRAME_FONT}`)]).catch(() => undefined);
}

/**
 * The camera that frames a span's events in a `width × height` map, and the city labels that fit it.
 * The framing never depends on the screen's viewport.
 */
export async function framedCamera(ctx: ExportContext, range: DayRange, width: number, height: number): Promise<{ camera: Camera; cityLabels?: string[]; view: [number, number, number, number] }> {
  const measure = canvasMeasure();
  const places = eventsOf(ctx, range).map((ev) => ({ at: turfCentroid(ev.geometry), label: ev.properties.place.name }));
  const camera = frameCamera({ places, width, height, labels: ctx.labels, measure, fallback: DEFAULT_BOUNDS, region: MAX_BOUNDS });
  const cities = await citiesOfStyle(ctx.source);
  return { camera, cityLabels: cities && citiesThatFit(cities, camera, width, height, measure), view: frameBounds(camera, width, height) };
}

/** The basemap's cities, from the style's own source (inline or its same-origin file); none for a custom basemap. */
async function citiesOfStyle(source: ExportMapSource): Promise<City[] | undefined> {
  const src = source.style.sources[SOURCE.cities];
  if (!src || src.type !== "geojson" || !source.style.layers.some((l) => l.id === LAYER.cities)) return undefined;
  const data = typeof src.data === "string" ? await (await fetch(src.data)).json() : src.data;
  const features = (data as GeoJSON.FeatureCollection).features ?? [];
  return features.flatMap((f) =>
    f.geometry.type === "Point" && typeof f.properties?.name === "string" ? [{ name: f.properties.name, at: f.geometry.coordinates as [number, number] }] : [],
  );
}

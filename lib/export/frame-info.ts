import type { EventFeature, EventKind, VerificationStatus } from "../schemas/event";
import type { Actor, Attribution } from "../schemas/parties";
import type { BoundaryKind } from "../schemas/boundary";
import { THEMES, withSideColours, type ThemeName } from "../map/theme";
import { filterEvents } from "../events/filter-events";
import { formatDay, formatDayRange } from "../time";
import { turfCentroid } from "./centroid";
import { filtersLine, type ExportFilters } from "./filter-words";
import { localFileLabel, localFileNote } from "../import/local-data";

/** The words an export takes from the dataset manifest. */
export type ExportDataset = Pick<Dataset, "title" | "timeZones" | "attribution" | "sides">;

/**
 * The manifest built into the app, for callers that do not pass the one the server serves
 * (`GET /api/dataset`); a deployment that swaps its geodata at run time must pass the served one.
 */
export const BUNDLED_DATASET: ExportDataset = DatasetSchema.parse(bundledManifest);
/** Until the boundary point of view can be chosen, every export states the one it draws. */
export const DEFAULT_BOUNDARY_NOTE = "Boundaries: international (de facto) view";
import { DatasetSchema, sideNames, timeZoneNote, type Dataset } from "../schemas/dataset";
import bundledManifest from "../../geodata/dataset.json";
import { ACTORS, ATTRIBUTIONS, EVENT_KINDS, VERIFICATION_STATUSES } from "../schemas/values";

/** Inclusive first and last day (YYYY-MM-DD) a frame shows. */
export interface DayRange {
  from: string;
  to: string;
}

export interface Counted<T> {
  value: T;
  count: number;
}

/** An attribution shown, with the side most often named for it (its symbol is drawn in that side's colour). */
export interface CountedAttribution extends Counted<Attribution> {
  actor: Actor;
}

/** What the frame's legend names: only what is drawn in this frame, with how many of each. */
export interface FrameLegend {
  kinds: Counted<EventKind>[];
  /** By the colour each symbol is drawn in: "unknown" counts every event whose actor is not established. */
  actors: Counted<Actor>[];
  statuses: Counted<VerificationStatus>[];
  attributions: CountedAttribution[];
  lines: BoundaryKind[];
  /** Cumulative frames draw earlier days faded. */
  fadedEarlierDays: boolean;
}

/** Everything written around the map of one frame, composed from that frame's own state. */
export interface FrameInfo {
  title: string;
  /** "7 May 2025" or "22 April – 7 May 2025". */
  dayLabel: string;
  /** Events the frame shows (in its view, when one is given). */
  count: number;
  countLabel: string;
  filtersLabel: string;
  timeZoneNote: string;
  legend: FrameLegend;
  credits: string;
  /** The boundary point of view the lines are drawn in. */
  boundaryNote: string;
  dataVersion: string;
  permalink: string;
  theme: ThemeName;
  /** The sides' names and symbol colours (for this theme) as the dataset's manifest gives them. */
  sideNames: Readonly<Record<Actor, string>>;
  sideColours: Readonly<Record<Actor, string>>;
  /** Set while a file opened in the browser is shown: "Showing x.csv (N events), loaded from this computer — …". */
  localNote?: string;
}

/** A file opened in the browser, shown instead of the built-in data. */
export interface LocalFileFacts {
  file: string;
  events: number;
  /** How the file's own dataset asks to be cited (e.g. ACLED), when it says. */
  citations?: readonly string[];
}

export interface FrameFacts {
  /** Every loaded event; the frame picks its own. */
  events: readonly EventFeature[];
  filters: ExportFilters;
  range: DayRange;
  /** The day drawn at full strength when earlier days are shown faded (cumulative); absent for a plain range. */
  focus?: string;
  /** The frame's geographic box (west, south, east, north); events outside it are not in the legend. */
  view?: readonly [number, number, number, number];
  /** Boundary lines drawn in the frame. */
  lines: readonly BoundaryKind[];
  theme: ThemeName;
  dataVersion: string;
  permalink: string;
  boundaryNote?: string;
  /** The manifest of the data shown; the bundled one when absent. */
  dataset?: ExportDataset;
  /** Set when the events come from a local file rather than the dataset. */
  localFile?: LocalFileFacts;
}

/** "7 May 2025", or "22 April – 7 May 2025" for a range: written as the page writes a span of days. */
export function rangeLabel({ from, to }: DayRange): string {
  return formatDayRange(from, to);
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;

function counted<T extends string>(options: readonly T[], events: readonly EventFeature[], get: (e: EventFeature) => T): Counted<T>[] {
  return options.map((value) => ({ value, count: events.filter((e) => get(e) === value).length })).filter((c) => c.count > 0);
}

function countedAttributions(events: readonly EventFeature[]): CountedAttribution[] {
  return counted(ATTRIBUTIONS, events, (e) => e.properties.attribution).map((c) => {
    const named = counted(ACTORS, events.filter((e) => e.properties.attribution === c.value), (e) => e.properties.actor);
    return { ...c, actor: named.sort((a, b) => b.count - a.count)[0]!.value };
  });
}

function inside(e: EventFeature, [w, s, east, n]: readonly [number, number, number, number]): boolean {
  const [lon, lat] = turfCentroid(e.geometry);
  return lon >= w && lon <= east && lat >= s && lat <= n;
}

function countLabel(facts: FrameFacts, shown: number, inView: number, focusCount: number): string {
  const { range, focus } = facts;
  const filtered = filtersLine(facts.filters).startsWith("Filters");
  let text: string;
  if (shown === 0) {
    const what = filtered ? "No events match the filters" : "No events recorded";
    text = range.from === range.to ? `${what} on this day` : `${what} in this period`;
  } else if (focus && range.from !== range.to) {
    text = `${plural(shown, "event", "events")} since ${formatDay(range.from).replace(/ \d{4}$/, "")}; ${focusCount} on ${formatDay(focus).replace(/ \d{4}$/, "")}`;
  } else text = plural(shown, "event", "events");
  return inView < shown ? `${text} (${inView} in this view)` : text;
}

/**
 * What one frame says about itself: its day or range, its own event count, a legend of only what it
 * draws, the filters in force in words, the credits and the permalink to that day. Animations call
 * this once per frame, so no frame borrows another's facts.
 */
export function frameInfo(facts: FrameFacts): FrameInfo {
  const { range, filters, focus } = facts;
  const shown = filterEvents(facts.events, { from: range.from, to: range.to, ...copyFilters(filters) }).filter(
    (e) => !filters.attribution || filters.attribution.includes(e.properties.attribution),
  );
  const visible = facts.view ? shown.filter((e) => inside(e, facts.view!)) : shown;
  const focusCount = focus ? shown.filter((e) => e.properties.date === focus).length : 0;
  const dataset = facts.dataset ?? BUNDLED_DATASET;
  const publishers = new Set(visible.flatMap((e) => e.properties.sources.map((s) => s.publisher)));
  const local = facts.localFile;
  const cited = facts.localFile?.citations?.length ? ` Data: ${facts.localFile.citations.join("; ")}.` : "";
  return {
    title: local ? `${localFileLabel(local)}, opened from this computer` : dataset.title,
    dayLabel: rangeLabel(range),
    count: visible.length,
    countLabel: countLabel(facts, shown.length, visible.length, focusCount),
    filtersLabel: filtersLine(filters),
    timeZoneNote: `${timeZoneNote(dataset).replace(/^d/, "D")}`,
    legend: {
      kinds: counted(EVENT_KINDS, visible, (e) => e.properties.kind),
      // By the colour drawn: a side's own only where it is established to have acted, grey ("unknown") otherwise.
      actors: counted(ACTORS, visible, (e) => (e.properties.attribution === "established" ? e.properties.actor : "unknown")),
      statuses: counted(VERIFICATION_STATUSES, visible, (e) => e.properties.verification.status),
      attributions: countedAttributions(visible),
      lines: [...facts.lines],
      fadedEarlierDays: !!focus && visible.some((e) => e.properties.date < focus),
    },
    credits: local
      ? `Events from the local file ${localFileLabel(local)}, not the built-in data.${cited}`
      : dataset.attribution +
      (publishers.size ? ` Events summarised from ${plural(publishers.size, "publisher", "publishers")}; every source is listed at the link.` : ""),
    boundaryNote: facts.boundaryNote ?? DEFAULT_BOUNDARY_NOTE,
    dataVersion: facts.dataVersion,
    permalink: facts.permalink,
    theme: facts.theme,
    sideNames: sideNames(dataset.sides),
    sideColours: withSideColours(THEMES[facts.theme], dataset.sides).actor,
    ...(local && { localNote: localFileNote(local) }),
  };
}

function copyFilters(f: ExportFilters) {
  return { actor: f.actor ? [...f.actor] : undefined, kind: f.kind ? [...f.kind] : undefined, verification: f.verification ? [...f.verification] : undefined };
}

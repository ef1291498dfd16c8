import type { EventFeature } from "../schemas/event";
import { EventKindSchema, VerificationStatusSchema } from "../schemas/event";
import { ActorSchema } from "../schemas/parties";
import { withSideColours, type Theme } from "../map/theme";
import type { UrlState } from "../url-state";
import { formatDay } from "../time";
import { DatasetSchema, sideNames, timeZoneNote, type Dataset } from "../schemas/dataset";
import type { FrameInfo } from "./compose-frame";
import bundledManifest from "../../geodata/dataset.json";

/** The words an export takes from the dataset manifest. */
export type ExportDataset = Pick<Dataset, "title" | "timeZones" | "attribution" | "sides">;

/**
 * The manifest built into the app, for callers that do not pass the one the server serves
 * (`GET /api/dataset`); a deployment that swaps its geodata at run time must pass the served one.
 */
export const BUNDLED_DATASET: ExportDataset = DatasetSchema.parse(bundledManifest);

/** The days an export covers: one day, everything up to a day (cumulative), or the whole dataset. */
export function exportRange(state: Pick<UrlState, "day" | "mode">, allDays: readonly string[]): { from: string; to: string } {
  const first = allDays[0] ?? "";
  const last = allDays.at(-1) ?? "";
  if (!state.day) return { from: first, to: last };
  return state.mode === "cumulative" ? { from: first, to: state.day } : { from: state.day, to: state.day };
}

export function rangeLabel({ from, to }: { from: string; to: string }): string {
  return from === to ? formatDay(from) : `${formatDay(from)} – ${formatDay(to)}`;
}

/** Everything drawn around the map in an export, for the events on screen. */
export function frameInfo(args: {
  shown: readonly EventFeature[];
  theme: Theme;
  range: { from: string; to: string };
  metresPerPixel: number;
  dataVersion: string;
  permalink: string;
  dataset?: ExportDataset;
}): FrameInfo {
  const { shown } = args;
  const dataset = args.dataset ?? BUNDLED_DATASET;
  const present = <T extends string>(options: readonly T[], get: (e: EventFeature) => T) =>
    options.filter((o) => shown.some((e) => get(e) === o));
  const publishers = new Set(shown.flatMap((e) => e.properties.sources.map((s) => s.publisher)));
  return {
    title: dataset.title,
    dayLabel: rangeLabel(args.range),
    note: `${shown.length} events · ${timeZoneNote(dataset)}`,
    // The manifest's side colours and names, so the legend matches the map of this dataset.
    theme: withSideColours(args.theme, dataset.sides),
    actorNames: sideNames(dataset.sides),
    legend: {
      statuses: present(VerificationStatusSchema.options, (e) => e.properties.verification.status),
      actors: present(ActorSchema.options, (e) => e.properties.actor),
      kinds: present(EventKindSchema.options, (e) => e.properties.kind),
    },
    metresPerPixel: args.metresPerPixel,
    attribution: `${dataset.attribution} Events cite ${publishers.size} publishers; each source is listed at the link below.`,
    dataVersion: args.dataVersion,
    permalink: args.permalink,
  };
}

import type { EventFeature } from "../schemas/event";
import { EventKindSchema, VerificationStatusSchema } from "../schemas/event";
import { ActorSchema } from "../schemas/parties";
import { attributionsShown } from "../events/attributions-shown";
import type { Theme } from "../map/theme";
import type { UrlState } from "../url-state";
import { formatDay } from "../time";
import { NATURAL_EARTH } from "../map/style";
import type { FrameInfo } from "./compose-frame";
import { boundaryFooter, DEFAULT_POV, type Pov } from "../pov/pov";

export const EXPORT_TITLE = "India–Pakistan escalation, April–May 2025";
export const TIME_ZONE_NOTE = "dates are local: India UTC+5:30, Pakistan UTC+5:00";

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
  /** The boundary point of view the map is drawn in; the footer names it. */
  pov?: Pov;
}): FrameInfo {
  const { shown } = args;
  const present = <T extends string>(options: readonly T[], get: (e: EventFeature) => T) =>
    options.filter((o) => shown.some((e) => get(e) === o));
  const publishers = new Set(shown.flatMap((e) => e.properties.sources.map((s) => s.publisher)));
  return {
    title: EXPORT_TITLE,
    dayLabel: rangeLabel(args.range),
    note: `${shown.length} events · ${TIME_ZONE_NOTE}`,
    theme: args.theme,
    legend: {
      statuses: present(VerificationStatusSchema.options, (e) => e.properties.verification.status),
      actors: present(ActorSchema.options, (e) => e.properties.actor),
      kinds: present(EventKindSchema.options, (e) => e.properties.kind),
      attributions: attributionsShown(shown),
    },
    metresPerPixel: args.metresPerPixel,
    boundaries: boundaryFooter(args.pov ?? DEFAULT_POV),
    attribution: `Basemap and lines: ${NATURAL_EARTH}. Events summarised from ${publishers.size} publishers; each source is listed at the link below.`,
    dataVersion: args.dataVersion,
    permalink: args.permalink,
  };
}

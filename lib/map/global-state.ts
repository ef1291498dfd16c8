import { ActorSchema, AttributionSchema } from "../schemas/parties";
import { EventKindSchema, VerificationStatusSchema } from "../schemas/event";

/**
 * State the style reads through `["global-state", …]` expressions. Changing it re-filters and
 * re-styles the loaded data without touching the sources: a day step or filter change sends no request.
 */
export interface MapGlobalState {
  /** The day shown, "" for every day. */
  day: string;
  mode: "day" | "cumulative";
  actors: string[];
  kinds: string[];
  statuses: string[];
  attributions: string[];
  /** Id of the selected event, "" for none. */
  selected: string;
  /** Id of the event under the pointer, "" for none. */
  hovered: string;
}

export const DEFAULT_GLOBAL_STATE: MapGlobalState = {
  day: "",
  mode: "day",
  actors: [...ActorSchema.options],
  kinds: [...EventKindSchema.options],
  statuses: [...VerificationStatusSchema.options],
  attributions: [...AttributionSchema.options],
  selected: "",
  hovered: "",
};

/** The root `state` block of a style: the defaults the expressions start from. */
export function styleState(initial: MapGlobalState = DEFAULT_GLOBAL_STATE) {
  return Object.fromEntries(Object.entries(initial).map(([k, v]) => [k, { default: v }]));
}

/** What the map shows for a reader's shareable state: the day and mode, the filters, the selection. */
export function toMapGlobalState(s: {
  day?: string;
  mode: "day" | "cumulative";
  actor?: string[];
  kind?: string[];
  verification?: string[];
  attribution?: string[];
  event?: string;
}): MapGlobalState {
  return {
    ...DEFAULT_GLOBAL_STATE,
    day: s.day ?? "",
    mode: s.mode,
    actors: s.actor ?? DEFAULT_GLOBAL_STATE.actors,
    kinds: s.kind ?? DEFAULT_GLOBAL_STATE.kinds,
    statuses: s.verification ?? DEFAULT_GLOBAL_STATE.statuses,
    attributions: s.attribution ?? DEFAULT_GLOBAL_STATE.attributions,
    selected: s.event ?? "",
  };
}

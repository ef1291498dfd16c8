import type { ExpressionSpecification, LayerSpecification } from "maplibre-gl";
import type { EventKind, VerificationStatus } from "../../schemas/event";
import type { Theme } from "../theme";
import { FONT, LAYER, SOURCE } from "../ids";
import { DAY_OPACITY, EVENT_FILTER } from "../event-filter";
import { SPRITE_IMAGES } from "../sprite-images";

/** Which names win when labels collide: the strikes the day is about, then fire, then the rest. */
export const KIND_PRIORITY: Record<EventKind, number> = {
  terror_attack: 0,
  airstrike: 0,
  missile_strike: 0,
  drone_strike: 0,
  shelling: 1,
  air_combat: 1,
  air_defence: 2,
  ceasefire: 3,
  diplomatic: 3,
  // ACLED's event types, for imported data.
  air_or_drone_strike: 0,
  artillery_or_missile: 0,
  remote_explosive: 0,
  suicide_bombing: 0,
  chemical_attack: 0,
  violence_against_civilians: 0,
  battle: 1,
  grenade_attack: 1,
  riot: 2,
  protest: 3,
  strategic_development: 3,
};

/** Within a kind: what is independently confirmed before what one side says. */
export const STATUS_PRIORITY: Record<VerificationStatus, number> = { confirmed: 0, reported: 1, disputed: 2, claimed: 3, denied: 4 };

const table = (key: ExpressionSpecification, values: Record<string, number>, fallback: number) =>
  ["match", key, ...Object.entries(values).flat(), fallback] as unknown as ExpressionSpecification;

// The map features carry the verification as `status`; a build that names it after its filter,
// `verification`, is read too, so the priority survives that rename.
const VERIFICATION = ["case", ["has", "verification"], ["get", "verification"], ["get", "status"]] as unknown as ExpressionSpecification;

/**
 * Lower keys are placed first. The day shown (full opacity) comes before earlier days in cumulative
 * mode, then kind, then verification.
 */
export const EVENT_LABEL_SORT_KEY = [
  "-",
  ["+", ["*", 10, table(["get", "kind"] as never, KIND_PRIORITY, 4)], table(VERIFICATION, STATUS_PRIORITY, 5)],
  ["*", 100, DAY_OPACITY],
] as unknown as ExpressionSpecification;

// "Bahawalpur (Markaz Subhan Allah / …)" → "Bahawalpur" until there is room for the whole text.
const PLACE = ["get", "place"];
const SHORT_PLACE = ["let", "cut", ["index-of", " (", PLACE], ["case", [">", ["var", "cut"], 0], ["slice", PLACE, 0, ["var", "cut"]], PLACE]];

/**
 * Place names of the events shown, from the opening zoom. Each label sits beside its symbol wherever
 * it fits, and a transparent footprint the size of the symbol keeps city markers off the events.
 */
export function eventLabelLayers(theme: Theme): LayerSpecification[] {
  return [
    {
      id: LAYER.eventLabels,
      type: "symbol",
      source: SOURCE.events,
      filter: EVENT_FILTER,
      layout: {
        // Hidden when the reader turns labels off, and over dense dot layers, where state says so.
        visibility: ["case", ["any", ["==", ["global-state", "labels"], false], ["==", ["global-state", "dense"], true]], "none", "visible"] as never,
        "symbol-sort-key": EVENT_LABEL_SORT_KEY,
        "icon-image": SPRITE_IMAGES.footprint.name,
        "icon-allow-overlap": true,
        "icon-optional": true,
        "text-field": ["step", ["zoom"], SHORT_PLACE, 8, PLACE] as never,
        "text-font": [FONT.bold],
        "text-size": ["interpolate", ["linear"], ["zoom"], 4, 11, 8, 12.5],
        "text-max-width": 9,
        "text-variable-anchor": ["top", "bottom", "right", "left"],
        "text-radial-offset": 1.05,
        "text-justify": "auto",
        "text-padding": 1,
      },
      paint: {
        "text-color": theme.eventText,
        "text-halo-color": theme.textHalo,
        "text-halo-width": 1.6,
        "text-opacity": DAY_OPACITY,
      },
    },
  ];
}

/** Source and layer ids, in one place so layers, interaction and tests agree. */
export const SOURCE = {
  countries: "countries",
  cities: "cities",
  rivers: "rivers",
  lakes: "lakes",
  disputed: "disputed-areas",
  provinces: "provinces",
  placeLabels: "place-labels",
  /** Smoothed copies of the boundary lines and rivers that their names follow. */
  labelLines: "label-lines",
  boundaries: "boundaries",
  events: "events",
  rings: "range-rings",
  measure: "measure",
  povAreas: "pov-areas",
  povLines: "pov-lines",
  povLabels: "pov-labels",
} as const;

export const LAYER = {
  water: "water",
  countries: "countries-fill",
  countryLines: "country-lines",
  disputedHatch: "disputed-hatch",
  lakes: "lakes",
  rivers: "rivers",
  riverLabels: "river-labels",
  lakeLabels: "lake-labels",
  provinceLabels: "province-labels",
  countryLabels: "country-labels",
  cities: "cities",
  boundaryLines: "boundary-lines",
  boundaryLabels: "boundary-labels",
  eventHalo: "event-halo",
  eventDots: "event-dots",
  events: "events",
  eventLabels: "event-labels",
  rings: "range-rings",
  ringLabels: "range-ring-labels",
  measureLine: "measure-line",
  measurePoints: "measure-points",
  measureLabel: "measure-label",
  povFill: "pov-fill",
  povLines: "pov-lines",
  povLineLabels: "pov-line-labels",
  povLabels: "pov-labels",
} as const;

/** Layers a click or hover can pick an event from. */
export const INTERACTIVE_EVENT_LAYERS = [LAYER.events, LAYER.eventDots] as const;

export const FONT = { regular: "Noto Sans Regular", bold: "Noto Sans Bold", italic: "Noto Sans Italic" } as const;

/** Source and layer ids, in one place so layers, interaction and tests agree. */
export const SOURCE = {
  countries: "countries",
  cities: "cities",
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
  cityDots: "city-dots",
  cityLabels: "city-labels",
  boundaryLines: "boundary-lines",
  boundaryLabels: "boundary-labels",
  eventHalo: "event-halo",
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
export const INTERACTIVE_EVENT_LAYERS = [LAYER.events] as const;

export const FONT = { regular: "Noto Sans Regular", bold: "Noto Sans Bold" } as const;

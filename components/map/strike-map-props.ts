import type { FeatureCollection } from "geojson";
import type { Theme } from "@/lib/map/theme";
import type { MapGlobalState } from "@/lib/map/global-state";
import type { MapView } from "@/lib/map/view";
import type { MapEvents } from "@/lib/map/map-events";
import type { Covered } from "@/lib/map/map-handle";
import type { Pov } from "@/lib/pov/pov";
import type { Bbox } from "@/lib/geo/region";

/** What the map adapter (StrikeMap) is told: the data, the state to draw and where its events go. */
export interface StrikeMapProps {
  theme: Theme;
  /** Boundary point of view: how disputed territory is drawn and named (never the events or lines on the ground). */
  pov: Pov;
  /** A user's own basemap style; the events and lines are drawn over it. */
  styleUrl?: string;
  /** The events; the source holds what `forDays` gives for the current days, and changes with them. */
  events: MapEvents | undefined;
  boundaries: FeatureCollection | undefined;
  rings: FeatureCollection;
  measure: FeatureCollection;
  /**
   * The day range, filters, drawing mode and selection, as the style's global state, read from where it
   * lives (the URL store) the moment it changes: a day step reaches the map inside the click, before React
   * renders anything, so the map's next frame never waits for the list or the counts. It is read again
   * whenever the map re-renders (for what the store does not hold, such as the drawing mode).
   */
  state: MapStateSource;
  showBoundaries: boolean;
  /** With a tool on, a click places a ring centre or a path point instead of selecting an event. */
  placing: boolean;
  onPlace: (point: [number, number]) => void;
  initialView?: MapView;
  /**
   * Where the map opens when the link names no view: the box of the data's events, and the paddings that
   * keep them clear of the legend and controls (measured when the fit is made; the one that lets the map
   * zoom closest is used); both are read when the fit is made. Null until the data is in.
   */
  opening: { box: () => Bbox; paddings: () => Padding[] } | null;
  /** The part of the map a panel covers: camera moves keep what they bring into view clear of it. */
  covered: Covered;
  /** The selected event's position: the map eases to it when it is off-screen or under a panel. */
  reveal: [number, number] | null;
  /** A box to fit once per distinct key (the day's events while following the reader). */
  frame: { key: string; box: Bbox } | null;
  /** The events under a click, nearest first, with the click's position on the map; [] for none. */
  onPick: (ids: string[], at: { x: number; y: number }) => void;
  /** After every move, and once at load with no view (nothing the reader did, so nothing for the URL). */
  onViewChange: (view: MapView | null, bounds: Bbox) => void;
}

/** An external store of the map's global state. */
export interface MapStateSource {
  get(): MapGlobalState;
  subscribe(listener: () => void): () => void;
}

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

import type { Bbox } from "../geo/region";
import type { ExportMapSource } from "../export/map-source";

/** How a camera move keeps clear of what covers the map (the details panel), in CSS pixels. */
export interface Covered {
  right: number;
  bottom: number;
}

/**
 * What the rest of the app may ask of the one map adapter (`components/map/`), which alone holds the
 * MapLibre map: exports ask for a snapshot of its style and view; the reader's own moves (show the events
 * outside the view) go through it too. Nothing else ever holds the map.
 */
export interface MapHandle {
  /** The live map's style (with its loaded data) and view, read once for an export; null before it has loaded. */
  exportSource(stateFor: ExportMapSource["stateFor"]): ExportMapSource | null;
  /** Eases the map to show the box, clear of what covers it. */
  fitBox(box: Bbox, covered?: Covered): void;
  /**
   * Jumps at once to a box (the events of a file just opened), lifting the pan limit when the box lies
   * outside the basemap's region; null returns to the opening view within that limit.
   */
  jumpTo(box: Bbox | null): void;
  /**
   * Resolves the next time the map has drawn its current events: background work (depth for an opened
   * file) waits for it rather than compete with MapLibre's worker for the cores while the map draws.
   */
  whenDrawn(): Promise<void>;
}

/** Longest wait for the map to draw before background work starts anyway (a map that never settles). */
export const DRAW_WAIT_MS = 20_000;

/** Resolves once the map has drawn its current events, or after `waitMs` if it has not by then. */
export function drawnOrLate(map: Pick<MapHandle, "whenDrawn">, waitMs = DRAW_WAIT_MS): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([map.whenDrawn(), new Promise<void>((resolve) => (timer = setTimeout(resolve, waitMs)))]).finally(() => clearTimeout(timer));
}

"use client";
import type { EventFeature } from "@/lib/schemas/event";
import { bboxOfGeometries, containsPoint, MAX_VIEW_BBOX, type Bbox } from "@/lib/geo/region";
import { anchorOf } from "@/lib/events/anchor";
import type { Covered } from "@/lib/map/map-handle";
import { useMapHandle } from "@/components/map/map-context";
import { useUrlStore } from "@/components/app/url-state/use-url-state";
import { useFollowing } from "./use-follow";

/**
 * The map's reading aids: "Follow" (fit each day's events when stepping; on while playing unless switched
 * off) and, when some shown events lie outside the view, how many, with a button that brings them in.
 */
export function FollowControls({ shown, view, covered, panelClass }: { shown: readonly EventFeature[]; view: Bbox | null; covered: Covered; panelClass: string }) {
  const store = useUrlStore();
  const handle = useMapHandle();
  const following = useFollowing();
  // Events beyond the map's area (talks in New York or Beijing) are in the list; the map cannot pan there.
  const reachable = shown.filter((e) => containsPoint(MAX_VIEW_BBOX, anchorOf(e)));
  const outside = view ? reachable.filter((e) => !containsPoint(view, anchorOf(e))).length : 0;
  const showAll = () => {
    const box = bboxOfGeometries(reachable.map((e) => e.geometry));
    if (box) handle.fitBox(box, covered);
  };
  return (
    <div className={`absolute top-2 left-2 z-10 flex flex-wrap items-center gap-2 rounded px-2 py-1 text-xs shadow ${panelClass}`}>
      <label className="flex items-center gap-1" title="Fit the map to each day's events as you step through the days">
        <input type="checkbox" checked={following} onChange={(e) => store.update({ follow: e.target.checked })} /> Follow
      </label>
      {outside > 0 && (
        <span data-testid="outside-view" className="flex items-center gap-1">
          {outside} {outside === 1 ? "event" : "events"} outside the view
          <button type="button" onClick={showAll} className="rounded border border-current/30 px-1.5 underline-offset-2 hover:bg-current/10">
            Show
          </button>
        </span>
      )}
    </div>
  );
}

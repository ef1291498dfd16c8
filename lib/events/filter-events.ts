import * as turf from "@turf/turf";
import type { EventCore } from "../schemas/imported-event";
import type { EventsQuery, TimelineQuery, Bbox } from "../schemas/query";

/** True when any part of the geometry lies inside the box (edges included). */
function intersectsBbox(feature: EventCore, [w, s, e, n]: Bbox): boolean {
  const [fw, fs, fe, fn] = turf.bbox(feature);
  return fw <= e && fe >= w && fs <= n && fn >= s;
}

/** Keeps the events that match every given criterion; a missing criterion matches all. */
export function filterEvents<F extends EventCore>(features: readonly F[], q: EventsQuery | TimelineQuery): F[] {
  const from = "date" in q && q.date ? q.date : "from" in q ? q.from : undefined;
  const to = "date" in q && q.date ? q.date : "to" in q ? q.to : undefined;
  return features.filter(({ properties: p, ...f }) => {
    if (from && p.date < from) return false;
    if (to && p.date > to) return false;
    if (q.actor && !q.actor.includes(p.actor)) return false;
    if (q.kind && !q.kind.includes(p.kind)) return false;
    if (q.verification && !q.verification.includes(p.verification.status)) return false;
    if (q.bbox && !intersectsBbox({ ...f, properties: p }, q.bbox)) return false;
    return true;
  });
}

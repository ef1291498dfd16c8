import { describe, expect, it } from "vitest";
import { actorFilterLabels } from "./actor-filter-labels";
import { makeEvent } from "../testing/event-factory";

const events = [
  makeEvent({ id: "a", date: "2025-05-07", actor: "pakistan", attribution: "established" }),
  makeEvent({ id: "b", date: "2025-05-07", actor: "pakistan", attribution: "claimed" }),
  makeEvent({ id: "c", date: "2025-05-08", actor: "pakistan", attribution: "disputed", contested: ["actor", "target"] }),
  makeEvent({ id: "d", date: "2025-05-08", actor: "india", attribution: "established" }),
];

describe("actorFilterLabels", () => {
  it("says how many of a side's events are only claimed or disputed to be its own", () => {
    const labels = actorFilterLabels(events, {}, {});
    expect(labels.pakistan).toBe("Pakistan (incl. 2 claimed or disputed)");
    expect(labels.india).toBe("India");
  });

  it("counts under the same day and other filters as the filter's own count", () => {
    expect(actorFilterLabels(events, {}, { from: "2025-05-08", to: "2025-05-08" }).pakistan).toBe("Pakistan (incl. 1 claimed or disputed)");
    expect(actorFilterLabels(events, { attribution: ["established"] }, {}).pakistan).toBe("Pakistan");
    // The actor filter itself does not change its own labels.
    expect(actorFilterLabels(events, { actor: ["india"] }, {}).pakistan).toBe("Pakistan (incl. 2 claimed or disputed)");
  });
});

import { describe, expect, it } from "vitest";
import { attributionsShown } from "./attributions-shown";
import { makeEvent } from "../testing/event-factory";

describe("attributionsShown", () => {
  it("lists each attribution shown that is not established, with its most often named side, in schema order", () => {
    const events = [
      makeEvent({ id: "a", actor: "india", attribution: "established" }),
      makeEvent({ id: "b", actor: "pakistan", attribution: "disputed" }),
      makeEvent({ id: "c", actor: "pakistan", attribution: "disputed" }),
      makeEvent({ id: "d", actor: "india", attribution: "disputed" }),
      makeEvent({ id: "e", actor: "india", attribution: "claimed" }),
    ];
    expect(attributionsShown(events)).toEqual([
      { attribution: "claimed", actor: "india" },
      { attribution: "disputed", actor: "pakistan" },
    ]);
  });

  it("lists nothing when every shown event's actor is established", () => {
    expect(attributionsShown([makeEvent()])).toEqual([]);
  });
});

import { createExpression } from "@maplibre/maplibre-gl-style-spec";
import { describe, expect, it } from "vitest";
import { EVENT_LABEL_SORT_KEY } from "./event-labels";
import { DEFAULT_GLOBAL_STATE } from "../global-state";

function sortKey(properties: Record<string, string>, state: Record<string, unknown> = {}): number {
  const expression = createExpression(EVENT_LABEL_SORT_KEY, "layers[0].layout.symbol-sort-key", null, { ...DEFAULT_GLOBAL_STATE, ...state });
  if (expression.result !== "success") throw new Error(JSON.stringify(expression.value));
  return expression.value.evaluate({ zoom: 5 }, { type: "Point", properties } as never) as number;
}

const event = (kind: string, status: string, date = "2025-05-10") => ({ kind, status, date });

describe("the event label sort key (lower is placed first)", () => {
  it("puts strikes before shelling, and shelling before statements", () => {
    expect(sortKey(event("airstrike", "claimed"))).toBeLessThan(sortKey(event("shelling", "confirmed")));
    expect(sortKey(event("shelling", "denied"))).toBeLessThan(sortKey(event("diplomatic", "confirmed")));
  });

  it("puts confirmed before reported, disputed, claimed and denied within a kind", () => {
    const keys = ["confirmed", "reported", "disputed", "claimed", "denied"].map((s) => sortKey(event("missile_strike", s)));
    expect([...keys].sort((a, b) => a - b)).toEqual(keys);
    expect(new Set(keys).size).toBe(5);
  });

  it("reads the verification under either property name the map features use", () => {
    expect(sortKey({ kind: "airstrike", verification: "confirmed", date: "2025-05-10" })).toBe(sortKey(event("airstrike", "confirmed")));
  });
});

import { describe, expect, it } from "vitest";
import { ActorMappingSchema, DEFAULT_ACTOR_MAPPING, actorTypeCode, sideOfActor, stateForcesCountry } from "./acled-actors";

const side = (actor: string, inter: string, mapping = DEFAULT_ACTOR_MAPPING) => sideOfActor(actor, inter, mapping);

describe("actor → side", () => {
  it("maps state forces by the country in their name", () => {
    expect(side("Military Forces of India (2014-)", "1")).toEqual({ side: "india", attribution: "claimed", rule: "state forces' country" });
    expect(side("Police Forces of Pakistan (2018-) Punjab Police", "State forces").side).toBe("pakistan");
    expect(side("Military Forces of China (1949-)", "8")).toEqual({ side: "other", attribution: "claimed", rule: "actor type" });
  });

  it("never names a side for ACLED's unidentified actors", () => {
    expect(side("Unidentified Armed Group (Pakistan)", "3")).toEqual({ side: "unknown", attribution: "unknown", rule: "unidentified" });
    expect(side("", "")).toEqual({ side: "unknown", attribution: "unknown", rule: "no actor" });
  });

  it("maps non-state armed groups to militants and crowds to other, by code or name", () => {
    expect(side("Synthetic Front", "2").side).toBe("militants");
    expect(side("Synthetic Militia", "Political militia").side).toBe("militants");
    expect(side("Protesters (India)", "6").side).toBe("other");
    expect(side("Someone", "").rule).toBe("fallback");
  });

  it("lets the reader name any actor's side, first of all rules", () => {
    const mapping = { ...DEFAULT_ACTOR_MAPPING, actors: { "Unidentified Armed Group (Pakistan)": "militants" as const } };
    expect(side("Unidentified Armed Group (Pakistan)", "3", mapping)).toEqual({ side: "militants", attribution: "claimed", rule: "actor name" });
  });

  it("validates a mapping the reader edits", () => {
    expect(ActorMappingSchema.safeParse(DEFAULT_ACTOR_MAPPING).success).toBe(true);
    expect(ActorMappingSchema.safeParse({ ...DEFAULT_ACTOR_MAPPING, fallback: "china" }).success).toBe(false);
  });

  it("reads codes and names of actor types and the country of a state force", () => {
    expect(actorTypeCode("Rebel groups")).toBe("2");
    expect(actorTypeCode("7")).toBe("7");
    expect(actorTypeCode("Aliens")).toBeUndefined();
    expect(stateForcesCountry("Military Forces of Sri Lanka (2019-)")).toBe("Sri Lanka");
  });
});

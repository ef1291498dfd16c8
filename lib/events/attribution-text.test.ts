import { describe, expect, it } from "vitest";
import { attributionNote, describeAttribution } from "./attribution-text";
import { actorFilterLabel, describeContested, explainAttribution } from "./attribution-details";

describe("attribution text", () => {
  it("states the actor as fact only when attribution is established", () => {
    expect(describeAttribution({ actor: "india", attribution: "established" })).toBe("by India");
    expect(describeAttribution({ actor: "pakistan", attribution: "claimed" })).toBe("attributed to Pakistan by one side");
    expect(describeAttribution({ actor: "pakistan", attribution: "disputed" })).toBe("attribution disputed (Pakistan accused)");
    expect(describeAttribution({ actor: "unknown", attribution: "unknown" })).toBe("by an unknown actor");
  });

  it("gives lists a note only when attribution is not established", () => {
    expect(attributionNote({ actor: "india", attribution: "established" })).toBe("");
    expect(attributionNote({ actor: "india", attribution: "disputed" })).toBe("Attribution disputed (India accused)");
    expect(attributionNote({ actor: "pakistan", attribution: "claimed" })).toBe("Attributed to Pakistan by one side");
    expect(attributionNote({ actor: "unknown", attribution: "unknown" })).toBe("Actor unknown");
  });

  it("explains the status, its meaning and who is named without asserting it", () => {
    expect(explainAttribution({ actor: "pakistan", attribution: "disputed" })).toEqual({
      status: "Disputed",
      meaning: "the sides blame each other, or the accused side denies it",
      who: "Pakistan is the side accused; this is not established.",
    });
    expect(explainAttribution({ actor: "india", attribution: "established" }).who).toBe("Carried out by India.");
  });

  it("says in an actor filter's label how many of its events are only claimed or disputed", () => {
    expect(actorFilterLabel("pakistan", 5)).toBe("Pakistan (incl. 5 claimed or disputed)");
    expect(actorFilterLabel("india", 0)).toBe("India");
    expect(actorFilterLabel("unknown", 3)).toBe("Unknown");
  });

  it("lists contested facts in plain words", () => {
    expect(describeContested(["actor"])).toBe("who carried it out");
    expect(describeContested(["actor", "damage", "date"])).toBe("who carried it out, the damage and the date or time");
  });
});

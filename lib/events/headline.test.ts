import type { EventFeature } from "../schemas/event";
import { describe, expect, it } from "vitest";
import { loadGeodata } from "../data/load-geodata";
import { indexEvents, shownEvents } from "./event-index";
import { headline } from "./headline";

describe("headline", async () => {
  // The shipped data is curated: every event carries the full curated schema (imports may not).
  const events = (await loadGeodata()).events as unknown as EventFeature[];
  const index = indexEvents(events);
  const on = (day: string) => headline(shownEvents(index, {}, { from: day, to: day }), { first: day, last: day });

  it("7 May: India's strikes, confirmed ones as strikes and contested ones counted apart", () => {
    const line = on("2025-05-07");
    expect(line).toMatch(/^7 May: India strikes 6 sites in Pakistan and Pakistan-administered Kashmir, and 3 more are contested \(3 disputed\)/);
    expect(line).toContain("shelling incidents");
  });

  it("never states one side's contested claim as a strike", () => {
    const line = on("2025-05-10");
    expect(line).not.toMatch(/Pakistan strikes/);
    expect(line).toMatch(/strikes on [^;]*attributed to Pakistan, all contested/);
  });

  it("the day of the attack leads with the attack in the data's own words", () => {
    expect(on("2025-04-22")).toMatch(/^22 Apr: Gunmen kill 26 people/);
  });

  it("a range names both ends, and an empty selection says so", () => {
    expect(headline(events, { first: "2025-04-22", last: "2025-05-20" })).toMatch(/^22 Apr – 20 May: /);
    expect(headline([], { first: "2025-05-09", last: "2025-05-09" })).toBe("9 May: no events shown");
  });

  it("a day of other kinds (an opened file's) is counted by its commonest kinds, never left blank", () => {
    const of = (id: string, kind: string, actor: string) => {
      const e = events[0]!;
      return { ...e, properties: { ...e.properties, id, kind, actor } } as unknown as EventFeature;
    };
    const day = [of("a", "protest", "india"), of("b", "battle", "pakistan"), of("c", "protest", "pakistan"), of("d", "riot", "other"), of("e", "strategic_development", "other")];
    expect(headline(day, { first: "2025-05-09", last: "2025-05-09" })).toBe("9 May: 2 protests (India 1, Pakistan 1); 1 battle by Pakistan; 1 riot by a third party");
  });

  it("states who acted only where it is established; the rest are blamed, or by an unknown actor", () => {
    const of = (id: string, kind: string, actor: string, attribution: string) => {
      const e = events[0]!;
      return { ...e, properties: { ...e.properties, id, kind, actor, attribution } } as unknown as EventFeature;
    };
    const shelling = [
      of("a", "shelling", "pakistan", "established"),
      of("b", "shelling", "pakistan", "established"),
      of("c", "shelling", "india", "established"),
      of("d", "shelling", "india", "disputed"),
      of("e", "shelling", "unknown", "unknown"),
    ];
    const span = { first: "2025-05-09", last: "2025-05-09" };
    expect(headline(shelling, span)).toBe("9 May: 5 shelling incidents (Pakistan 2, India 1; 1 blamed on India, not established; 1 by an unknown actor)");
    expect(headline([of("h", "protest", "india", "claimed"), of("i", "protest", "pakistan", "claimed"), of("j", "protest", "india", "claimed")], span)).toBe(
      "9 May: 3 protests blamed on India 2, Pakistan 1 (not established)",
    );
    expect(headline([of("f", "shelling", "pakistan", "disputed")], span)).toBe("9 May: 1 shelling incident blamed on Pakistan (not established)");
    expect(headline([of("g", "drone_strike", "unknown", "unknown")], span)).toMatch(/^9 May: 1 strike in \w[^;]* by an unknown actor$/);
  });

  it("on every day of the data, a side is said to have acted only as often as it is established to have", () => {
    const said = (text: string, name: string) => {
      // "2 drone strikes by India", "India strikes 3 sites", "(India 2, …)": each a count stated as that side's.
      const counts = [...text.matchAll(new RegExp(`(\\d+) [a-z ]+ by ${name}\\b|${name} strikes (\\d+) sites?|[(,] ${name} (\\d+)`, "g"))];
      return counts.reduce((sum, m) => sum + Number(m[1] ?? m[2] ?? m[3]), 0);
    };
    for (const day of index.days) {
      const shown = shownEvents(index, {}, { from: day, to: day });
      const line = headline(shown, { first: day, last: day });
      for (const [actor, name] of [["india", "India"], ["pakistan", "Pakistan"]] as const) {
        const established = shown.filter((e) => e.properties.actor === actor && e.properties.attribution === "established").length;
        expect(said(line, name), `${day}: ${line}`).toBeLessThanOrEqual(established);
      }
    }
  });
});

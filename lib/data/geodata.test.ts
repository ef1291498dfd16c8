import { describe, expect, it } from "vitest";
import { loadGeodata } from "./load-geodata";
import { CONTESTED_STATUSES } from "../schemas/event";
import type { LoadedEvent } from "./load-geodata";
import { balanceProblems, computeBalance } from "./balance";
import { isImported } from "../schemas/imported-event";

// The shipped dataset itself: what a reader relies on, checked on every run.
const data = await loadGeodata();
const on = (date: string, pred: (e: LoadedEvent) => boolean = () => true) =>
  data.events.filter((e) => e.properties.date === date && pred(e));

describe("the shipped geodata", () => {
  it("has at least 40 events across the whole period", () => {
    expect(data.events.length).toBeGreaterThanOrEqual(40);
    const dates = data.events.map((e) => e.properties.date);
    expect(dates[0]).toBe(data.dataset.period.first);
    expect(dates.at(-1)).toBe(data.dataset.period.last);
  });

  it("has unique ids", () => {
    const ids = data.events.map((e) => e.properties.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("cites only https sources, and every contested event cites both sides", () => {
    for (const { properties: p } of data.events) {
      for (const s of p.sources) expect(s.url, p.id).toMatch(/^https:\/\//);
      if (CONTESTED_STATUSES.includes(p.verification.status)) {
        const sides = new Set(p.claims.map((c) => c.side));
        expect([p.id, sides.has("india") && sides.has("pakistan")]).toEqual([p.id, true]);
        expect(p.sources.length, p.id).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it("keeps aggregator, blog and social sources at most 15% of source entries, and no event rests on them alone", () => {
    expect(balanceProblems(computeBalance(data.events.flatMap((e) => (isImported(e) ? [] : [e.properties])), data.dataset.period))).toEqual([]);
  });

  it("includes the Pahalgam attack on 22 April", () => {
    const attack = on("2025-04-22", (e) => e.properties.kind === "terror_attack");
    expect(attack).toHaveLength(1);
    expect(attack[0]!.properties.place.name).toMatch(/Baisaran|Pahalgam/);
  });

  it("includes the nine sites India struck on 7 May", () => {
    const strikes = on("2025-05-07", (e) => e.properties.actor === "india" && e.properties.kind === "missile_strike");
    expect(strikes.length).toBe(9);
    // India's stated target for every site; what Pakistan says was hit is in each event's claims.
    expect(strikes.every((e) => e.properties.statedTarget?.value === "militant_site")).toBe(true);
    expect(strikes.every((e) => e.properties.claims.some((c) => c.side === "pakistan"))).toBe(true);
  });

  it("includes the 10 May strikes on air bases and the ceasefire", () => {
    const strikes = on("2025-05-10", (e) => e.properties.actor === "india" && e.properties.kind === "airstrike");
    expect(strikes.length).toBeGreaterThanOrEqual(10);
    expect(strikes.filter((e) => e.properties.verification.status === "confirmed").length).toBeGreaterThanOrEqual(5);
    expect(on("2025-05-10", (e) => e.properties.kind === "ceasefire").length).toBeGreaterThanOrEqual(1);
  });

  it("places events administered by Pakistan west or north of those administered by India along the same latitude", () => {
    // A coarse sanity check on coordinates: nothing Pakistani-administered east of 77.9°E, nothing Indian west of 68°E.
    for (const { properties: p, geometry: g } of data.events) {
      if (g.type !== "Point" || p.kind === "diplomatic") continue;
      const [lon] = g.coordinates;
      if (p.place.administeredBy === "pakistan") expect(lon, p.id).toBeLessThan(77.9);
      if (p.place.administeredBy === "india") expect(lon, p.id).toBeGreaterThan(68);
    }
  });
});

import { describe, expect, it } from "vitest";
import { balanceProblems, balanceTables, computeBalance, MAX_WEAK_SHARE, percent } from "./balance";
import { makeEvent } from "../testing/event-factory";
import type { EventProperties } from "../schemas/event";
import type { Source } from "../schemas/source";

const PERIOD = { first: "2025-05-07", last: "2025-05-09" };
const props = (o: Partial<EventProperties>) => makeEvent(o).properties;
const weak = (n: number): Source => ({
  title: `Mirror ${n}`,
  publisher: "A mirror site",
  type: "aggregator",
  origin: "other",
  url: `https://mirror.example/${n}`,
  published: "2025-05-07",
});

describe("computeBalance", () => {
  it("counts events by actor and attribution, and by kind and actor", () => {
    const b = computeBalance(
      [
        props({ id: "a", actor: "india", attribution: "established" }),
        props({ id: "b", actor: "pakistan", attribution: "disputed", contested: ["actor"], kind: "shelling" }),
        props({ id: "c", actor: "pakistan", attribution: "claimed", kind: "shelling" }),
      ],
      PERIOD,
    );
    expect(b.events).toBe(3);
    expect(b.byActor.india).toEqual({ established: 1, claimed: 0, disputed: 0, unknown: 0 });
    expect(b.byActor.pakistan).toEqual({ established: 0, claimed: 1, disputed: 1, unknown: 0 });
    expect(b.byKind.shelling.pakistan).toBe(2);
    expect(b.byKind.missile_strike.india).toBe(1);
  });

  it("lists every day of the period, empty days included, with each side's actions and accounts", () => {
    const b = computeBalance(
      [
        props({ id: "a", date: "2025-05-07", actor: "india" }),
        props({ id: "b", date: "2025-05-09", actor: "pakistan", claims: [] , contested: [], verification: { status: "reported", basis: "Reported by one newspaper." } }),
      ],
      PERIOD,
    );
    expect(b.byDay.map((d) => d.date)).toEqual(["2025-05-07", "2025-05-08", "2025-05-09"]);
    expect(b.byDay[0]).toMatchObject({ acted: { india: 1, pakistan: 0 }, indiaClaims: 1, pakistanClaims: 1 });
    expect(b.byDay[1]).toMatchObject({ acted: { india: 0, pakistan: 0 }, indiaClaims: 0, pakistanClaims: 0 });
    expect(b.byDay[2]).toMatchObject({ acted: { pakistan: 1 }, indiaClaims: 0, pakistanClaims: 0 });
  });

  it("counts source entries by type and origin, the weak share, and events resting on weak sources alone", () => {
    const strong = makeEvent().properties.sources;
    const b = computeBalance(
      [
        props({ id: "mixed", sources: [...strong, weak(1)] }),
        props({ id: "weak-only", sources: [weak(2), weak(3)], claims: [], statedTarget: undefined, contested: [] }),
      ],
      PERIOD,
    );
    expect(b.sourceEntries).toBe(5);
    expect(b.weakEntries).toBe(3);
    expect(b.sourceTypes).toMatchObject({ official: 2, aggregator: 3, blog: 0 });
    expect(b.sourceOrigins).toEqual({ india: 1, pakistan: 1, other: 3 });
    expect(b.weakOnly).toEqual(["weak-only"]);
  });
});

describe("balanceProblems", () => {
  /** A dataset with `weakCount` weak entries among `total` source entries, no event resting on them alone. */
  function withShare(weakCount: number, total: number) {
    const strong = makeEvent().properties.sources[0]!;
    const sources = [strong, ...Array.from({ length: total - 1 }, (_, i) => (i < weakCount ? weak(i) : { ...strong, url: `https://pib.gov.in/${i}` }))];
    return computeBalance([props({ id: "one", sources })], PERIOD);
  }

  it("passes at exactly the limit and fails just above it, naming the share", () => {
    expect(MAX_WEAK_SHARE).toBe(0.15);
    expect(balanceProblems(withShare(3, 20))).toEqual([]);
    expect(balanceProblems(withShare(4, 20))).toEqual([
      "aggregator, blog and social sources are 20.0% of all source entries (4 of 20); at most 15% is allowed",
    ]);
  });

  it("names each event that rests on weak sources alone", () => {
    const b = computeBalance(
      [props({ id: "x", sources: [weak(1)], claims: [], statedTarget: undefined, contested: [] }), ...Array.from({ length: 9 }, (_, i) => props({ id: `s${i}` }))],
      PERIOD,
    );
    expect(b.weakEntries / b.sourceEntries).toBeLessThan(MAX_WEAK_SHARE);
    expect(balanceProblems(b)).toEqual(["events resting on aggregator, blog or social sources alone: x"]);
  });
});

describe("balanceTables", () => {
  it("prints one row per day with both sides' counts and the share of each source type", () => {
    const b = computeBalance([props({ id: "a", actor: "pakistan", attribution: "claimed" })], PERIOD);
    const [byActor, , byDay, byType, byOrigin] = balanceTables(b);
    expect(byActor!.rows).toEqual([["Pakistan", "1", "0", "1", "0", "0"]]);
    expect(byDay!.header).toEqual(["date", "India acted", "Pakistan acted", "others", "India's account", "Pakistan's account"]);
    expect(byDay!.rows[0]).toEqual(["2025-05-07", "0", "1", "0", "1", "1"]);
    expect(byType!.rows.find((r) => r[0] === "official statement")).toEqual(["official statement", "2", "100.0%"]);
    expect(byOrigin!.rows).toEqual([["India", "1", "50.0%"], ["Pakistan", "1", "50.0%"], ["neither side", "0", "0.0%"]]);
  });

  it("formats shares to one decimal and never divides by zero", () => {
    expect(percent(1, 3)).toBe("33.3%");
    expect(percent(0, 0)).toBe("–");
  });
});

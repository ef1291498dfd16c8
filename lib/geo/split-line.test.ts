import { describe, it, expect } from "vitest";
import type { Position } from "../schemas/geometry";
import {
  nearestVertexIndex,
  orderNorthToSouth,
  splitAtLatitude,
  splitAtNearestPoint,
  splitAtNearestVertex,
  splitAtVertex,
} from "./split-line";

/** Builds a line from flat lon, lat pairs: line(0, 10, 2, 6) is [[0, 10], [2, 6]]. */
function line(...lonLat: number[]): Position[] {
  const out: Position[] = [];
  for (let i = 0; i + 1 < lonLat.length; i += 2) out.push([lonLat[i]!, lonLat[i + 1]!]);
  return out;
}

describe("orderNorthToSouth", () => {
  it("reverses a line drawn south to north", () => {
    expect(orderNorthToSouth(line(0, 0, 1, 1, 2, 2))).toEqual(line(2, 2, 1, 1, 0, 0));
  });

  it("keeps a line already drawn north to south", () => {
    expect(orderNorthToSouth(line(5, 9, 4, 3))).toEqual(line(5, 9, 4, 3));
  });

  it("keeps a line whose ends share a latitude", () => {
    expect(orderNorthToSouth(line(0, 1, 5, 8, 9, 1))).toEqual(line(0, 1, 5, 8, 9, 1));
  });

  it("does not mutate its input", () => {
    const input = line(0, 0, 1, 1);
    orderNorthToSouth(input);
    expect(input).toEqual(line(0, 0, 1, 1));
  });
});

describe("splitAtLatitude", () => {
  it("interpolates the cut point on the crossing segment", () => {
    // Segment (2, 6) → (4, 2) crosses 5°: t = (6 − 5) / (6 − 2) = 0.25, lon = 2 + 0.25 · 2 = 2.5.
    const { head, tail } = splitAtLatitude(line(0, 10, 2, 6, 4, 2), 5);
    expect(head).toEqual(line(0, 10, 2, 6, 2.5, 5));
    expect(tail).toEqual(line(2.5, 5, 4, 2));
  });

  it("cuts at the first southward crossing only", () => {
    // (0, 10) → (3, 4) crosses 6°: t = 4 / 6, lon = 3 · 2/3 = 2; the later crossing (4, 8) → (5, 0) is ignored.
    const { head, tail } = splitAtLatitude(line(0, 10, 3, 4, 4, 8, 5, 0), 6);
    expect(head).toEqual(line(0, 10, 2, 6));
    expect(tail).toEqual(line(2, 6, 3, 4, 4, 8, 5, 0));
  });

  it("uses a vertex lying exactly on the latitude as the cut", () => {
    const { head, tail } = splitAtLatitude(line(0, 10, 1, 5, 2, 0), 5);
    expect(head).toEqual(line(0, 10, 1, 5));
    expect(tail).toEqual(line(1, 5, 2, 0));
  });

  it("throws when the line only crosses northward", () => {
    expect(() => splitAtLatitude(line(0, 0, 1, 10), 5)).toThrow(RangeError);
  });

  it("throws when the latitude is outside the line", () => {
    expect(() => splitAtLatitude(line(0, 10, 1, 8), 5)).toThrow(RangeError);
  });
});

describe("splitAtVertex", () => {
  it("puts the vertex at the end of head and the start of tail", () => {
    const { head, tail } = splitAtVertex(line(0, 0, 1, 1, 2, 2, 3, 3), 2);
    expect(head).toEqual(line(0, 0, 1, 1, 2, 2));
    expect(tail).toEqual(line(2, 2, 3, 3));
  });

  it("refuses an end vertex, which would leave a one-vertex half", () => {
    expect(() => splitAtVertex(line(0, 0, 1, 1, 2, 2), 0)).toThrow(RangeError);
    expect(() => splitAtVertex(line(0, 0, 1, 1, 2, 2), 2)).toThrow(RangeError);
  });

  it("refuses a fractional index", () => {
    expect(() => splitAtVertex(line(0, 0, 1, 1, 2, 2), 1.5)).toThrow(RangeError);
  });
});

describe("nearestVertexIndex", () => {
  it("finds the closest vertex", () => {
    expect(nearestVertexIndex(line(0, 0, 1, 0, 2, 0), [1.4, 0])).toBe(1);
  });

  it("shrinks longitude differences by the cosine of latitude", () => {
    // From (0, 60): vertex 0 is 0.5° of latitude away; vertex 1 is 0.8° of longitude · cos 60° = 0.4° away.
    expect(nearestVertexIndex(line(0, 60.5, 0.8, 60), [0, 60])).toBe(1);
  });

  it("breaks ties towards the lower index", () => {
    expect(nearestVertexIndex(line(0, 1, 0, -1), [0, 0])).toBe(0);
  });

  it("throws on an empty line", () => {
    expect(() => nearestVertexIndex([], [0, 0])).toThrow(RangeError);
  });
});

describe("splitAtNearestVertex", () => {
  it("splits at the vertex nearest the point", () => {
    const { head, tail } = splitAtNearestVertex(line(0, 0, 1, 0, 2, 0, 3, 0), [2.1, 0.3]);
    expect(head).toEqual(line(0, 0, 1, 0, 2, 0));
    expect(tail).toEqual(line(2, 0, 3, 0));
  });
});

describe("splitAtNearestPoint", () => {
  it("inserts the foot of the perpendicular as the shared cut", () => {
    const { head, tail, km } = splitAtNearestPoint(line(0, 1, 0, -1), [0.01, 0.5]);
    expect(head.at(-1)![0]).toBeCloseTo(0, 9);
    expect(head.at(-1)![1]).toBeCloseTo(0.5, 3);
    expect(tail[0]).toEqual(head.at(-1));
    expect(km).toBeCloseTo(1.11, 1);
  });

  it("cuts at a vertex when the nearest point is one", () => {
    expect(splitAtNearestPoint(line(0, 2, 1, 1, 0, 0), [1.5, 1])).toMatchObject({ head: line(0, 2, 1, 1), tail: line(1, 1, 0, 0) });
  });

  it("refuses a cut at an end of the line", () => {
    expect(() => splitAtNearestPoint(line(0, 1, 0, 0), [0, 3])).toThrow(RangeError);
  });
});

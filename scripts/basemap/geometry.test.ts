import type { Position } from "geojson";
import type { Topology } from "topojson-specification";
import { describe, expect, it } from "vitest";
import { clipPolygons, roundRing, simplifyTopology, toAreaGeometry, topologyUnits } from "./geometry";

const square = (x: number, y: number, size: number): Position[] => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];

/** Two units side by side sharing one wiggly arc (arc 0), as TopoJSON stores a common border. */
function twoNeighbours(): Topology {
  const shared: Position[] = [[1, 0], [1.001, 0.5], [1, 1]];
  return {
    type: "Topology",
    arcs: [shared, [[1, 1], [0, 1], [0, 0], [1, 0]], [[1, 0], [2, 0], [2, 1], [1, 1]]],
    objects: {
      units: {
        type: "GeometryCollection",
        geometries: [
          { type: "Polygon", arcs: [[0, 1]], properties: { name: "West" } },
          { type: "Polygon", arcs: [[2, ~0]], properties: { name: "East" } },
        ],
      },
    },
  };
}

describe("roundRing", () => {
  it("rounds positions and drops a position equal to the one before it", () => {
    const ring = [[0.0001, 0], [0.0002, 0], [1, 0], [1, 1], [0, 1], [0, 0]];
    expect(roundRing(ring, 3)).toEqual([[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]);
  });

  it("drops a ring that rounding collapses", () => {
    expect(roundRing(square(10, 10, 0.0001), 3)).toBeNull();
  });
});

describe("clipPolygons", () => {
  it("cuts a polygon at the box edge", () => {
    const [clipped] = clipPolygons([[square(0, 0, 10)]], [5, 0, 20, 20]);
    const lons = clipped![0]!.map((p) => p[0]!);
    expect(Math.min(...lons)).toBe(5);
  });

  it("drops a polygon wholly outside the box", () => {
    expect(clipPolygons([[square(30, 30, 1)]], [0, 0, 10, 10])).toEqual([]);
  });
});

describe("simplifyTopology", () => {
  it("simplifies a shared border once, so both neighbours keep the same line", () => {
    const [west, east] = topologyUnits(simplifyTopology(twoNeighbours(), 0.01), "units");
    const onBorder = (ring: Position[]) => ring.filter((p) => p[0]! > 0.5 && p[0]! < 1.5).map((p) => p.join(","));
    expect(onBorder(west!.polygons[0]![0]!).sort()).toEqual(onBorder(east!.polygons[0]![0]!).sort());
    expect(onBorder(west!.polygons[0]![0]!)).not.toContain("1.001,0.5");
  });
});

describe("toAreaGeometry", () => {
  it("winds the outer ring anticlockwise, as RFC 7946 asks", () => {
    const clockwise = [...square(0, 0, 1)].reverse();
    const geometry = toAreaGeometry([[clockwise]]);
    expect(geometry.type).toBe("Polygon");
    expect(geometry.coordinates[0]).toEqual(square(0, 0, 1));
  });
});

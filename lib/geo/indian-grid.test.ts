import { distance } from "@turf/turf";
import { describe, expect, it } from "vitest";
import type { Position } from "../schemas/geometry";
import { indianGridZoneIToLonLat } from "./indian-grid";
import { NJ9842 } from "./reference-points";

const RAD = Math.PI / 180;

/** Independent forward Lambert Conformal Conic (1SP) on the same ellipsoid, written from the EPSG guidance note. */
function forward([lon, lat]: Position): [number, number] {
  const a = 6377299.36559538;
  const f = 1 / 300.8017255433612;
  const e = Math.sqrt(2 * f - f * f);
  const [k0, phi0, yard] = [0.99878641, 32.5 * RAD, 0.9143985307444408];
  const t = (p: number) => Math.tan(Math.PI / 4 - p / 2) / ((1 - e * Math.sin(p)) / (1 + e * Math.sin(p))) ** (e / 2);
  const n = Math.sin(phi0);
  const F = Math.cos(phi0) / Math.sqrt(1 - (e * Math.sin(phi0)) ** 2) / (n * t(phi0) ** n);
  const [r, r0] = [a * F * t(lat * RAD) ** n * k0, a * F * t(phi0) ** n * k0];
  const theta = n * (lon - 68) * RAD;
  return [3_000_000 + (r * Math.sin(theta)) / yard, 1_000_000 + (r0 - r * Math.cos(theta)) / yard];
}

describe("indianGridZoneIToLonLat", () => {
  it("puts the false origin at 68°E, 32°30′N", () => {
    const [lon, lat] = indianGridZoneIToLonLat(3_000_000, 1_000_000);
    expect(lon).toBeCloseTo(68, 9);
    expect(lat).toBeCloseTo(32.5, 9);
  });

  it.each([[77, 35], [74.8, 34.08], [70, 28], [73.47, 34.37]] as Position[])("inverts the forward projection at %d°E %d°N to under a metre", (lon, lat) => {
    const [e, n] = forward([lon, lat]);
    expect(distance(indianGridZoneIToLonLat(e, n), [lon, lat], { units: "kilometers" })).toBeLessThan(0.001);
  });

  it("puts NJ9842 on the Saltoro range, 35.0°N 77.0°E", () => {
    const [lon, lat] = NJ9842.position;
    expect(lon).toBeCloseTo(77.01, 2);
    expect(lat).toBeCloseTo(35.009, 2);
  });
});

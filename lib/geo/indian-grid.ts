import type { Position } from "../schemas/geometry";

/**
 * The Indian Grid, zone I (EPSG:24371, "Kalianpur 1880 / India zone I"): Lambert Conformal Conic with one
 * standard parallel on the Everest 1830 ellipsoid, in Indian yards. Parameters as published in the EPSG
 * registry: latitude of origin 32°30′N, central meridian 68°E, scale factor 0.99878641, false easting
 * 3,000,000 yd, false northing 1,000,000 yd, 1 Indian yard = 0.9143985307444408 m, a = 6,377,299.36559538 m,
 * 1/f = 300.8017255433612.
 */
const ZONE_I = {
  a: 6_377_299.36559538,
  inverseFlattening: 300.8017255433612,
  yard: 0.9143985307444408,
  k0: 0.99878641,
  latitudeOfOrigin: 32.5,
  centralMeridian: 68,
  falseEastingYd: 3_000_000,
  falseNorthingYd: 1_000_000,
} as const;

const RAD = Math.PI / 180;

/**
 * Longitude and latitude (degrees, on the Kalianpur 1880 datum) of an Indian Grid zone I reference in
 * yards, by the EPSG inverse of the Lambert Conformal Conic (1SP) method. Kalianpur 1880 differs from
 * WGS 84 by a few hundred metres here, far below the kilometre accuracy this is used at.
 */
export function indianGridZoneIToLonLat(eastingYd: number, northingYd: number): Position {
  const { a, inverseFlattening, yard, k0 } = ZONE_I;
  const f = 1 / inverseFlattening;
  const e = Math.sqrt(2 * f - f * f);
  const phi0 = ZONE_I.latitudeOfOrigin * RAD;
  const t = (phi: number) => Math.tan(Math.PI / 4 - phi / 2) / ((1 - e * Math.sin(phi)) / (1 + e * Math.sin(phi))) ** (e / 2);
  const n = Math.sin(phi0);
  const m0 = Math.cos(phi0) / Math.sqrt(1 - e * e * Math.sin(phi0) ** 2);
  const F = m0 / (n * t(phi0) ** n);
  const r0 = a * F * t(phi0) ** n * k0;
  const dx = (eastingYd - ZONE_I.falseEastingYd) * yard;
  const dy = r0 - (northingYd - ZONE_I.falseNorthingYd) * yard;
  const tPrime = (Math.hypot(dx, dy) / (a * k0 * F)) ** (1 / n);
  let phi = Math.PI / 2 - 2 * Math.atan(tPrime);
  // Fixed-point iteration on the conformal latitude converges to well under a millimetre in a few steps.
  for (let i = 0; i < 8; i++) phi = Math.PI / 2 - 2 * Math.atan(tPrime * ((1 - e * Math.sin(phi)) / (1 + e * Math.sin(phi))) ** (e / 2));
  return [Math.atan2(dx, dy) / n / RAD + ZONE_I.centralMeridian, phi / RAD];
}

import type { Feature, MultiLineString, MultiPolygon, Polygon } from "geojson";
import { feature, merge, mesh } from "topojson-client";
import type { GeometryCollection, GeometryObject, Topology } from "topojson-specification";
import { PovCountrySchema, countryIn, styleIn, type PovCountry, type PovLineKind, type PovStyle, type PovUnitProperties } from "./schemas";
import type { Pov } from "./pov";

/** The committed partition (geodata/basemap/pov/units.topo.json): one object, `units`. */
export type UnitsTopology = Topology<{ units: GeometryCollection<PovUnitProperties> }>;

const CORES = new Set<string>(PovCountrySchema.options);
const props = (g: GeometryObject) => g.properties as PovUnitProperties;
const units = (topo: UnitsTopology) => topo.objects.units.geometries as GeometryObject<PovUnitProperties>[];

export type CountryFeature = Feature<MultiPolygon, { country: PovCountry; view: Pov; units: string[] }>;
export type RegionFeature = Feature<Polygon | MultiPolygon, PovUnitProperties & { style: PovStyle; country: PovCountry }>;

/**
 * Each country as the view draws it: the union (topojson `merge`, exact along shared arcs) of the pieces
 * the view gives it. In the international view that is the administered territory, Siachen with India.
 */
export function viewCountries(topo: UnitsTopology, pov: Pov): CountryFeature[] {
  return PovCountrySchema.options.map((country) => {
    const mine = units(topo).filter((g) => countryIn(props(g), pov) === country);
    return {
      type: "Feature",
      properties: { country, view: pov, units: mine.map((g) => props(g).id) },
      geometry: merge(topo, mine as Parameters<typeof merge>[1]),
    };
  });
}

/** The disputed and claimed pieces (everything but the three cores), with their country and style in the view. */
export function viewRegions(topo: UnitsTopology, pov: Pov): RegionFeature[] {
  const all = feature(topo, topo.objects.units).features as Feature<Polygon | MultiPolygon, PovUnitProperties>[];
  return all
    .filter((f) => !CORES.has(f.properties.id))
    .map((f) => ({ ...f, properties: { ...f.properties, style: styleIn(f.properties, pov), country: countryIn(f.properties, pov) } }));
}

type Rule = { kind: PovLineKind; keep: (a: PovUnitProperties, b: PovUnitProperties) => boolean };

/** A piece drawn in a view as a country other than the one holding it. */
const reassigned = (p: PovUnitProperties, pov: Pov) => p.admin !== countryIn(p, pov);
/** India-held parts of the former state, whose frontier with China Pakistan's map leaves undefined. */
const EAST_OF_KARAKORAM_PASS = new Set(["jammu-kashmir-ladakh", "demchok"]);
const undefinedFrontier = (a: PovUnitProperties, b: PovUnitProperties) =>
  (EAST_OF_KARAKORAM_PASS.has(a.id) && countryIn(b, "pakistan") === "china") || (EAST_OF_KARAKORAM_PASS.has(b.id) && countryIn(a, "pakistan") === "china");
const pair = (x: string, y: string) => (a: PovUnitProperties, b: PovUnitProperties) => (a.id === x && b.id === y) || (a.id === y && b.id === x);

/**
 * Which shared edges each view draws besides the de facto lines. An edge between two pieces held by the
 * same country is a claim line in the international view; a view's own boundary runs where its countries
 * differ and at least one side is reassigned from the country holding it (an edge both views agree on is
 * a de facto border, drawn already).
 */
const RULES: Record<Pov, Rule[]> = {
  international: [{ kind: "claim", keep: (a, b) => a.admin === b.admin && (styleIn(a, "international") === "disputed" || styleIn(b, "international") === "disputed") }],
  india: [
    {
      kind: "india_claim",
      keep: (a, b) => (countryIn(a, "india") === "india") !== (countryIn(b, "india") === "india") && (reassigned(a, "india") || reassigned(b, "india")),
    },
  ],
  pakistan: [
    { kind: "frontier_undefined", keep: undefinedFrontier },
    {
      kind: "pakistan_claim",
      keep: (a, b) =>
        !undefinedFrontier(a, b) &&
        (countryIn(a, "pakistan") === "pakistan") !== (countryIn(b, "pakistan") === "pakistan") &&
        (reassigned(a, "pakistan") || reassigned(b, "pakistan")),
    },
    { kind: "region", keep: pair("gilgit-baltistan", "azad-kashmir") },
  ],
};

/** The lines a view adds, one MultiLineString per kind, cut from the shared arcs of the partition. */
export function viewLineGeometry(topo: UnitsTopology, pov: Pov): { kind: PovLineKind; geometry: MultiLineString }[] {
  return RULES[pov].map(({ kind, keep }) => ({
    kind,
    geometry: mesh(topo, topo.objects.units, (a, b) => a !== b && keep(props(a), props(b))),
  }));
}

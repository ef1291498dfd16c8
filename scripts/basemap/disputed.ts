/**
 * Natural Earth 4.0's disputed areas around Kashmir, cut to the world-atlas (Natural Earth 4.1) unit that
 * administers each one. The 4.0 and 4.1 lines lie within 0.2 km of each other along the Line of Control,
 * so each area is first grown by GROW_KM and then cut to its unit: its edge along a country border is
 * then that border itself (no sliver of overlap, no gap). Where two areas of one unit meet (Gilgit-
 * Baltistan and Azad Jammu and Kashmir), the growth into the neighbour is cut away again, so the areas
 * never overlap; only an edge with the rest of the unit moves out by GROW_KM.
 */
import { buffer, difference, feature, featureCollection, intersect, polygon, simplify } from "@turf/turf";
import type { MultiPolygon, Polygon } from "geojson";
import { COORD_DECIMALS } from "../../lib/basemap/config";
import type { CountryCollection, Tint } from "../../lib/basemap/schemas";
import type { ClaimantSchema, DisputedAreaCollection, DisputedAreaFeature } from "../../lib/basemap/political-schemas";
import type { z } from "zod";
import { roundPolygons, toAreaGeometry, type Polygons } from "./geometry";
import { neString, type NaturalEarthFeature } from "./natural-earth";

const GROW_KM = 0.3;
const TOLERANCE_DEG = 0.0025;

type Claimant = z.infer<typeof ClaimantSchema>;
interface DisputedRule {
  /** Our name: the neutral, descriptive one (see geodata/basemap/README.md). */
  name: string;
  /** The world-atlas unit that holds it, by name. */
  unit: string;
  tint: Tint;
  administeredBy: string | null;
  claimedBy: Claimant[];
}

/**
 * Who administers and who claims each area, read from Natural Earth's NOTE_BRK (kept verbatim as
 * `ne_note`). Only the areas of the India–Pakistan–China frontier are taken; Natural Earth's others in
 * the box (Abu Musa in the Gulf, Bhutan's northern valleys) have nothing to do with this map.
 */
export const DISPUTED_RULES: Record<string, DisputedRule> = {
  B01: { name: "Tirpani Valleys", unit: "India", tint: "india", administeredBy: "India", claimedBy: ["China"] },
  B02: { name: "Bara Hotii Valleys", unit: "India", tint: "india", administeredBy: "India", claimedBy: ["China"] },
  B03: { name: "Demchok", unit: "India", tint: "india", administeredBy: "India", claimedBy: ["China"] },
  B04: { name: "Samdu Valleys", unit: "India", tint: "india", administeredBy: "India", claimedBy: ["China"] },
  B05: { name: "Indian-administered Kashmir", unit: "India", tint: "india", administeredBy: "India", claimedBy: ["Pakistan"] },
  B06: { name: "Shaksgam Valley", unit: "China", tint: "other", administeredBy: "China", claimedBy: ["India"] },
  B07: { name: "Aksai Chin", unit: "China", tint: "other", administeredBy: "China", claimedBy: ["India"] },
  B08: { name: "Gilgit-Baltistan", unit: "Pakistan", tint: "pakistan", administeredBy: "Pakistan", claimedBy: ["India"] },
  B09: { name: "Azad Jammu and Kashmir", unit: "Pakistan", tint: "pakistan", administeredBy: "Pakistan", claimedBy: ["India"] },
  B45: { name: "Siachen Glacier", unit: "Siachen Glacier", tint: "contested", administeredBy: null, claimedBy: ["India", "Pakistan"] },
  B88: { name: "Kalapani (near Om Parvat)", unit: "India", tint: "india", administeredBy: "India", claimedBy: ["Nepal"] },
};

const areaParts = (g: Polygon | MultiPolygon): Polygons => (g.type === "Polygon" ? [g.coordinates] : g.coordinates);

function sourceArea(ne: readonly NaturalEarthFeature[], id: string): Polygon | MultiPolygon {
  const source = ne.find((f) => f.properties?.BRK_A3 === id);
  if (!source?.geometry || (source.geometry.type !== "Polygon" && source.geometry.type !== "MultiPolygon"))
    throw new Error(`ne_10m_admin_0_disputed_areas: no area ${id} (${DISPUTED_RULES[id]?.name})`);
  return source.geometry;
}

export function buildDisputedAreas(ne: readonly NaturalEarthFeature[], countries: CountryCollection): DisputedAreaCollection {
  const features: DisputedAreaFeature[] = [];
  for (const [id, rule] of Object.entries(DISPUTED_RULES)) {
    const source = ne.find((f) => f.properties?.BRK_A3 === id)!;
    const unit = countries.features.find((c) => c.properties.name === rule.unit);
    if (!unit) throw new Error(`countries.geojson: no unit ${rule.unit} for disputed area ${id}`);
    const neighbours = Object.entries(DISPUTED_RULES)
      .filter(([other, r]) => other !== id && r.unit === rule.unit)
      .flatMap(([other]) => areaParts(sourceArea(ne, other)).map((rings) => simplify(polygon(rings), { tolerance: TOLERANCE_DEG, highQuality: true })));
    const pieces = areaParts(sourceArea(ne, id)).flatMap((rings) => {
      const simple = simplify(polygon(rings), { tolerance: TOLERANCE_DEG, highQuality: true });
      const grown = buffer(simple, GROW_KM, { units: "kilometers" });
      if (!grown) return [];
      let cut = intersect(featureCollection<Polygon | MultiPolygon>([grown, feature(unit.geometry as Polygon | MultiPolygon)]));
      for (const n of neighbours) cut = cut && difference(featureCollection<Polygon | MultiPolygon>([cut, n]));
      return cut ? areaParts(cut.geometry) : [];
    });
    const polygons = roundPolygons(pieces, COORD_DECIMALS);
    if (polygons.length === 0) throw new Error(`disputed area ${id} (${rule.name}) does not overlap ${rule.unit}`);
    features.push({
      type: "Feature",
      properties: {
        ne_id: id,
        name: rule.name,
        tint: rule.tint,
        administered_by: rule.administeredBy,
        claimed_by: rule.claimedBy,
        ne_note: neString("disputed", source, "NOTE_BRK"),
      },
      geometry: toAreaGeometry(polygons),
    });
  }
  return { type: "FeatureCollection", features };
}

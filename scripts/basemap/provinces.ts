/**
 * Province, state and territory names as label points, from Natural Earth 4.0's admin-1 label points
 * (one point per unit: the one Natural Earth ranks first, `adm0_sr`). Natural Earth 4.0 still has the
 * names and units of before 2010, so each unit is mapped here to today's, with the page that says so.
 * Units of India and Pakistan only: the neighbours get a country label, no more.
 */
import { CLIP_BBOX, COORD_DECIMALS } from "../../lib/basemap/config";
import type { ProvinceCollection, ProvinceFeature, ProvinceTypeSchema } from "../../lib/basemap/political-schemas";
import type { z } from "zod";
import { neString, type NaturalEarthFeature } from "./natural-earth";

type ProvinceType = z.infer<typeof ProvinceTypeSchema>;
type Country = ProvinceFeature["properties"]["country"];

const PAKISTAN_CONSTITUTION = "https://stateofchildren.com/part-1-constitution/";
const KP_RENAME = "https://www.samaa.tv/news/2021/04/bill-to-rename-khyber-pakhtunkhwa-tabled-in-national-assembly/";
const GB_RENAME = "https://www.hindustantimes.com/world/disputed-northern-areas-renamed-as-gilgit-baltistan/story-qickZAJF82JoXg1CnzZJsJ.html";
const AJK_NAME = "https://en.wikipedia.org/wiki/Interim_Constitution_of_Azad_Jammu_and_Kashmir_(1974)";
const JK_REORGANISATION = "https://www.firstpost.com/india/new-map-of-india-home-ministry-releases-map-showing-jammu-and-kashmir-ladakh-as-separate-union-territories-7593181.html";
const UTTARAKHAND_RENAME = "https://www.indiatvnews.com/news/india/uttarakhand-foundation-day-what-was-name-of-state-when-it-was-founded-why-was-it-being-changed-uttaranchal-history-2025-11-09-1016541";
const ODISHA_RENAME = "https://www.deccanherald.com/national/parliament-passes-bill-to-change-name-of-orissa-142841.html";

interface Kept {
  name: string;
  type: ProvinceType;
  rank: 1 | 2;
  /** Where the name differs from Natural Earth's: the page documenting today's name. */
  source?: string;
  /** Natural Earth's point lies outside today's unit: the point to use instead, set by hand. */
  at?: [number, number];
}
/** `null`: Natural Earth's unit no longer exists, or its name is already on the map; the reason is the comment. */
type Rule = Kept | null;

/** Keyed by Natural Earth's `adm1_code`. Rank 2 units are labelled once zoomed in. */
export const PROVINCE_RULES: Record<string, { country: Country; rule: Rule }> = {
  "PAK-1113": { country: "pakistan", rule: { name: "Punjab", type: "province", rank: 1 } },
  "PAK-1114": { country: "pakistan", rule: { name: "Sindh", type: "province", rank: 1, source: PAKISTAN_CONSTITUTION } },
  "PAK-1108": { country: "pakistan", rule: { name: "Balochistan", type: "province", rank: 1, source: PAKISTAN_CONSTITUTION } },
  // N.W.F.P. became Khyber Pakhtunkhwa with the 18th Amendment (April 2010).
  "PAK-1123": { country: "pakistan", rule: { name: "Khyber Pakhtunkhwa", type: "province", rank: 1, source: KP_RENAME } },
  // F.A.T.A. was merged into Khyber Pakhtunkhwa by the 25th Amendment (May 2018): no unit left to label.
  "PAK-1112": { country: "pakistan", rule: null },
  "PAK-1110": { country: "pakistan", rule: { name: "Islamabad Capital Territory", type: "territory", rank: 2, source: PAKISTAN_CONSTITUTION } },
  // Rank 2: at the opening zoom the boundary view's label "Pakistan-administered Kashmir" names these two.
  "PAK-1111": { country: "pakistan", rule: { name: "Gilgit-Baltistan", type: "territory", rank: 2, source: GB_RENAME } },
  "PAK-1109": { country: "pakistan", rule: { name: "Azad Jammu and Kashmir", type: "territory", rank: 2, source: AJK_NAME } },
  // The state was split into two union territories on 31 October 2019; Ladakh is added below. Natural
  // Earth's point lies in Zanskar, now Ladakh, so the union territory gets a point of its own.
  "IND-2431": { country: "india", rule: { name: "Jammu and Kashmir", type: "union_territory", rank: 2, source: JK_REORGANISATION, at: [75.45, 33.3] } },
  "IND-3249": { country: "india", rule: { name: "Punjab", type: "state", rank: 1 } },
  "IND-3250": { country: "india", rule: { name: "Rajasthan", type: "state", rank: 1 } },
  "IND-3264": { country: "india", rule: { name: "Gujarat", type: "state", rank: 1 } },
  "IND-2430": { country: "india", rule: { name: "Haryana", type: "state", rank: 1 } },
  "IND-2429": { country: "india", rule: { name: "Himachal Pradesh", type: "state", rank: 1 } },
  "IND-3254": { country: "india", rule: { name: "Uttarakhand", type: "state", rank: 1, source: UTTARAKHAND_RENAME } },
  "IND-3253": { country: "india", rule: { name: "Uttar Pradesh", type: "state", rank: 1 } },
  "IND-3261": { country: "india", rule: { name: "Madhya Pradesh", type: "state", rank: 1 } },
  "IND-2447": { country: "india", rule: { name: "Maharashtra", type: "state", rank: 1 } },
  "IND-3260": { country: "india", rule: { name: "Chhattisgarh", type: "state", rank: 1 } },
  "IND-3256": { country: "india", rule: { name: "Jharkhand", type: "state", rank: 1 } },
  "IND-3258": { country: "india", rule: { name: "Bihar", type: "state", rank: 1 } },
  "IND-3257": { country: "india", rule: { name: "West Bengal", type: "state", rank: 1 } },
  "IND-3259": { country: "india", rule: { name: "Sikkim", type: "state", rank: 2 } },
  "IND-2444": { country: "india", rule: { name: "Odisha", type: "state", rank: 1, source: ODISHA_RENAME } },
  // Delhi and Chandigarh: city-sized territories that the city labels New Delhi and Chandigarh already name.
  "IND-2428": { country: "india", rule: null },
  "IND-2427": { country: "india", rule: null },
  // Dadra and Nagar Haveli and Daman and Diu were merged into one union territory in 2020; a few
  // kilometres wide, they have no label at this scale.
  "IND-2445": { country: "india", rule: null },
  "IND-3504": { country: "india", rule: null },
};

/** Units Natural Earth 4.0 does not have, with the point set by hand inside each. */
export const ADDED_PROVINCES: { country: Country; name: string; type: ProvinceType; rank: 1 | 2; source: string; at: [number, number] }[] = [
  // The Leh and Kargil districts, a union territory since 31 October 2019.
  { country: "india", name: "Ladakh", type: "union_territory", rank: 2, source: JK_REORGANISATION, at: [76.9, 34.4] },
];

const round = (v: number) => Math.round(v * 10 ** COORD_DECIMALS) / 10 ** COORD_DECIMALS;
const inBox = ([x, y]: [number, number]) => x >= CLIP_BBOX[0] && x <= CLIP_BBOX[2] && y >= CLIP_BBOX[1] && y <= CLIP_BBOX[3];

export function buildProvinces(ne: readonly NaturalEarthFeature[]): ProvinceCollection {
  const best = new Map<string, NaturalEarthFeature>();
  for (const f of ne) {
    const code = f.properties?.adm1_code;
    if (typeof code !== "string" || !(code.startsWith("IND-") || code.startsWith("PAK-"))) continue;
    const held = best.get(code);
    if (!held || Number(f.properties?.adm0_sr) < Number(held.properties?.adm0_sr)) best.set(code, f);
  }
  const features: ProvinceFeature[] = [];
  for (const [code, f] of best) {
    if (f.geometry?.type !== "Point") throw new Error(`ne_10m_admin_1_label_points: ${code} is not a point`);
    const neAt = f.geometry.coordinates as [number, number];
    if (!inBox(neAt)) continue;
    const entry = PROVINCE_RULES[code];
    const neName = neString("admin1Labels", f, "name");
    if (!entry) throw new Error(`ne_10m_admin_1_label_points: ${code} (${neName}) lies in the box but has no rule in provinces.ts`);
    const { country, rule } = entry;
    if (!rule) continue;
    const renamed = rule.name !== neName;
    if ((renamed || rule.at) && !rule.source) throw new Error(`provinces.ts: ${code} changes Natural Earth's unit without a source`);
    features.push({
      type: "Feature",
      properties: {
        name: rule.name,
        country,
        type: rule.type,
        rank: rule.rank,
        ne_name: neName,
        placed: rule.at !== undefined,
        renamed_from: renamed ? neName : null,
        source: rule.source ?? null,
      },
      geometry: { type: "Point", coordinates: (rule.at ?? neAt).map(round) as [number, number] },
    });
  }
  for (const p of ADDED_PROVINCES)
    features.push({
      type: "Feature",
      properties: { name: p.name, country: p.country, type: p.type, rank: p.rank, ne_name: null, placed: true, renamed_from: null, source: p.source },
      geometry: { type: "Point", coordinates: p.at.map(round) as [number, number] },
    });
  features.sort((a, b) => a.properties.country.localeCompare(b.properties.country) || a.properties.name.localeCompare(b.properties.name, "en"));
  return { type: "FeatureCollection", features };
}

import { z } from "zod";
import { POVS, type Pov } from "./pov";

/** A boundary point of view, as a URL, a request or a geodata file names it. */
export const PovSchema = z.enum(POVS);

/** A country a unit belongs to in some view. Only the three countries that dispute Kashmir take part. */
export const PovCountrySchema = z.enum(["india", "pakistan", "china"]);
export type PovCountry = z.infer<typeof PovCountrySchema>;

/**
 * How a unit is painted in a view: `plain` as its country's land; `disputed` marked as disputed (the
 * international view); `claimed` drawn as the claimant's although another country administers it;
 * `jk` Pakistan's single colour for all of Jammu and Kashmir, the disputed territory on its 2020 map.
 */
export const PovStyleSchema = z.enum(["plain", "disputed", "claimed", "jk"]);
export type PovStyle = z.infer<typeof PovStyleSchema>;

/**
 * One piece of the partition: a country's undisputed core, a Natural Earth disputed area, or an area
 * curated for Pakistan's claims. In every view each piece belongs to exactly one country.
 */
export const PovUnitPropertiesSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Neutral name. */
  name: z.string().min(2),
  /** Natural Earth's BRK_A3 code, or "" for cores and curated areas. */
  ne: z.string(),
  /** Who administers it and who claims it, in words (Natural Earth's NOTE_BRK where it has one). */
  note: z.string(),
  /** The administering country: who holds it on the ground. */
  admin: PovCountrySchema,
  country_international: PovCountrySchema,
  country_india: PovCountrySchema,
  country_pakistan: PovCountrySchema,
  style_international: PovStyleSchema,
  style_india: PovStyleSchema,
  style_pakistan: PovStyleSchema,
});
export type PovUnitProperties = z.infer<typeof PovUnitPropertiesSchema>;

/** Lines a view draws in addition to the de facto lines (which never change). */
export const PovLineKindSchema = z.enum([
  /** Where a claimed area meets the rest of its administering country (international view: dotted). */
  "claim",
  /** India's boundary around the areas it claims. */
  "india_claim",
  /** Pakistan's boundary around Jammu and Kashmir, Junagadh, Manavadar and Sir Creek. */
  "pakistan_claim",
  /** Pakistan's line of control from NJ9842 to the Karakoram Pass. */
  "pakistan_loc",
  /** The Jammu and Kashmir–China frontier Pakistan's map marks as undefined. */
  "frontier_undefined",
  /** Gilgit-Baltistan's boundary with the rest of Jammu and Kashmir, drawn distinctly on Pakistan's map. */
  "region",
]);
export type PovLineKind = z.infer<typeof PovLineKindSchema>;

export const PovLinePropertiesSchema = z.strictObject({
  view: PovSchema,
  kind: PovLineKindSchema,
  /** Label along the line, "" for none. */
  name: z.string(),
  accuracy: z.string().min(10),
  source: z.string().min(10),
});
export type PovLineProperties = z.infer<typeof PovLinePropertiesSchema>;

/** A label anchor for a region, with its name in each view ("" where the view shows none). */
export const PovLabelPropertiesSchema = z.strictObject({
  unit: z.string(),
  rank: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  label_international: z.string(),
  label_india: z.string(),
  label_pakistan: z.string(),
});
export type PovLabelProperties = z.infer<typeof PovLabelPropertiesSchema>;

/** The country a unit belongs to in a view. */
export const countryIn = (p: PovUnitProperties, pov: Pov): PovCountry => p[`country_${pov}`];
/** How a unit is painted in a view. */
export const styleIn = (p: PovUnitProperties, pov: Pov): PovStyle => p[`style_${pov}`];
/** A label's text in a view ("" for none). */
export const labelIn = (p: PovLabelProperties, pov: Pov): string => p[`label_${pov}`];

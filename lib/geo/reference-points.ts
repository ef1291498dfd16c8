import type { Position } from "../schemas/geometry";
import { indianGridZoneIToLonLat } from "./indian-grid";

/** A named point the boundary lines are cut or drawn to, with where its position comes from. */
export interface ReferencePoint {
  name: string;
  position: Position;
  /** How far the true point may lie from `position`, in km. */
  uncertaintyKm: number;
  source: string;
}

/**
 * NJ9842, the northernmost delineated point of the Line of Control (Simla delineation, 1972). Its grid
 * reference "NJ 38 98000, 13 42000" is in yards on the Indian Grid (https://en.wikipedia.org/wiki/NJ9842),
 * i.e. easting 3,898,000 yd and northing 1,342,000 yd in zone I; converted with the EPSG:24371 parameters
 * it is 35.009°N, 77.010°E, on the Saltoro range at the head of the Chalunka Lungpa valley as that page
 * describes. The datum (Kalianpur 1880) puts it within about 1 km of the same point on WGS 84.
 */
export const NJ9842: ReferencePoint = {
  name: "NJ9842",
  position: indianGridZoneIToLonLat(3_898_000, 1_342_000),
  uncertaintyKm: 1,
  source:
    "grid reference NJ 38 98000, 13 42000 (Indian Grid, yards; https://en.wikipedia.org/wiki/NJ9842) converted " +
    "from Indian Grid zone I (EPSG:24371: Lambert Conformal Conic, 32°30′N 68°E, k 0.99878641, FE 3,000,000 yd, " +
    "FN 1,000,000 yd, Everest 1830)",
};

/**
 * Southern end of the Line of Control. India's Ministry of External Affairs describes the 1972
 * delineation as "the entire stretch of Line of Control running through 740 Km starting from Sangam and
 * ending at Pt NJ-9842" (https://mea.gov.in/in-focus-article.htm?19004/); the Line of Control article
 * places the stretch south of the line at "Sangam, Chenab River, Akhnoor"
 * (https://en.wikipedia.org/wiki/Line_of_Control), and the BSF says its Jammu frontier ends at the
 * Chicken's Neck, where the LoC begins. No source read gives Sangam's coordinates, so the cited point is
 * the Chicken's Neck (Akhnoor Dagger), where the Chenab leaves Indian-administered Jammu:
 * 32°49′N 74°41′E (https://en.wikipedia.org/wiki/Chicken%27s_Neck_(Pakistan)).
 */
export const LOC_SOUTH_END: ReferencePoint = {
  name: "Sangam (Chenab at the Chicken's Neck, Akhnoor)",
  position: [74 + 41 / 60, 32 + 49 / 60],
  uncertaintyKm: 5,
  source:
    "MEA, Clarifications on LoC (https://mea.gov.in/in-focus-article.htm?19004/): the LoC starts from Sangam; " +
    "position of the Chicken's Neck on the Chenab, 32°49′N 74°41′E (https://en.wikipedia.org/wiki/Chicken%27s_Neck_(Pakistan))",
};

/** The Karakoram Pass, 35°30′48″N 77°49′23″E (https://en.wikipedia.org/wiki/Karakoram_Pass?oldid=860250332). */
export const KARAKORAM_PASS: ReferencePoint = {
  name: "Karakoram Pass",
  position: [77 + 49 / 60 + 23 / 3600, 35 + 30 / 60 + 48 / 3600],
  uncertaintyKm: 0.5,
  source: "35°30′48″N 77°49′23″E, https://en.wikipedia.org/wiki/Karakoram_Pass?oldid=860250332",
};

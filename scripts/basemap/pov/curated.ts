/**
 * What Natural Earth lacks for Pakistan's view, curated from cited sources, each with its accuracy.
 * Areas are drawn generously into the sea and clipped to India's land by the build, so their coasts are
 * the basemap's coasts.
 */
import type { Position } from "../../../lib/schemas/geometry";

export interface CuratedArea {
  id: string;
  ring: Position[];
  source: string;
  accuracy: string;
}

/**
 * Junagadh State, which acceded to Pakistan in 1947 and was annexed by India after a 1948 referendum.
 * Imperial Gazetteer of India (1908): "lying between 20° 44′ and 21° 53′ N. and 70° and 72° E., with an
 * area of 3,284 square miles", bounded west and south by the Arabian Sea
 * (http://indpaedia.com/ind/index.php/Junagarh_State,_1908). Outline drawn around the state's core —
 * today's Junagadh and Gir Somnath districts, from Mangrol and Veraval on the coast to Junagadh town,
 * Visavadar and Una — leaving out its scattered parganas and the enclaves it surrounded.
 */
export const JUNAGADH: CuratedArea = {
  id: "junagadh",
  ring: [
    [69.95, 21.17], [70.2, 21.4], [70.27, 21.6], [70.5, 21.72], [70.76, 21.58], [71.02, 21.46], [71.22, 21.15],
    [71.2, 20.7], [70.9, 20.6], [70.5, 20.65], [70.25, 20.8], [69.95, 21.0], [69.95, 21.17],
  ],
  source: "Imperial Gazetteer of India, 1908, “Junagarh State” (http://indpaedia.com/ind/index.php/Junagarh_State,_1908)",
  accuracy:
    "Schematic outline of the former state's core, good to about 15 km; its detached parganas and the enclaves inside it are not drawn.",
};

/**
 * Bantva-Manavadar, which the Nawab of Junagadh also acceded to Pakistan: 101 sq mi (261.6 km²) around
 * 21°30′N 70°08′E (https://jmediawiki.org/Manavadar%20State/Manavadar_State). Drawn as a square of that
 * area centred there.
 */
export const MANAVADAR: CuratedArea = {
  id: "manavadar",
  ring: [
    [70.056, 21.429], [70.21, 21.429], [70.21, 21.571], [70.056, 21.571], [70.056, 21.429],
  ],
  source: "Manavadar State: 261.6 km², 21°30′N 70°08′E (https://jmediawiki.org/Manavadar%20State/Manavadar_State)",
  accuracy: "A square of the state's area on its recorded centre: position good to about 10 km, not its shape.",
};

/** Width of the Sir Creek band east of Natural Earth's line, in km. */
export const SIR_CREEK_BAND_KM = 1.5;

export const SIR_CREEK = {
  id: "sir-creek",
  source:
    "Natural Earth 10m India–Pakistan boundary, “Water Indicator” section along Sir Creek; Pakistan's 2020 map " +
    "puts the boundary on the creek's eastern bank, India claims the mid-channel (https://edufavor.com/question/what-is-pakistans-new-political-map/)",
  accuracy:
    `Schematic: a ${SIR_CREEK_BAND_KM} km band on India's side of Natural Earth's creek line marks where the ` +
    "claims differ; Natural Earth has no creek banks, and the creek's course shifts.",
};

/** Pakistan's line of control north of NJ9842, as its 2020 map draws it: to the Karakoram Pass. */
export const PAKISTAN_LOC = {
  source:
    "Pakistan's political map, 4 August 2020: “Line of Control (LOC) marked in red dotted line … with respect to " +
    "line north of point NJ 9842 up to Karakoram Pass” (https://pakistanphilatelicinformation.blogspot.com/2023/11/new-political-map-of-pakistan-2020.html)",
};

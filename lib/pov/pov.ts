/**
 * A boundary point of view: how the map draws the territory India, Pakistan and China dispute in
 * Kashmir (and Pakistan's other claims). Events, their coordinates, the de facto lines on the ground and
 * the depth figures never change with it.
 */
export const POVS = ["international", "india", "pakistan"] as const;
export type Pov = (typeof POVS)[number];

/** The default: publishers outside India and Pakistan show the de facto situation (see geodata/boundary-views.md). */
export const DEFAULT_POV: Pov = "international";

/** Short names for the view selector. */
export const POV_LABEL: Record<Pov, string> = {
  international: "International (de facto)",
  india: "India's official view",
  pakistan: "Pakistan's official view",
};

/** The depiction each view follows, as stated on every export. */
const DEPICTION: Record<Pov, string> = {
  international:
    "international (de facto) depiction: areas as administered, the Line of Control and Working Boundary as de facto lines, disputed areas marked",
  india:
    "India's official depiction (Survey of India): all of Jammu and Kashmir and Ladakh, including the areas Pakistan and China administer, within India",
  pakistan:
    "Pakistan's official depiction (political map of 4 August 2020): Jammu and Kashmir as disputed territory, Junagadh, Manavadar and Sir Creek claimed",
};

/**
 * The footer line every export carries (PNG, animation frame, embed, GeoJSON and CSV): "Boundaries: …"
 * naming the view, then what never changes with it.
 */
export function boundaryFooter(pov: Pov): string {
  return `Boundaries: ${DEPICTION[pov]}. Events and distances use the lines on the ground in every view.`;
}

/** A short form for tight places (legend, file metadata): "Boundaries: India's official view". */
export function boundaryFooterShort(pov: Pov): string {
  return `Boundaries: ${POV_LABEL[pov]}`;
}

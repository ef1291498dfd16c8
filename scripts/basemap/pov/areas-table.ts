/**
 * Who administers and who claims each piece of the map, and how each point of view draws it.
 *
 * The disputed areas are Natural Earth's (ne_10m_admin_0_disputed_areas, keyed by BRK_A3); the build checks
 * that each one's NOTE_BRK, ADMIN and SOVEREIGNT still say what this table assumes, so a new Natural Earth
 * edition that changes them stops the build instead of silently redrawing a view.
 *
 * Sources of the depictions (cited again in geodata/boundary-views.md):
 * - India: the maps of the Union Territories of Jammu and Kashmir and of Ladakh prepared by the Survey
 *   General of India and released by the Ministry of Home Affairs on 2 November 2019: Muzaffarabad, Mirpur
 *   and Punch (Pakistan-administered) in the UT of Jammu and Kashmir; Gilgit, Gilgit Wazarat, Chilhas and
 *   the Tribal Territory in the Leh district of Ladakh
 *   (https://www.hindustantimes.com/india-news/centre-releases-new-maps-with-union-territories-of-j-k-ladakh/story-gL56ji87q9BKkgefionRbK.html,
 *   https://www.firstpost.com/india/new-map-of-india-home-ministry-releases-map-showing-jammu-and-kashmir-ladakh-as-separate-union-territories-7593181.html).
 *   Aksai Chin and the Shaksgam valley lie within India's boundary on Survey of India maps.
 * - Pakistan: the political map approved by the federal cabinet on 4 August 2020: "Complete Jammu &
 *   Kashmir and Gilgit-Baltistan shown as part of Pakistan with International Border marked accordingly",
 *   "in one distinct colour", annotated "Indian Illegally Occupied Jammu & Kashmir (Disputed Territory –
 *   Final Status to be decided in line with relevant UNSC Resolutions)"
 *   (https://pakistanphilatelicinformation.blogspot.com/2023/11/new-political-map-of-pakistan-2020.html,
 *   quoting the government's summary; https://www.samaa.tv/global/2020/08/pakistan-pm-unveils-new-political-map-of-the-country/;
 *   https://www.thehindu.com/news/national/the-hindu-explains-why-has-pakistan-prime-minister-imran-khan-announced-a-new-political-map/article32306669.ece).
 *   The Shaksgam valley stays China's (Pakistan's 1963 boundary agreement); the frontier with China east of
 *   the Karakoram Pass is marked "Frontier Undefined".
 * - Neutral names: the Global Press Style Guide, "Kashmir" (https://globalpressjournal.com/style-guide/?letter=k):
 *   "Indian-administered Jammu and Kashmir", Azad Kashmir and Gilgit-Baltistan "controlled by Pakistan";
 *   "Pakistan-administered Kashmir" as in the naming convention.
 */
import type { PovCountry, PovStyle } from "../../../lib/pov/schemas";

type View = { country: PovCountry; style: PovStyle };
type Views = { international: View; india: View; pakistan: View };

export interface UnitSpec {
  id: string;
  name: string;
  /** Natural Earth BRK_A3, or null for a core or a curated area. */
  ne: string | null;
  /** What Natural Earth's NOTE_BRK must say (checked at build time); for curated areas, our own note. */
  note: string;
  admin: PovCountry;
  views: Views;
}

const v = (country: PovCountry, style: PovStyle): View => ({ country, style });
/** Administered by India, claimed by a third country: India in every view, marked disputed in the international one. */
const indiaHeld = (id: string, name: string, ne: string, claimant: "China" | "Nepal"): UnitSpec => ({
  id, name, ne, note: `Admin. by India; Claimed by ${claimant}`, admin: "india",
  views: { international: v("india", "disputed"), india: v("india", "plain"), pakistan: v("india", "plain") },
});

/** Every piece in the partition, cores first. The world-atlas country each NE area is cut from is its `admin`. */
export const UNITS: readonly UnitSpec[] = [
  { id: "india", name: "India", ne: null, note: "", admin: "india", views: { international: v("india", "plain"), india: v("india", "plain"), pakistan: v("india", "plain") } },
  { id: "pakistan", name: "Pakistan", ne: null, note: "", admin: "pakistan", views: { international: v("pakistan", "plain"), india: v("pakistan", "plain"), pakistan: v("pakistan", "plain") } },
  { id: "china", name: "China", ne: null, note: "", admin: "china", views: { international: v("china", "plain"), india: v("china", "plain"), pakistan: v("china", "plain") } },
  {
    id: "azad-kashmir", name: "Azad Jammu and Kashmir", ne: "B09", note: "Admin. by Pakistan; Claimed by India", admin: "pakistan",
    views: { international: v("pakistan", "disputed"), india: v("india", "claimed"), pakistan: v("pakistan", "jk") },
  },
  {
    id: "gilgit-baltistan", name: "Gilgit-Baltistan", ne: "B08", note: "Admin. by Pakistan; Claimed by India", admin: "pakistan",
    views: { international: v("pakistan", "disputed"), india: v("india", "claimed"), pakistan: v("pakistan", "jk") },
  },
  {
    id: "jammu-kashmir-ladakh", name: "Jammu and Kashmir and Ladakh", ne: "B05", note: "Admin. by India; Claimed by Pakistan", admin: "india",
    views: { international: v("india", "disputed"), india: v("india", "plain"), pakistan: v("pakistan", "jk") },
  },
  {
    // Natural Earth: "Claimed by Pakistan and India", its own unit; India has held the glacier since 1984.
    id: "siachen", name: "Siachen Glacier", ne: "B45", note: "Claimed by Pakistan and India", admin: "india",
    views: { international: v("india", "disputed"), india: v("india", "plain"), pakistan: v("pakistan", "jk") },
  },
  {
    id: "shaksgam", name: "Shaksgam Valley", ne: "B06", note: "Admin. by China; Ceded to China by Pakistan; Claimed by India", admin: "china",
    views: { international: v("china", "disputed"), india: v("india", "claimed"), pakistan: v("china", "plain") },
  },
  {
    id: "aksai-chin", name: "Aksai Chin", ne: "B07", note: "Admin. by China; Claimed by India", admin: "china",
    views: { international: v("china", "disputed"), india: v("india", "claimed"), pakistan: v("china", "plain") },
  },
  {
    // Part of Ladakh, so of the former princely state: inside Pakistan's disputed Jammu and Kashmir.
    id: "demchok", name: "Demchok", ne: "B03", note: "Admin. by India; Claimed by China", admin: "india",
    views: { international: v("india", "disputed"), india: v("india", "plain"), pakistan: v("pakistan", "jk") },
  },
  indiaHeld("samdu-valleys", "Samdu Valleys", "B04", "China"),
  indiaHeld("tirpani-valleys", "Tirpani Valleys", "B01", "China"),
  indiaHeld("bara-hotii-valleys", "Bara Hotii Valleys", "B02", "China"),
  // Kalapani, near the India–Nepal–China tripoint.
  indiaHeld("near-om-parvat", "Near Om Parvat", "B88", "Nepal"),
  {
    id: "junagadh", name: "Junagadh", ne: null, note: "Admin. by India; Claimed by Pakistan (2020 political map)", admin: "india",
    views: { international: v("india", "plain"), india: v("india", "plain"), pakistan: v("pakistan", "claimed") },
  },
  {
    id: "manavadar", name: "Manavadar", ne: null, note: "Admin. by India; Claimed by Pakistan (2020 political map)", admin: "india",
    views: { international: v("india", "plain"), india: v("india", "plain"), pakistan: v("pakistan", "claimed") },
  },
  {
    id: "sir-creek", name: "Sir Creek", ne: null, note: "Boundary disputed: India claims mid-channel, Pakistan the eastern bank", admin: "india",
    views: { international: v("india", "disputed"), india: v("india", "plain"), pakistan: v("pakistan", "claimed") },
  },
];

/** Label anchors: [unit, lon, lat, rank, international, India's name, Pakistan's name]; "" shows none. */
export const LABELS: readonly [string, number, number, 1 | 2 | 3, string, string, string][] = [
  ["azad-kashmir", 74.0, 34.72, 1, "Pakistan-administered Kashmir", "Pakistan-occupied Kashmir (PoK)", "Azad Jammu and Kashmir"],
  ["gilgit-baltistan", 75.45, 36.25, 1, "Gilgit-Baltistan (Pakistan-administered)", "Gilgit-Baltistan (Pakistan-occupied, Ladakh)", "Gilgit-Baltistan"],
  ["jammu-kashmir-ladakh", 75.05, 33.55, 1, "Indian-administered Jammu and Kashmir", "Jammu and Kashmir", "Indian Illegally Occupied Jammu and Kashmir"],
  ["jammu-kashmir-ladakh", 77.45, 34.25, 2, "Ladakh (Indian-administered)", "Ladakh", "Ladakh (disputed territory)"],
  ["siachen", 77.1, 35.4, 3, "Siachen Glacier (held by India)", "Siachen Glacier", "Siachen"],
  ["aksai-chin", 79.3, 35.2, 2, "Aksai Chin (Chinese-administered)", "Aksai Chin (China-occupied, Ladakh)", ""],
  ["shaksgam", 76.6, 36.05, 3, "Shaksgam Valley (Chinese-administered)", "Shaksgam Valley (ceded by Pakistan to China, 1963)", ""],
  ["demchok", 79.3, 32.85, 3, "Demchok (disputed with China)", "", ""],
  ["junagadh", 70.6, 21.2, 3, "", "", "Junagadh"],
  ["manavadar", 70.13, 21.5, 3, "", "", "Manavadar"],
  ["sir-creek", 68.35, 23.75, 3, "Sir Creek (disputed)", "Sir Creek", "Sir Creek"],
];

/** Checks a Natural Earth disputed area against the table's assumptions; returns what disagrees. */
export function tableMismatch(spec: UnitSpec, ne: { NOTE_BRK: string | null; ADMIN: string }): string | null {
  if ((ne.NOTE_BRK ?? "") !== spec.note) return `NOTE_BRK is "${ne.NOTE_BRK}", the table expects "${spec.note}"`;
  const admin = ne.ADMIN === "Siachen Glacier" ? "india" : ne.ADMIN.toLowerCase();
  if (admin !== spec.admin) return `ADMIN is "${ne.ADMIN}", the table expects ${spec.admin}`;
  return null;
}

import type { Actor } from "../schemas/parties";
import type { BoundaryKind } from "../schemas/boundary";
import type { Tint } from "../basemap/schemas";
import { DEFAULT_SIDES } from "../schemas/sides";
import type { Side } from "../schemas/dataset";

/** Every colour the map uses; layers take colours from here only. */
export interface Theme {
  name: "light" | "dark";
  water: string;
  /** Territory fill by the `tint` property of countries and disputed areas (lib/basemap/schemas.ts). */
  tint: Record<Tint, string>;
  countryLine: string;
  river: string;
  riverText: string;
  /** The hatching of disputed areas (drawn into the sprite by scripts/basemap/sprite.ts). */
  disputedHatch: string;
  countryText: string;
  provinceText: string;
  cityDot: string;
  cityText: string;
  textHalo: string;
  eventText: string;
  boundary: Record<BoundaryKind, string>;
  actor: Record<Actor, string>;
  /** Interior of hollow (claimed, disputed, denied) symbols. */
  hollowFill: string;
  selected: string;
  hover: string;
  /** Range rings and the measuring path. */
  tool: string;
  /** Boundary points of view (lib/map/layers/pov-*.ts). */
  pov: PovColours;
}

/** Fills and lines that differ between boundary points of view. */
export interface PovColours {
  /** Areas marked disputed in the international view. */
  disputed: string;
  /** Areas a view draws as the claimant's although another country holds them. */
  claimed: string;
  /** Pakistan's single colour for all of Jammu and Kashmir, the disputed territory on its 2020 map. */
  jk: string;
  /** Claim lines, the undefined frontier, regional boundaries. */
  claimLine: string;
  /** A view's own international boundary where it departs from the de facto one. */
  viewBorder: string;
  regionText: string;
}

function sideColours(sides: readonly Side[], name: "light" | "dark", base?: Record<Actor, string>): Record<Actor, string> {
  const out = { ...base } as Record<Actor, string>;
  for (const side of sides) out[side.id] = side.colour[name];
  return out;
}

// The default side colours live with the dataset manifest's defaults (lib/schemas/dataset.ts).
const ACTOR_LIGHT = sideColours(DEFAULT_SIDES, "light");
const ACTOR_DARK = sideColours(DEFAULT_SIDES, "dark");

export const LIGHT: Theme = {
  name: "light",
  water: "#c9dceb",
  // India warm, Pakistan cool, both lighter than the neighbours: told apart at a glance, and neither a
  // flag colour nor the blue of water.
  tint: { india: "#f7efe3", pakistan: "#eceaf2", other: "#e2dfd7", contested: "#ece6e6" },
  countryLine: "#8c8478",
  river: "#93b7d6",
  riverText: "#3f6f99",
  disputedHatch: "#9a7f86",
  countryText: "#6b655c",
  provinceText: "#8a8276",
  cityDot: "#3d3d3d",
  cityText: "#2b2b2b",
  textHalo: "#ffffff",
  eventText: "#1a1a1a",
  boundary: { agpl: "#6d4c41", loc: "#b0003a", working_boundary: "#7b3294", international_border: "#444444" },
  actor: ACTOR_LIGHT,
  hollowFill: "#ffffff",
  selected: "#111111",
  hover: "#ffbf00",
  tool: "#1b7f3b",
  pov: { disputed: "#8a7f6a", claimed: "#e2b866", jk: "#6fae93", claimLine: "#6b6256", viewBorder: "#3a3a3a", regionText: "#5b5347" },
};

export const DARK: Theme = {
  name: "dark",
  water: "#0e1a26",
  tint: { india: "#302a21", pakistan: "#262635", other: "#1b1d21", contested: "#2d2628" },
  countryLine: "#6b6f78",
  river: "#35618a",
  riverText: "#7fb0dc",
  disputedHatch: "#9b8189",
  countryText: "#a8a49c",
  provinceText: "#8f8b84",
  cityDot: "#d0d0d0",
  cityText: "#e6e6e6",
  textHalo: "#111317",
  eventText: "#f2f2f2",
  boundary: { agpl: "#c8a89c", loc: "#ff5c8a", working_boundary: "#c792ea", international_border: "#bdbdbd" },
  actor: ACTOR_DARK,
  hollowFill: "#24262b",
  selected: "#ffffff",
  hover: "#ffd24d",
  tool: "#5fd38a",
  pov: { disputed: "#b8ad98", claimed: "#b0894a", jk: "#4e8f74", claimLine: "#a89f90", viewBorder: "#d0d0d0", regionText: "#c9c0b0" },
};

export const THEMES = { light: LIGHT, dark: DARK } as const;
export type ThemeName = keyof typeof THEMES;

/**
 * The theme with the actor colours a dataset manifest gives its sides; sides the manifest leaves out
 * keep the default colours, so every actor id still has one.
 */
export function withSideColours(theme: Theme, sides: readonly Side[]): Theme {
  return { ...theme, actor: sideColours(sides, theme.name, theme.actor) };
}

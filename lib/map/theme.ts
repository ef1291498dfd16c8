import type { Actor } from "../schemas/parties";
import type { BoundaryKind } from "../schemas/boundary";
import { DEFAULT_SIDES, type Side } from "../schemas/dataset";

/** Every colour the map uses; layers take colours from here only. */
export interface Theme {
  name: "light" | "dark";
  water: string;
  land: string;
  foreignLand: string;
  countryLine: string;
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
  land: "#f4f1ea",
  foreignLand: "#e6e2d8",
  countryLine: "#8c8478",
  cityDot: "#3d3d3d",
  cityText: "#2b2b2b",
  textHalo: "#ffffff",
  eventText: "#1a1a1a",
  boundary: { loc: "#b0003a", working_boundary: "#7b3294", international_border: "#444444" },
  actor: ACTOR_LIGHT,
  hollowFill: "#ffffff",
  selected: "#111111",
  hover: "#ffbf00",
  tool: "#1b7f3b",
};

export const DARK: Theme = {
  name: "dark",
  water: "#0e1a26",
  land: "#24262b",
  foreignLand: "#1b1d21",
  countryLine: "#6b6f78",
  cityDot: "#d0d0d0",
  cityText: "#e6e6e6",
  textHalo: "#111317",
  eventText: "#f2f2f2",
  boundary: { loc: "#ff5c8a", working_boundary: "#c792ea", international_border: "#bdbdbd" },
  actor: ACTOR_DARK,
  hollowFill: "#24262b",
  selected: "#ffffff",
  hover: "#ffd24d",
  tool: "#5fd38a",
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

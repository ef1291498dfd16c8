import type { Actor } from "../schemas/parties";
import type { BoundaryKind } from "../schemas/boundary";

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

// Actor colours are a colour-blind-safe pair (Okabe–Ito orange and blue) plus two neutrals,
// chosen to say nothing about either side: no national flag colours.
// `unknown` is also the body of every symbol whose actor is not established, so it keeps 4.5:1 contrast on land.
const ACTOR_LIGHT: Record<Actor, string> = { india: "#d55e00", pakistan: "#0072b2", militants: "#7a1f5c", other: "#4d4d4d", unknown: "#707070" };
const ACTOR_DARK: Record<Actor, string> = { india: "#f08a3c", pakistan: "#4fb0e8", militants: "#d67bb8", other: "#c4c4c4", unknown: "#8f8f8f" };

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

"use client";
import { THEMES, type Theme } from "@/lib/map/theme";
import { useUrlSlice } from "./url-state/use-url-state";
import { useSystemTheme } from "./use-system-theme";

/** The theme chosen in the URL, else the reader's system preference. */
export function useTheme(): Theme {
  const chosen = useUrlSlice((s) => s.theme);
  const system = useSystemTheme();
  return THEMES[chosen ?? system];
}

"use client";
import { useMemo } from "react";
import { THEMES, withSideColours, type Theme } from "@/lib/map/theme";
import { useDataset } from "@/components/data/use-dataset";
import { useUrlSlice } from "./url-state/use-url-state";
import { useSystemTheme } from "./use-system-theme";

/** The theme chosen in the URL, else the reader's system preference, in the manifest's side colours. */
export function useTheme(): Theme {
  const chosen = useUrlSlice((s) => s.theme);
  const system = useSystemTheme();
  const { sides } = useDataset();
  // Keyed by value: an equal manifest arriving from /api/dataset must not restyle the map.
  const sidesKey = JSON.stringify(sides);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => withSideColours(THEMES[chosen ?? system], sides), [chosen, system, sidesKey]);
}

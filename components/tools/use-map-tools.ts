"use client";
import { useMemo } from "react";
import { measureFeatures, ringFeatures } from "@/lib/geo/tool-features";
import { useUrlSlice, useUrlStore } from "@/components/app/url-state/use-url-state";
import { useToolMode } from "./tool-mode";

/** What the tools put on the map (rings, the measured path) and what a click on the map does with a tool on. */
export function useMapTools() {
  const { rings, radii, measure } = useUrlSlice((s) => ({ rings: s.rings, radii: s.radii, measure: s.measure }));
  const { tool, setTool } = useToolMode();
  const store = useUrlStore();
  const ringData = useMemo(() => ringFeatures(rings, radii), [rings, radii]);
  const measureData = useMemo(() => measureFeatures(measure), [measure]);
  const place = (point: [number, number]) => {
    if (tool === "rings") {
      store.update({ rings: point });
      setTool("select");
    } else store.update((s) => ({ measure: [...(s.measure ?? []), point] }));
  };
  return { rings: ringData, measure: measureData, placing: tool !== "select", place };
}

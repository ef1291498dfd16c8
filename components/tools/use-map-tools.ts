"use client";
import { useEffect, useMemo, useState } from "react";
import type { FeatureCollection } from "geojson";
import { useUrlSlice, useUrlStore } from "@/components/app/url-state/use-url-state";
import { useToolMode } from "./tool-mode";

const NONE: FeatureCollection = { type: "FeatureCollection", features: [] };
type ToolGeometry = typeof import("@/lib/geo/tool-features");

/**
 * What the tools put on the map (rings, the measured path) and what a click on the map does with a tool on.
 * The geometry (turf) loads with the first ring or path, not with every page.
 */
export function useMapTools() {
  const { rings, radii, measure } = useUrlSlice((s) => ({ rings: s.rings, radii: s.radii, measure: s.measure }));
  const { tool, setTool } = useToolMode();
  const store = useUrlStore();
  const [geometry, setGeometry] = useState<ToolGeometry | null>(null);
  const wanted = rings !== undefined || (measure?.length ?? 0) > 0;
  useEffect(() => {
    if (!wanted || geometry) return;
    let current = true;
    void import("@/lib/geo/tool-features").then((loaded) => current && setGeometry(() => loaded));
    return () => {
      current = false;
    };
  }, [wanted, geometry]);
  const ringData = useMemo(() => (geometry ? geometry.ringFeatures(rings, radii) : NONE), [geometry, rings, radii]);
  const measureData = useMemo(() => (geometry ? geometry.measureFeatures(measure) : NONE), [geometry, measure]);
  const place = (point: [number, number]) => {
    if (tool === "rings") {
      store.update({ rings: point });
      setTool("select");
    } else store.update((s) => ({ measure: [...(s.measure ?? []), point] }));
  };
  return { rings: ringData, measure: measureData, placing: tool !== "select", place };
}

"use client";
import { useEffect } from "react";
import { useLatest } from "@/components/map/use-latest";

export interface PlaybackKeys {
  step: (delta: number) => void;
  toggle: () => void;
  first: () => void;
  last: () => void;
}

/** Elements whose own keyboard handling must win: text fields, lists, and Space on buttons and checkboxes. */
function ownsKey(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  // The focused map pans with the arrow keys.
  if (target.classList.contains("maplibregl-canvas") && key.startsWith("Arrow")) return true;
  if (target.isContentEditable || ["INPUT", "SELECT", "TEXTAREA"].includes(target.tagName)) return true;
  return key === " " && (target.tagName === "BUTTON" || target.getAttribute("role") === "tab");
}

/** ←/→ step a day, Space plays or pauses, Home/End jump to the first or last day. */
export function usePlaybackKeys(keys: PlaybackKeys) {
  const latest = useLatest(keys);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || ownsKey(e.target, e.key)) return;
      const k = latest.current;
      const actions: Record<string, () => void> = {
        ArrowLeft: () => k.step(-1),
        ArrowRight: () => k.step(1),
        " ": k.toggle,
        Home: k.first,
        End: k.last,
      };
      const action = actions[e.key];
      if (!action) return;
      e.preventDefault();
      action();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [latest]);
}

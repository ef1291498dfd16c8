"use client";
import { useEffect } from "react";
import { useLatest } from "@/components/map/use-latest";

/** Calls `onEscape` when Esc is pressed anywhere on the page. */
export function useEscape(onEscape: () => void) {
  const latest = useLatest(onEscape);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && latest.current();
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [latest]);
}

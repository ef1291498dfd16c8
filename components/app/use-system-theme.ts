"use client";
import { useSyncExternalStore } from "react";

const query = "(prefers-color-scheme: dark)";

/** The reader's light or dark preference, followed live. */
export function useSystemTheme(): "light" | "dark" {
  return useSyncExternalStore(
    (cb) => {
      const m = window.matchMedia(query);
      m.addEventListener("change", cb);
      return () => m.removeEventListener("change", cb);
    },
    () => (window.matchMedia(query).matches ? "dark" : "light"),
    () => "light",
  );
}

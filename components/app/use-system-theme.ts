"use client";
import { useSyncExternalStore } from "react";

const query = "(prefers-color-scheme: dark)";

// One query list and stable callbacks: inline ones made React unsubscribe and subscribe again, and ask
// matchMedia anew, on every render of every component that reads the theme.
let list: MediaQueryList | undefined;
const media = () => (list ??= window.matchMedia(query));
const subscribe = (cb: () => void) => {
  media().addEventListener("change", cb);
  return () => media().removeEventListener("change", cb);
};
const snapshot = (): "light" | "dark" => (media().matches ? "dark" : "light");
const serverSnapshot = (): "light" | "dark" => "light";

/** The reader's light or dark preference, followed live. */
export function useSystemTheme(): "light" | "dark" {
  return useSyncExternalStore(subscribe, snapshot, serverSnapshot);
}

import type { Actor } from "./parties";
import type { Dataset, Side } from "./dataset";

/**
 * The sides when a manifest names none. Colours: a colour-blind-safe pair (Okabe–Ito orange and blue)
 * plus neutrals, chosen to say nothing about either side (no national flag colours).
 */
export const DEFAULT_SIDES: readonly Side[] = [
  { id: "india", name: "India", colour: { light: "#d55e00", dark: "#f08a3c" } },
  { id: "pakistan", name: "Pakistan", colour: { light: "#0072b2", dark: "#4fb0e8" } },
  { id: "militants", name: "Militants", colour: { light: "#7a1f5c", dark: "#d67bb8" } },
  { id: "other", name: "Other", colour: { light: "#4d4d4d", dark: "#c4c4c4" } },
  { id: "unknown", name: "Unknown", colour: { light: "#707070", dark: "#8f8f8f" } },
];

/** The name readers see for a side; the id itself when the manifest does not list it. */
export function sideName(dataset: Pick<Dataset, "sides">, id: Actor): string {
  return dataset.sides.find((s) => s.id === id)?.name ?? id;
}

/** Every side's name, the manifest's where it names one and the default's otherwise. */
export function sideNames(sides: readonly Side[]): Record<Actor, string> {
  const names = Object.fromEntries(DEFAULT_SIDES.map((s) => [s.id, s.name])) as Record<Actor, string>;
  for (const s of sides) names[s.id] = s.name;
  return names;
}

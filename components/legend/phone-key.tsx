"use client";
import type { Theme } from "@/lib/map/theme";
import type { Side } from "@/lib/schemas/dataset";
import { CompactKey } from "./legend";

/**
 * Below the md breakpoint the map is too small for the key's card (it hid a fifth of the opening view, Bahawalpur
 * among it): a strip says what the colours mean, and its button (a disclosure: it stays where it is, focused)
 * opens the card with the boundary view and the full legend above it.
 */
export function PhoneKey({ theme, sides, open, onToggle, controls, panelClass }: {
  theme: Theme;
  sides: readonly Side[];
  open: boolean;
  onToggle: () => void;
  /** The id of the card the button opens. */
  controls: string;
  panelClass: string;
}) {
  return (
    <div data-testid="phone-key" className={`absolute bottom-12 left-2 flex max-w-[calc(100%-6.5rem)] items-center gap-2 rounded px-2 py-1 text-xs shadow md:hidden ${panelClass}`}>
      {/* Open, the card above holds the full legend: the strip keeps only its button. */}
      {!open && <CompactKey theme={theme} sides={sides} testId="phone-compact-key" className="min-w-0" />}
      <button type="button" aria-expanded={open} aria-controls={controls} onClick={onToggle} className="min-h-6 shrink-0 rounded border px-2 font-semibold">
        {open ? "Close key" : "Key ▸"}
      </button>
    </div>
  );
}

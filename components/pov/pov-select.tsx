"use client";
import { POVS, POV_LABEL, type Pov } from "@/lib/pov/pov";

/**
 * Chooses the boundary point of view. The events, their coordinates, the lines on the ground and the
 * distances never change with it; only how disputed territory is drawn and named.
 */
export function PovSelect({ value, onChange }: { value: Pov; onChange: (pov: Pov) => void }) {
  return (
    <label className="mb-2 flex flex-col gap-1 text-xs">
      <span className="font-semibold">Boundaries</span>
      <select
        data-testid="pov-select"
        value={value}
        onChange={(e) => onChange(e.target.value as Pov)}
        title="How disputed territory is drawn. Events, lines on the ground and distances are the same in every view."
        className="min-h-6 w-full rounded border border-current/30 bg-transparent px-1 py-0.5 text-xs"
      >
        {POVS.map((pov) => (
          <option key={pov} value={pov}>
            {POV_LABEL[pov]}
          </option>
        ))}
      </select>
    </label>
  );
}

"use client";
import { useMemo, useState } from "react";
import { ActorSchema, type Actor } from "@/lib/schemas/parties";
import { DEFAULT_SIDES, sideNames } from "@/lib/schemas/sides";
import { ACLED_ACTOR_TYPES, type ActorMapping } from "@/lib/import/acled-actors";
import { actorTable } from "@/lib/import/actor-table";
import type { LocalData } from "@/lib/import/local-data";

const NAMES = sideNames(DEFAULT_SIDES);
const ACTORS_SHOWN = 200;

const typeName = (t: string) => ACLED_ACTOR_TYPES[t as keyof typeof ACLED_ACTOR_TYPES] ?? t;

/**
 * ACLED actor → side, as the mapping decided it (with the rule that did), editable per actor; the file
 * is then opened again with the edited mapping so every event, filter and export follows it.
 */
export function ActorMappingTable({ data, onApply }: { data: LocalData; onApply: (mapping: ActorMapping) => void }) {
  const rows = useMemo(() => actorTable(data.imported, data.mapping), [data]);
  const [edits, setEdits] = useState<Record<string, Actor>>({});
  const [established, setEstablished] = useState(data.mapping.namedAttribution === "established");
  const changed = Object.keys(edits).length > 0 || established !== (data.mapping.namedAttribution === "established");
  const apply = () =>
    onApply({ ...data.mapping, actors: { ...data.mapping.actors, ...edits }, namedAttribution: established ? "established" : "claimed" });
  return (
    <section aria-labelledby="actor-mapping-title" data-testid="actor-mapping">
      <h3 id="actor-mapping-title" className="font-semibold">ACLED actors and the sides they are shown as</h3>
      <p className="mb-2 text-xs">
        ACLED names the actor its sources name; the map draws each event in the colour of a side. Change a side here and open the
        file again with your mapping.
      </p>
      <div className="max-h-56 overflow-auto rounded border border-zinc-300">
        <table className="w-full text-left text-xs">
          <thead className="sticky top-0 bg-zinc-100">
            <tr>
              <th scope="col" className="px-2 py-1">Actor (actor1)</th>
              <th scope="col" className="px-2 py-1">Type (inter1)</th>
              <th scope="col" className="px-2 py-1">Events</th>
              <th scope="col" className="px-2 py-1">Side</th>
              <th scope="col" className="px-2 py-1">Decided by</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, ACTORS_SHOWN).map((row) => (
              <tr key={`${row.actor}\u0000${row.actorType}`} className="border-t border-zinc-200">
                <td className="px-2 py-1">{row.actor || "(none)"}</td>
                <td className="px-2 py-1">{typeName(row.actorType)}</td>
                <td className="px-2 py-1 tabular-nums">{row.events.toLocaleString("en-GB")}</td>
                <td className="px-2 py-1">
                  <select
                    aria-label={`Side of ${row.actor || "events without an actor"}`}
                    disabled={!row.actor}
                    value={edits[row.actor] ?? row.side}
                    onChange={(e) => setEdits({ ...edits, [row.actor]: e.target.value as Actor })}
                    className="rounded border border-zinc-400"
                  >
                    {ActorSchema.options.map((a) => <option key={a} value={a}>{NAMES[a]}</option>)}
                  </select>
                </td>
                <td className="px-2 py-1">{edits[row.actor] ? "your choice" : row.rule}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > ACTORS_SHOWN && <p className="mt-1 text-xs">The {ACTORS_SHOWN} actors with most events are listed.</p>}
      <label className="mt-2 flex items-center gap-2 text-xs">
        <input type="checkbox" checked={established} onChange={(e) => setEstablished(e.target.checked)} />
        Treat the named actors as established (only for data you have checked; ACLED&apos;s coding alone makes them claimed)
      </label>
      <button type="button" disabled={!changed} onClick={apply} className="mt-2 rounded border border-zinc-400 px-2 py-1 disabled:opacity-40">
        Open the file again with this mapping
      </button>
    </section>
  );
}

// Lists events whose text names a line (LoC, International Border, Working Boundary, Siachen/AGPL) next to
// the line their depth is measured to, so each disagreement can get a `depthNote`. The line an event is on
// is read from its place name first, then its title, then its summary:
//   npx tsx scripts/report-depth-sectors.ts            (all events that name a line)
//   npx tsx scripts/report-depth-sectors.ts --mismatch (only those whose nearest line disagrees)
//
// Usage matters: India calls the Jammu stretch (our `working_boundary`) the "International Border", so an
// event in Jammu described as on the "IB" or "international border" agrees with `working_boundary`.
import { loadGeodata } from "../lib/data/load-geodata";
import type { BoundaryKind } from "../lib/schemas/boundary";
import type { EventFeatureWithDepth } from "../lib/schemas/depth";

/** Lines a text may name, the pattern that names each, and the kinds that agree with it. */
const NAMED: { line: string; pattern: RegExp; agrees: BoundaryKind[] }[] = [
  { line: "LoC", pattern: /\b(LoC|Line of Control)\b/, agrees: ["loc"] },
  { line: "Working Boundary", pattern: /\bWorking Boundary\b/i, agrees: ["working_boundary"] },
  // India's "International Border" covers the Jammu stretch (the Working Boundary) as well as Punjab southwards.
  { line: "International Border", pattern: /\b(IB|[Ii]nternational [Bb]order)\b/, agrees: ["working_boundary", "international_border"] },
  { line: "AGPL/Siachen", pattern: /\b(AGPL|Actual Ground Position Line|Siachen)\b/, agrees: ["agpl"] },
];

/** The line the event is placed on: named in its place name if there, else in its title, else in its summary. */
function namedLines(e: EventFeatureWithDepth) {
  const p = e.properties;
  for (const text of [p.place.name, p.title, p.summary]) {
    const named = NAMED.filter((n) => n.pattern.test(text));
    if (named.length > 0) return named;
  }
  return [];
}

async function main() {
  const onlyMismatch = process.argv.includes("--mismatch");
  const { events } = await loadGeodata();
  const rows = (events as EventFeatureWithDepth[]).flatMap((e) => {
    // Diplomatic steps show no depth (a briefing in New Delhi is not "on" a line).
    if (e.properties.kind === "diplomatic") return [];
    const named = namedLines(e);
    if (named.length === 0) return [];
    const { nearestLine, distanceToLineKm } = e.properties.depth;
    const agrees = named.some((n) => n.agrees.includes(nearestLine));
    const note = "depthNote" in e.properties && e.properties.depthNote ? "yes" : "no";
    return [{ id: e.properties.id, text: named.map((n) => n.line).join(" + "), nearest: nearestLine, km: distanceToLineKm, agrees, note }];
  });
  const shown = onlyMismatch ? rows.filter((r) => !r.agrees) : rows;
  console.log(["event id", "text names", "nearest line", "km", "agrees", "depthNote"].join("\t"));
  for (const r of shown) console.log([r.id, r.text, r.nearest, r.km.toFixed(1), r.agrees ? "yes" : "NO", r.note].join("\t"));
  console.log(`\n${rows.length} events name a line; ${rows.filter((r) => !r.agrees).length} disagree with their nearest line.`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});

// Imports a CSV as the browser does (the same mapping, lib/import) and writes the map's flat features of its
// first two days, one file per day, as the app's events source holds a large file's events (only the days
// shown, lib/map/map-events.ts): what MapLibre alone costs to draw an imported file and step a day.
// Usage: node --import tsx scripts/bench/write-import-features.ts <csv> <dir>; writes day-0.json and
// day-1.json there and prints the days, their counts and whether the app would draw them as dots.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { importBytes } from "../../lib/import/import-file";
import { asSharedEvents } from "../../lib/import/local-data";
import { toMapFeatures } from "../../lib/map/map-features";
import { DENSE_THRESHOLD } from "../../lib/map/layers/events";

const [csv, dir] = process.argv.slice(2);
if (!csv || !dir) throw new Error("usage: write-import-features.ts <csv> <dir>");
const { events: imported } = importBytes(readFileSync(csv), { fileName: path.basename(csv), format: "acled", verify: false });
// As the page holds them (lib/import/local-data.ts).
const events = asSharedEvents(imported);
const days = [...new Set(events.map((e) => e.properties.date))].sort().slice(0, 2);
const counts = days.map((day, i) => {
  const on = events.filter((e) => e.properties.date === day);
  writeFileSync(path.join(dir, `day-${i}.json`), JSON.stringify(toMapFeatures(on)));
  return on.length;
});
console.log(JSON.stringify({ events: events.length, days, counts, dense: events.length > DENSE_THRESHOLD }));

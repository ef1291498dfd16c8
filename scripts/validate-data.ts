// `npm run validate:data [-- <folder>]`: validates every file of a geodata folder (the one given, else
// GEODATA_DIR, else geodata/) and prints each problem as file, feature, field.
import path from "node:path";
import { geodataDir, loadGeodata } from "../lib/data/load-geodata";
import { GeodataError, formatIssue } from "../lib/data/validate";

const dir = process.argv[2] ? path.resolve(process.argv[2]) : geodataDir();
loadGeodata(dir)
  .then((d) => {
    console.log(`geodata ${d.version} ("${d.dataset.title}"): ${d.events.length} events and ${d.boundaries.length} boundaries are valid`);
  })
  .catch((e: unknown) => {
    if (e instanceof GeodataError) {
      e.issues.forEach((i) => console.error(formatIssue(i)));
      console.error(`${e.issues.length} problem(s) in ${path.relative(process.cwd(), dir) || "."}`);
    } else console.error(e);
    process.exit(1);
  });

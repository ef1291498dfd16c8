// `npm run validate:data`: validates every geodata file and prints each problem as file, feature, field.
import { loadGeodata } from "../lib/data/load-geodata";
import { GeodataError, formatIssue } from "../lib/data/validate";

loadGeodata()
  .then((d) => {
    console.log(`geodata ${d.version}: ${d.events.length} events and ${d.boundaries.length} boundaries are valid`);
  })
  .catch((e: unknown) => {
    if (e instanceof GeodataError) {
      e.issues.forEach((i) => console.error(formatIssue(i)));
      console.error(`${e.issues.length} problem(s) in geodata/`);
    } else console.error(e);
    process.exit(1);
  });

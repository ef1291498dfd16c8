// `npm run import -- --format acled|csv|geojson <file> --out geodata/events/<name>.geojson`; see docs/import.md.
import { runImport } from "./import-cli";

process.exitCode = runImport(process.argv.slice(2), { out: (l) => console.log(l), err: (l) => console.error(l) });

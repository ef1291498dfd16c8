// `npm run build:schemas`: writes geodata/schema/*.schema.json from the zod schemas and points every
// geodata file at its schema with `$schema`. Safe to run again at any time (after adding a file or a
// format to lib/schemas/geodata-files.ts); it rewrites only what changed.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { formatOf, geodataFiles, renderSchemas, schemaRefFor, SCHEMA_DIR, stamp } from "./geodata-schemas";

const geodata = path.resolve(import.meta.dirname, "..", "geodata");
const schemaDir = path.join(geodata, SCHEMA_DIR);
let changed = 0;

function write(file: string, text: string) {
  if (existsSync(file) && readFileSync(file, "utf8") === text) return;
  writeFileSync(file, text);
  changed++;
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}

mkdirSync(schemaDir, { recursive: true });
const schemas = renderSchemas();
for (const [name, text] of schemas) write(path.join(schemaDir, name), text);
for (const name of readdirSync(schemaDir))
  if (name.endsWith(".schema.json") && !schemas.has(name)) {
    rmSync(path.join(schemaDir, name));
    changed++;
    console.log(`removed ${SCHEMA_DIR}/${name}, no longer a format`);
  }

const unknown: string[] = [];
for (const file of geodataFiles(geodata)) {
  const format = formatOf(file);
  if (!format) {
    unknown.push(file);
    continue;
  }
  const full = path.join(geodata, file);
  write(full, stamp(readFileSync(full, "utf8"), schemaRefFor(file, format)));
}
console.log(`${changed} file(s) changed`);
if (unknown.length > 0) {
  console.error(`No format for ${unknown.map((f) => `geodata/${f}`).join(", ")}: add a line to GEODATA_FORMATS in lib/schemas/geodata-files.ts.`);
  process.exit(1);
}

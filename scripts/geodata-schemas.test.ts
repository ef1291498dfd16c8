import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { CityCollectionSchema } from "../lib/basemap/schemas";
import { GEODATA_FORMATS } from "../lib/schemas/geodata-files";
import { formatOf, geodataFiles, renderSchemas, schemaRefFor, SCHEMA_DIR, stamp } from "./geodata-schemas";

const geodata = path.resolve(import.meta.dirname, "..", "geodata");
const files = geodataFiles(geodata);
const read = (file: string) => readFileSync(path.join(geodata, file), "utf8");
const REBUILD = "run `npm run build:schemas`";

function validatorFor(file: string) {
  const ajv = new Ajv({ allErrors: true, strict: true });
  addFormats(ajv);
  return ajv.compile(JSON.parse(read(`${SCHEMA_DIR}/${formatOf(file)!.schemaFile}`)));
}

describe("geodata JSON Schemas", () => {
  it("are current: the committed files equal what the zod schemas generate", () => {
    const rendered = renderSchemas();
    const committed = readdirSync(path.join(geodata, SCHEMA_DIR)).filter((n) => n.endsWith(".schema.json"));
    expect(committed.sort(), REBUILD).toEqual([...rendered.keys()].sort());
    for (const [name, text] of rendered) expect(read(`${SCHEMA_DIR}/${name}`), `${name} is stale: ${REBUILD}`).toBe(text);
  });

  it("cover every geodata file, and each file names its schema in $schema", () => {
    expect(files.length).toBeGreaterThanOrEqual(GEODATA_FORMATS.length);
    for (const file of files) {
      const format = formatOf(file);
      expect(format, `geodata/${file} has no line in GEODATA_FORMATS (lib/schemas/geodata-files.ts)`).toBeDefined();
      expect(JSON.parse(read(file)).$schema, `geodata/${file}: ${REBUILD}`).toBe(schemaRefFor(file, format!));
    }
  });

  it.each(files)("accept geodata/%s as it is", (file) => {
    const validate = validatorFor(file);
    expect(validate(JSON.parse(read(file))), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it("flag the mistakes an editor should show as you type", () => {
    const file = files.find((f) => f.startsWith("events/"))!;
    const validate = validatorFor(file);
    const good = JSON.parse(read(file));
    const withProps = (change: (p: Record<string, unknown>) => void) => {
      const copy = structuredClone(good);
      change(copy.features[0].properties);
      return copy;
    };
    const mistakes = {
      "unknown status": withProps((p) => ((p.verification as { status: string }).status = "rumoured")),
      "misspelt key": withProps((p) => (p.sumary = "a summary under the wrong name")),
      "missing sources": withProps((p) => delete p.sources),
      "impossible date": withProps((p) => (p.date = "2025-02-30")),
      "source that is no URL": withProps((p) => ((p.sources as { url: string }[])[0]!.url = "not a url")),
    };
    for (const [name, data] of Object.entries(mistakes)) expect(validate(data), name).toBe(false);
  });
});

describe("stamp", () => {
  it("puts $schema first in the file's own layout, and a second run changes nothing", () => {
    const pretty = '{\n  "type": "FeatureCollection",\n  "features": []\n}\n';
    const once = stamp(pretty, "../schema/x.json");
    expect(once).toBe('{\n  "$schema": "../schema/x.json",\n  "type": "FeatureCollection",\n  "features": []\n}\n');
    expect(stamp(once, "../schema/x.json")).toBe(once);
    expect(stamp('{"type":"FeatureCollection","features":[\n]}\n', "s.json")).toBe('{"$schema":"s.json","type":"FeatureCollection","features":[\n]}\n');
  });

  it("replaces a wrong reference in place", () => {
    expect(stamp('{"$schema": "old.json", "a": 1}', "new.json")).toBe('{"$schema": "new.json", "a": 1}');
  });

  it("is accepted by the strict zod schemas", () => {
    expect(CityCollectionSchema.safeParse({ $schema: "../schema/basemap-cities.schema.json", type: "FeatureCollection", features: [] }).success).toBe(true);
  });
});
